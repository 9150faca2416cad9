package dev.starstream.studio.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.ledger.CoroutineId;
import dev.starstream.studio.vm.ledger.UtxoId;
import org.junit.jupiter.api.Test;

class HandleSelectorTest {
    private static final String HASH = "ab".repeat(32);

    @Test
    void aUtxoIdSelectsExactlyThatUtxo() {
        assertThat(HandleSelector.parse(HASH + ":7")).contains(new HandleSelector.Exact(UtxoId.parse(HASH + ":7")));
    }

    @Test
    void newestNamesAType() {
        assertThat(HandleSelector.parse("  newest Accumulator ")).contains(new HandleSelector.Newest("Accumulator", null));
        assertThat(HandleSelector.parse("newest Gold owned by pool")).contains(new HandleSelector.Newest("Gold", "pool"));
    }

    @Test
    void coroutineFollowsACoroutine() {
        HandleSelector selector = HandleSelector.parse("coroutine " + HASH + "#2").orElseThrow();
        assertThat(selector).isEqualTo(new HandleSelector.Coroutine(CoroutineId.parse(HASH + "#2")));
        assertThat(selector.text()).isEqualTo("coroutine " + HASH + "#2");
    }

    @Test
    void anythingElseIsNoSelector() {
        assertThat(HandleSelector.parse("newest")).isEmpty();
        assertThat(HandleSelector.parse("42")).isEmpty();
        assertThat(HandleSelector.parse("coroutine nonsense")).isEmpty();
        assertThat(HandleSelector.parse("newest Gold owned")).isEmpty();
    }

    @Test
    void textReadsBackAsTheSameSelector() {
        for (String text : new String[] {"newest Pool", "newest Silver owned by pool", HASH + ":0"}) {
            assertThat(HandleSelector.parse(text).orElseThrow().text()).isEqualTo(text);
        }
    }
}
