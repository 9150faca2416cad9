package dev.starstream.studio.vm.interleaving;

import static dev.starstream.studio.vm.interleaving.WorkedExample.S;
import static dev.starstream.studio.vm.interleaving.WorkedExample.TARIFF;
import static dev.starstream.studio.vm.interleaving.WorkedExample.U;
import static dev.starstream.studio.vm.interleaving.WorkedExample.r;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.starstream.studio.vm.interleaving.MachineSnapshot.ProcessState;
import dev.starstream.studio.vm.interleaving.Mutations.Mutant;
import dev.starstream.studio.vm.interleaving.Scenarios.Scenario;
import dev.starstream.studio.vm.interleaving.encoding.Ids;
import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterleavingMachineTest {
    private static final Hash H = WorkedExample.H;
    private static final Hash Q = Ids.programHash(new byte[] {9});

    /** A replaying machine that has run the first {@code steps} steps of the worked example. */
    private static InterleavingMachine workedExampleAfter(int steps) {
        InterleavingMachine m = InterleavingMachine.replaying(WorkedExample.instance());
        List<ProcessTrace> traces = WorkedExample.traces();
        for (Step step : WorkedExample.order().subList(0, steps)) {
            assertThat(m.step(step.pid(), traces.get(step.pid().value()).op(step.index())).accepted()).isTrue();
        }
        return m;
    }

    @Test
    void theSnapshotAtTheRaiseShowsClaimsActivationsHandlersAndTheArena() {
        MachineSnapshot before = workedExampleAfter(16).snapshot(); // U10, the raise, is next
        ProcessState bill = before.process(U);
        ProcessState script = before.process(S);

        assertThat(before.current()).isEqualTo(U);
        assertThat(before.previous()).isEqualTo(S);
        assertThat(bill.yieldTo()).isEqualTo(S);
        assertThat(bill.onYield()).isFalse();
        assertThat(bill.activation()).isEqualTo(new Delivery(r(2), S));
        assertThat(bill.mustExit()).isTrue();
        assertThat(bill.finalized()).isFalse();
        assertThat(script.expectedInput()).isEqualTo(r(3)); // S7's ret: the effect request (M1)
        assertThat(script.expectedResumer()).isEqualTo(U);
        assertThat(script.activation()).isNull();
        assertThat(before.handlerStacks()).containsEntry(TARIFF, List.of(S));
        assertThat(before.refs()).extracting(MachineSnapshot.RefContents::words).containsExactly(
                List.of(), List.of(), List.of(Word.of(7, 3, 0, 0)), List.of(Word.of(7, 0, 0, 0)));

        InterleavingMachine after = workedExampleAfter(17);
        assertThat(after.snapshot().process(S).mustEnter()).isEqualTo(WorkedExample.RATE);
        assertThat(after.snapshot().process(S).activation()).isEqualTo(new Delivery(r(3), U));
        assertThat(after.snapshot().process(U).expectedResumer()).isEqualTo(S);
        assertThat(after.snapshot().process(U).yieldTo()).as("a raise does not touch yield_to").isEqualTo(S);
    }

    @Test
    void aRejectedOperationChangesNothing() {
        // For every mutant of the model's scenarios that breaks a rule at an operation: replay up to
        // that operation, feed it, and compare the state before and after.
        Mutations mutations = new Mutations(7);
        int checked = 0;
        for (Scenario s : Scenarios.all()) {
            for (int k = 0; k < 60; k++) {
                Mutant mutant = mutations.mutate(s.tx().instance(), s.tx().traces());
                Verdict verdict = TransactionChecker.check(mutant.instance(), mutant.traces());
                Violation v = verdict.violation();
                if (v == null || v.opIndex() < 0 || v.rule() == Rule.ALL_ENTRIES_CONSUMED || v.rule() == Rule.SHAPE) {
                    continue;
                }
                InterleavingMachine m = InterleavingMachine.replaying(mutant.instance());
                for (Step step : verdict.order()) {
                    m.step(step.pid(), mutant.traces().get(step.pid().value()).op(step.index()));
                }
                MachineSnapshot before = m.snapshot();
                StepResult result = m.step(v.pid(), mutant.traces().get(v.pid().value()).op(v.opIndex()));
                MachineSnapshot after = m.snapshot();

                assertThat(result).isEqualTo(new StepResult.Rejected(v));
                assertThat(after).as(mutant.change()).isEqualTo(new MachineSnapshot(before.current(),
                        before.previous(), before.steps(), before.processes(), before.handlerStacks(), before.refs(), v));
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(500);
    }

    @Test
    void anOperationFromAProcessThatDoesNotHoldControlIsRejected() {
        InterleavingMachine m = InterleavingMachine.live(List.of(new InputProcess(H, false, null)), H);

        StepResult r = m.step(new ProcessId(0), new Op.NewRef(0, m.nextRef()));

        assertThat(r).isInstanceOf(StepResult.Rejected.class);
        Violation v = ((StepResult.Rejected) r).violation();
        assertThat(v.rule().number()).isEqualTo(2);
        assertThat(v.error()).isEqualTo(InterleavingError.Shape);
        assertThat(v.pid()).isEqualTo(new ProcessId(0));
        assertThat(v.message()).contains("while 1 holds control"); // the script's canonical pid
    }

    @Test
    void liveScriptsCarryProvisionalPidsThatFinishRenumbersAfterTheNewUtxos() {
        InterleavingMachine m = InterleavingMachine.live(List.of(), H);
        ProcessId s = m.entry();
        ProcessId u = m.nextNewProcess();
        m.step(s, new Op.NewRef(0, m.nextRef()));
        m.step(s, new Op.NewUtxo(H, r(0), u));
        ProcessId c = m.nextNewCoord();
        m.step(s, new Op.NewCoord(Q, r(0), c));
        m.step(s, Op.Resume.pending(u, Ids.functionId("open"), r(0)));
        assertThat(m.init(u)).contains(new Delivery(r(0), s));
        m.step(u, new Op.Enter(Ids.functionId("open")));
        m.step(u, new Op.Init(r(0), s));
        m.step(u, new Op.NewRef(0, m.nextRef()));
        m.step(u, new Op.Yield(r(1)));
        m.step(s, Op.Resume.pending(c, Ids.functionId("go"), r(0)));
        m.step(c, new Op.Enter(Ids.functionId("go")));
        m.step(c, new Op.Init(r(0), s));
        m.step(c, new Op.Return());
        m.step(s, new Op.Return());

        Verdict v = m.finish();

        assertThat(u).isEqualTo(new ProcessId(0));
        assertThat(v.violation()).isNull();
        assertThat(v.instance().processTable()).containsExactly(H, H, Q);
        assertThat(v.instance().entrypoint()).isEqualTo(new ProcessId(1));
        assertThat(v.instance().nCoords()).isEqualTo(2);
        assertThat(v.traces().get(1).ops()).containsExactly(
                new Op.NewRef(0, r(0)), new Op.NewUtxo(H, r(0), u), new Op.NewCoord(Q, r(0), new ProcessId(2)),
                new Op.Resume(u, Ids.functionId("open"), r(0), r(1), u),
                new Op.Resume(new ProcessId(2), Ids.functionId("go"), r(0), null, new ProcessId(2)),
                new Op.Return());
        assertThat(v.traces().get(0).ops()).contains(new Op.Init(r(0), new ProcessId(1)));
        assertThat(v.order()).extracting(Step::pid).containsOnly(new ProcessId(0), new ProcessId(1), new ProcessId(2));
        assertThat(TransactionChecker.check(v.instance(), v.traces())).isEqualTo(v);
    }

    @Test
    void theLiveMachineReadsOffWhatTheRuntimeMustReport() {
        InterleavingMachine m = InterleavingMachine.live(List.of(), H);
        ProcessId s = m.entry();
        m.step(s, new Op.InstallHandler(TARIFF));
        m.step(s, new Op.NewRef(1, m.nextRef()));
        m.step(s, new Op.RefPush(Word.of(7, 3, 0, 0)));

        assertThat(m.nextRef()).isEqualTo(r(1));
        assertThat(m.handlerFor(TARIFF)).contains(s);
        assertThat(m.handlerFor(Q)).isEmpty();
        assertThat(m.word(r(0), 0)).contains(Word.of(7, 3, 0, 0));
        assertThat(m.word(r(0), 1)).isEmpty();
        assertThat(m.programHash(s)).contains(H);
        assertThat(m.programHash(new ProcessId(5))).isEmpty();
        assertThat(m.activation(s)).isEmpty();
        assertThat(m.current()).isEqualTo(s);
        assertThat(m.steps()).isEqualTo(3);
    }

    @Test
    void aLiveNewUtxoMustTakeTheNextPid() {
        InterleavingMachine m = InterleavingMachine.live(List.of(new InputProcess(H, false, null)), H);
        ProcessId s = m.entry();
        m.step(s, new Op.NewRef(0, m.nextRef()));

        Violation existing = rejected(m.step(s, new Op.NewUtxo(H, r(0), new ProcessId(0))));

        assertThat(existing.rule().number()).isEqualTo(23);
        InterleavingMachine fresh = InterleavingMachine.live(List.of(), H);
        fresh.step(fresh.entry(), new Op.NewRef(0, fresh.nextRef()));
        assertThat(rejected(fresh.step(fresh.entry(), new Op.NewUtxo(H, r(0), new ProcessId(3)))).rule().number())
                .isEqualTo(61);
    }

    @Test
    void aLiveInputThatBurnsHasNoContinuation() {
        InterleavingMachine m = InterleavingMachine.live(List.of(new InputProcess(H, false, null)), H);
        ProcessId s = m.entry();
        ProcessId in = new ProcessId(0);
        m.step(s, new Op.NewRef(0, m.nextRef()));
        m.step(s, Op.Resume.pending(in, Ids.functionId("finish"), r(0)));
        m.step(in, new Op.Enter(Ids.functionId("finish")));
        m.step(in, new Op.Activation(r(0), s));
        m.step(in, new Op.Burn());
        m.step(in, new Op.NewRef(0, m.nextRef()));
        m.step(in, new Op.Yield(r(1)));
        m.step(s, new Op.Return());

        Verdict v = m.finish();

        assertThat(v.violation()).isNull();
        assertThat(v.instance().mustBurn()).containsExactly(true);
        assertThat(TransactionChecker.check(v.instance(), v.traces()).ok()).isTrue();
    }

    @Test
    void onlyNewUtxosCanBeMarkedEphemeral() {
        InterleavingMachine m = InterleavingMachine.live(List.of(new InputProcess(H, false, null)), H);

        assertThatThrownBy(() -> m.markEphemeral(new ProcessId(0))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> m.markEphemeral(m.entry())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> InterleavingMachine.replaying(WorkedExample.instance()).markEphemeral(U))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStoppedMachineKeepsReportingItsViolationAndAFinishedOneRefusesSteps() {
        InterleavingMachine m = InterleavingMachine.live(List.of(), H);
        Violation v = rejected(m.step(m.entry(), new Op.Yield(r(0))));

        assertThat(m.step(m.entry(), new Op.Return())).isEqualTo(new StepResult.Rejected(v));
        Verdict verdict = m.finish();
        assertThat(verdict.violation()).isEqualTo(v);
        assertThat(m.finish()).isSameAs(verdict);
        assertThatThrownBy(() -> m.step(m.entry(), new Op.Return())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aMalformedInstanceStopsTheMachineBeforeItsFirstStep() {
        InterleavingInstance good = WorkedExample.instance();
        InterleavingInstance bad = new InterleavingInstance(good.processTable(), good.isUtxo(), List.of(true, true),
                good.mustBurn(), good.nInputs(), good.nNew(), good.nCoords(), good.ownershipIn(), good.ownershipOut(),
                good.entrypoint(), good.ephemeral());

        InterleavingMachine m = InterleavingMachine.replaying(bad);

        assertThat(m.violation()).hasValueSatisfying(v -> {
            assertThat(v.rule()).isEqualTo(Rule.SHAPE);
            assertThat(v.message()).contains("token but not a utxo");
        });
        assertThat(m.step(S, new Op.Return()).accepted()).isFalse();
        assertThat(m.finish().traces()).isEmpty();
        assertThat(TransactionChecker.check(bad, WorkedExample.traces()).violation().rule()).isEqualTo(Rule.SHAPE);
        assertThat(TransactionChecker.check(good, List.of()).violation().message()).contains("0 traces for 2 processes");
    }

    private static Violation rejected(StepResult r) {
        assertThat(r).isInstanceOf(StepResult.Rejected.class);
        return ((StepResult.Rejected) r).violation();
    }
}
