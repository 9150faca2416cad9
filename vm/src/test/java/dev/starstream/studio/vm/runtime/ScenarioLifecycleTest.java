package dev.starstream.studio.vm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.ledger.CoroutineId;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import org.junit.jupiter.api.Test;

/** Scenario 3 from source: created in transaction 1, resumed in 2 and 3, a reference input in 3. */
class ScenarioLifecycleTest {
    private final Scenario counter = new Scenario("counter.star");

    @Test
    void anAnyUtxoParameterIsNarrowedWithIsBeforeTheCall() {
        counter.commit("make", "5");
        String id = counter.ledger.utxos().getFirst().id().toString();

        TransactionResult.Committed peeked = counter.commit("peek_any", id);

        assertThat(peeked.result()).hasToString("Int[kind=U64, bits=5]");
        assertThat(peeked.outputs()).singleElement().extracting(OutputReport::fate).isEqualTo(OutputReport.Fate.REFERENCE);
    }

    @Test
    void aCounterIsRehydratedTwiceAndReadAsAReferenceInput() {
        counter.commit("make", "5");
        UtxoEntry first = counter.ledger.utxos().getFirst();
        CoroutineId coroutine = first.coroutine();

        TransactionResult.Committed bumped = counter.commit("bump", first.id().toString(), "3");
        UtxoEntry second = counter.ledger.utxos().getFirst();
        TransactionResult.Committed read = counter.commit("read", second.id().toString());

        assertThat(bumped.result()).hasToString("Int[kind=U64, bits=8]");
        assertThat(bumped.outputs()).singleElement().extracting(OutputReport::fate).isEqualTo(OutputReport.Fate.CONTINUED);
        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.coroutine()).isEqualTo(coroutine);
        assertThat(read.result()).hasToString("Int[kind=U64, bits=8]");
        assertThat(read.outputs()).singleElement().extracting(OutputReport::fate).isEqualTo(OutputReport.Fate.REFERENCE);
        assertThat(counter.ledger.utxos()).singleElement().extracting(UtxoEntry::id).isEqualTo(second.id());
    }
}
