package dev.starstream.studio.vm.interleaving;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.interleaving.Scenarios.Scenario;
import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The scenarios of {@code interleaving-model.py} (worked example and its variants, tokens, nested
 * handler, ephemerals) give the model's verdicts; legal ones run the same in the live machine.
 */
class ModelScenariosTest {
    private static final List<Scenario> SCENARIOS = Scenarios.all();

    @Test
    void theModelsScenariosAreAllHere() {
        assertThat(SCENARIOS).hasSize(15);
        assertThat(SCENARIOS.stream().filter(s -> s.failingRule() == null)).hasSize(5);
    }

    @TestFactory
    Stream<DynamicTest> eachScenarioGetsTheModelsVerdict() {
        return SCENARIOS.stream().map(s -> DynamicTest.dynamicTest(
                s.name() + (s.failingRule() == null ? " passes" : " fails rule " + s.failingRule()), () -> {
                    Verdict verdict = TransactionChecker.check(s.tx().instance(), s.tx().traces());
                    if (s.failingRule() == null) {
                        assertThat(verdict.violation()).isNull();
                    } else {
                        assertThat(verdict.violation()).isNotNull();
                        assertThat(verdict.violation().rule().number()).as(verdict.violation().describe())
                                .isEqualTo(s.failingRule());
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> aLiveRunOfALegalScenarioBuildsTheSameTransaction() {
        return SCENARIOS.stream().filter(s -> s.failingRule() == null).map(s -> DynamicTest.dynamicTest(
                s.name(), () -> {
                    Verdict replayed = TransactionChecker.check(s.tx().instance(), s.tx().traces());
                    Verdict live = runLive(s.tx(), replayed.order());

                    assertThat(live.violation()).isNull();
                    assertThat(live.instance()).isEqualTo(s.tx().instance());
                    assertThat(live.traces()).isEqualTo(s.tx().traces());
                    assertThat(live.order()).isEqualTo(replayed.order());
                }));
    }

    /**
     * Plays a transaction as the runtime would: only inputs and the entry script known up front, the
     * script under its provisional pid, control ops submitted with their outputs unresolved.
     */
    static Verdict runLive(TxText tx, List<Step> order) {
        InterleavingInstance inst = tx.instance();
        List<InputProcess> inputs = new ArrayList<>();
        for (int p = 0; p < inst.nInputs(); p++) {
            inputs.add(new InputProcess(inst.processTable().get(p), inst.isToken().get(p), inst.ownershipIn().get(p)));
        }
        InterleavingMachine m = InterleavingMachine.live(inputs, inst.processTable().get(inst.entrypoint().value()));
        int entry = inst.entrypoint().value();
        IntUnaryOperator live = pid -> pid == entry ? m.entry().value() : pid;
        for (Step step : order) {
            Op op = tx.traces().get(step.pid().value()).op(step.index());
            Op submitted = switch (Renumber.op(op, live)) {
                case Op.Resume r -> Op.Resume.pending(r.target(), r.fn(), r.val());
                case Op.CallEffectHandler c -> Op.CallEffectHandler.pending(c.iface(), c.fn(), c.val());
                case Op other -> other;
            };
            assertThat(m.step(new ProcessId(live.applyAsInt(step.pid().value())), submitted).accepted())
                    .as("step %s: %s", step, submitted).isTrue();
        }
        for (int p = inst.nInputs(); p < inst.nInputs() + inst.nNew(); p++) {
            if (inst.ephemeral().get(p)) {
                m.markEphemeral(new ProcessId(p));
            }
        }
        return m.finish();
    }
}
