package dev.starstream.studio.vm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.interleaving.InterleavingText;
import dev.starstream.studio.vm.interleaving.Symbols;
import dev.starstream.studio.vm.interleaving.TransactionChecker;
import dev.starstream.studio.vm.interleaving.Verdict;
import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.ledger.UtxoState;
import org.junit.jupiter.api.Test;

/** RUNTIME A.10 compiled from source by the code generator: the golden listing, in both modes. */
class SourceWorkedExampleTest {
    private final Scenario tariff = new Scenario("tariff.star");

    @Test
    void settleFromSourceProducesTheWorkedExampleInBothModes() {
        for (RunMode mode : RunMode.values()) {
            TransactionResult.Committed committed = tariff.apply(tariff.run(mode, "settle"));
            Trace trace = committed.trace();
            Hash h = Hash.fromBytes(tariff.contract.hash().bytes());
            var b = dev.starstream.studio.vm.interleaving.InterleavingInstance.builder();
            b.newOutput(h, false, null, false);
            b.coord(h);
            Verdict verdict = TransactionChecker.check(b.build(), trace.operations());
            Symbols symbols = Symbols.builder().function("Bill::open").function("Meter.charge").function("Tariff.Rate")
                    .abi("Tariff").program("tariff", h).process(new ProcessId(0), "U").process(new ProcessId(1), "S").build();

            assertThat(verdict.ok()).as("%s", verdict.violation()).isTrue();
            assertThat(InterleavingText.render(verdict, symbols)).as("mode %s", mode).isEqualTo(Golden.read("worked-example.txt"));
            assertThat(committed.transaction().effects().result()).hasToString("15");
            assertThat(committed.transaction().effects().events()).singleElement()
                    .satisfies(e -> assertThat(e.args()).hasToString("[7,15]"));
            assertThat(committed.transaction().effects().newOutputs()).singleElement()
                    .satisfies(o -> assertThat(o.state()).isEqualTo(UtxoState.utxo(0, 1, 15, 0)));
        }
    }
}
