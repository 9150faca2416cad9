package dev.starstream.studio.vm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.interleaving.op.Op;
import org.junit.jupiter.api.Test;

/** Scenarios 2 and 5 from source: effects across processes, handlers that call utxos, nested scripts. */
class ScenarioEffectsTest {
    @Test
    void theHandlerForwardsTheRateQuestionToASecondUtxo() {
        Scenario oracle = new Scenario("oracle.star");
        oracle.commit("setup", "4");
        String table = oracle.ledger.utxos().getFirst().id().toString();

        TransactionResult.Committed settled = oracle.commit("settle", table);

        assertThat(settled.result()).hasToString("Int[kind=U64, bits=12]");
        assertThat(settled.transaction().effects().events()).singleElement()
                .satisfies(e -> assertThat(e.args()).hasToString("[7,12]"));
        assertThat(settled.outputs()).extracting(OutputReport::fate)
                .containsExactly(OutputReport.Fate.REFERENCE, OutputReport.Fate.NEW);
    }

    @Test
    void aHandlerCallingTheUtxoWhoseRaiseItAnswersFailsWithReentrantResume() {
        Scenario oracle = new Scenario("oracle.star");
        oracle.commit("keep_bill");
        String bill = oracle.ledger.utxos().getFirst().id().toString();

        TxFailure failure = oracle.fail("recharge", bill);

        assertThat(failure.reason()).isEqualTo("ReentrantResume");
        assertThat(failure.location()).isNotNull();
        assertThat(failure.stack()).extracting(TxFailure.StackFrame::process).contains("recharge", "Bill#0");
    }

    @Test
    void aRaiseDuringTheHandlerThatWouldAnswerItFailsWithReentrantHandler() {
        Scenario oracle = new Scenario("oracle.star");

        TxFailure failure = oracle.fail("reentrant");

        assertThat(failure.reason()).isEqualTo("ReentrantHandler");
        assertThat(failure.stack()).extracting(TxFailure.StackFrame::process)
                .containsExactly("Parrot#1", "reentrant", "Bill#0", "reentrant");
        assertThat(failure.location()).isNotNull();
    }

    @Test
    void nestedScriptsRunInOneProcessAndTheOuterHandlerAnswersTheInnerCall() {
        Scenario nested = new Scenario("nested.star");

        TransactionResult.Committed result = nested.commit("outer");

        assertThat(result.result()).hasToString("Int[kind=U64, bits=201]");
        assertThat(result.trace().processes()).extracting(Trace.TraceProcess::kind).containsExactly("utxo", "script");
        assertThat(result.trace().operations().get(1).ops()).hasAtLeastOneElementOfType(Op.InstallHandler.class);
        assertThat(result.trace().operations().getFirst().ops()).hasAtLeastOneElementOfType(Op.CallEffectHandler.class);
    }
}
