package dev.starstream.studio.vm.interleaving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.interleaving.op.Op;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterleavingTextTest {
    @Test
    void aRejectedTransactionEndsWithTheOffendingOperationAndTheRule() throws Exception {
        List<Op> script = new ArrayList<>(WorkedExample.scriptOps());
        script.set(6, new Op.Resume(WorkedExample.U, WorkedExample.CHARGE, WorkedExample.r(2), WorkedExample.r(5),
                WorkedExample.U));
        Verdict verdict = TransactionChecker.check(WorkedExample.instance(),
                WorkedExample.traces(WorkedExample.billOps(), script));

        Golden.assertMatches("worked-example-rule31.txt", InterleavingText.render(verdict, WorkedExample.symbols()));
    }

    @Test
    void withoutSymbolsIdsAreShownRawAndProcessesByKindAndPid() {
        Verdict verdict = TransactionChecker.check(WorkedExample.instance(), WorkedExample.traces());

        String text = InterleavingText.render(verdict, Symbols.none());

        assertThat(text.lines().skip(1).findFirst()).hasValue("   1  S1    NewRef(0) → r0");
        assertThat(text).contains("Resume(U0, F#" + WorkedExample.OPEN.hex() + ", r0) → (r1, U0)");
        assertThat(text).contains("InstallHandler(#" + WorkedExample.TARIFF.shortHex() + ")");
        assertThat(text.lines()).hasSize(33);
    }

    @Test
    void anEndOfTransactionViolationNamesTheProcessItIsAbout() {
        TxText tx = TxText.parse("""
                process I utxo input
                process S coord entry
                S: Return
                """);

        String text = InterleavingText.render(TransactionChecker.check(tx.instance(), tx.traces()), Symbols.none());

        assertThat(text).endsWith("rejected: UtxoNotFinalized (rule 55) at the end, about U0: "
                + "utxo 0 did not end with a Yield (its last transfer out)" + System.lineSeparator());
    }

    @Test
    void everyOperationHasAOneLineRendering() {
        for (Op op : dev.starstream.studio.vm.interleaving.op.OpFixtures.everyOp()) {
            String line = InterleavingText.op(op, Symbols.none(), pid -> "P" + pid.value());
            assertThat(line).as(op.toString()).startsWith(op.opcode().opName()).doesNotContain("\n");
        }
    }
}
