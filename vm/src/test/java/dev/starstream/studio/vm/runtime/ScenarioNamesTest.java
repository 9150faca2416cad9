package dev.starstream.studio.vm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A helper {@code fn}, a {@code main fn} and ABI methods of one utxo may share a name ({@code names.star}):
 * each call reaches its own function, and gas reports tell them apart by their kind.
 */
class ScenarioNamesTest {
    @ParameterizedTest
    @EnumSource(RunMode.class)
    void aHelperAMainAndMethodsWithOneNameAreDifferentFunctions(RunMode mode) {
        Scenario names = new Scenario("names.star");

        TransactionResult result = names.run(mode, "read");

        assertThat(result.committed()).as("%s", result).isTrue();
        // c.get() runs the method, which calls the helper: (5 + 100) + 1; c.new() is the method: 5 * 2
        assertThat(((TransactionResult.Committed) result).result()).hasToString("Int[kind=I64, bits=106010]");
        assertThat(result.trace().gas().processes().getFirst().functions())
                .containsOnlyKeys("Cell::new (main)", "Cell::new (method)", "Cell::get (fn)", "Cell::get (method)");
    }
}
