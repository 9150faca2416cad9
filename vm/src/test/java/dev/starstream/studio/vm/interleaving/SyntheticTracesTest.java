package dev.starstream.studio.vm.interleaving;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyntheticTracesTest {
    @Test
    void theBenchmarksSyntheticTransactionIsLegalAndRunsEveryOperation() {
        SyntheticTraces.Tx tx = SyntheticTraces.build(3, 40);

        Verdict verdict = TransactionChecker.check(tx.instance(), tx.traces());

        assertThat(verdict.violation()).isNull();
        assertThat(verdict.order()).hasSize((int) tx.ops());
        assertThat(tx.ops()).isEqualTo(1 + 3 * 3 + 3 * 4 + 40 * 22 + 2);
    }
}
