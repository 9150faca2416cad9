package dev.starstream.studio.vm.wasm.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Import and export names (B §2.3), and agreement with the runtime, which links by the same names. */
class NamesTest {
    private static final List<String> IDENTIFIERS = List.of("plus_chips", "ScoreProgress", "blockHeight", "HTTPServer",
            "a", "x1Y", "snake_case_", "__init", "ABI", "Tariff", "assert_transaction_signed_by", "v2Beta", "mint");

    @Test
    void identifiersAreKebabCasedAsUpstreamDoes() {
        assertThat(Names.kebab("plus_chips")).isEqualTo("plus-chips");
        assertThat(Names.kebab("ScoreProgress")).isEqualTo("score-progress");
        assertThat(Names.kebab("blockHeight")).isEqualTo("block-height");
        assertThat(Names.kebab("HTTPServer")).isEqualTo("http-server");
        assertThat(Names.utxoMethodExport("Bill", "charge")).isEqualTo("bill#[method]utxo.charge");
        assertThat(Names.stateExport("ScoreProgress", 3)).isEqualTo("score-progress#state.3");
    }

    @Test
    void theCodeGeneratorAndTheRuntimeAgreeOnEveryName() {
        for (String id : IDENTIFIERS) {
            assertThat(Names.kebab(id)).as(id).isEqualTo(dev.starstream.studio.vm.runtime.Names.kebab(id));
        }
    }
}
