package dev.starstream.studio.vm.interleaving;

import static dev.starstream.studio.vm.interleaving.WorkedExample.CHARGE;
import static dev.starstream.studio.vm.interleaving.WorkedExample.OPEN;
import static dev.starstream.studio.vm.interleaving.WorkedExample.RATE;
import static dev.starstream.studio.vm.interleaving.WorkedExample.S;
import static dev.starstream.studio.vm.interleaving.WorkedExample.U;
import static dev.starstream.studio.vm.interleaving.WorkedExample.r;
import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.Word;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RUNTIME A.10, the worked example: its 32 steps pass, and its four variants fail as the spec says. */
class WorkedExampleTest {
    @Test
    void theWorkedExamplePassesInTheTablesGlobalOrder() {
        Verdict verdict = TransactionChecker.check(WorkedExample.instance(), WorkedExample.traces());

        assertThat(verdict.violation()).isNull();
        assertThat(verdict.order()).hasSize(32).isEqualTo(WorkedExample.order());
    }

    @Test
    void theArgumentWordOfCharge7And3Is7300() {
        assertThat(WorkedExample.ARGS).isEqualTo(Word.of(7, 3, 0, 0));
    }

    @Test
    void theWorkedExampleRendersAsTheGoldenListing() throws IOException {
        Verdict verdict = TransactionChecker.check(WorkedExample.instance(), WorkedExample.traces());

        Golden.assertMatches("worked-example.txt", InterleavingText.render(verdict, WorkedExample.symbols()));
    }

    @Test
    void fillingS7sRetWithTheMethodResultFailsRule31AtU10() {
        List<Op> script = new ArrayList<>(WorkedExample.scriptOps());
        script.set(6, new Op.Resume(U, CHARGE, r(2), r(5), U));

        Violation v = check(WorkedExample.billOps(), script);

        assertThat(v.rule().number()).isEqualTo(31);
        assertThat(v.error()).isEqualTo(InterleavingError.ResumeClaimMismatch);
        assertThat(v.pid()).isEqualTo(U);
        assertThat(v.opIndex()).isEqualTo(9); // U10
        assertThat(v.step()).isEqualTo(16); // the 17th global step
    }

    @Test
    void skippingU11FailsRule4() {
        List<Op> bill = new ArrayList<>(WorkedExample.billOps());
        bill.remove(10);

        Violation v = check(bill, WorkedExample.scriptOps());

        assertThat(v.rule().number()).isEqualTo(4);
        assertThat(v.error()).isEqualTo(InterleavingError.MustEnterPending);
        assertThat(v.pid()).isEqualTo(U);
        assertThat(v.opIndex()).isEqualTo(10); // U12 (Activation), now the 11th op
    }

    @Test
    void answeringTheEffectWithReturnLeavesTheBillUnfinalized() {
        List<Op> script = new ArrayList<>(WorkedExample.scriptOps().subList(0, 12));
        script.add(new Op.Return());

        Violation v = check(WorkedExample.billOps(), script);

        assertThat(v.rule().number()).isEqualTo(55);
        assertThat(v.error()).isEqualTo(InterleavingError.UtxoNotFinalized);
        assertThat(v.pid()).isEqualTo(U);
        assertThat(v.opIndex()).isEqualTo(-1);
    }

    @Test
    void withoutS4TheRaiseFindsNoHandler() {
        List<Op> script = new ArrayList<>(WorkedExample.scriptOps());
        script.remove(3);

        Violation v = check(WorkedExample.billOps(), script);

        assertThat(v.rule().number()).isEqualTo(29);
        assertThat(v.error()).isEqualTo(InterleavingError.HandlerNotFound);
        assertThat(v.pid()).isEqualTo(U);
        assertThat(v.opIndex()).isEqualTo(9); // U10
    }

    @Test
    void theLiveMachineFillsTheDeferredOutputsAsTheTableDoes() {
        InterleavingMachine m = InterleavingMachine.live(List.of(), WorkedExample.H);
        var s = m.entry();
        var bill = WorkedExample.billOps();
        var script = WorkedExample.scriptOps();
        for (Step step : WorkedExample.order()) {
            boolean isScript = step.pid().equals(S);
            Op op = (isScript ? script : bill).get(step.index());
            // the runtime does not know a control op's outputs yet; it submits them unresolved
            Op submitted = switch (op) {
                case Op.Resume res -> Op.Resume.pending(res.target(), res.fn(), res.val());
                case Op.CallEffectHandler call -> Op.CallEffectHandler.pending(call.iface(), call.fn(), call.val());
                case Op.Activation a when !isScript -> new Op.Activation(a.val(), s);
                case Op.Init i -> new Op.Init(i.val(), s);
                default -> op;
            };
            assertThat(m.step(isScript ? s : U, submitted).accepted()).as("step %s", step).isTrue();
        }
        assertThat(m.recorded(s, 6)).isEqualTo(new Op.Resume(U, CHARGE, r(2), r(3), U)); // M1: the request
        assertThat(m.recorded(s, 12)).isEqualTo(new Op.Resume(U, RATE, r(4), r(5), U));
        assertThat(m.recorded(U, 9)).isEqualTo(bill.get(9)); // ret r4: the handler's answer

        Verdict verdict = m.finish();

        assertThat(verdict.violation()).isNull();
        assertThat(verdict.instance()).isEqualTo(WorkedExample.instance());
        assertThat(verdict.traces()).isEqualTo(WorkedExample.traces());
        assertThat(verdict.order()).isEqualTo(WorkedExample.order());
        assertThat(m.recorded(s, 2)).isEqualTo(new Op.Resume(U, OPEN, r(0), r(1), U));
    }

    private static Violation check(List<Op> bill, List<Op> script) {
        Verdict verdict = TransactionChecker.check(WorkedExample.instance(), WorkedExample.traces(bill, script));
        assertThat(verdict.violation()).isNotNull();
        return verdict.violation();
    }
}
