package dev.starstream.studio.vm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.interleaving.op.Op;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A.3 from source ({@code handlers.star}): the walk from the innermost active {@code try} finds the
 * first clause for the effect, and if that clause is running — whether the script's body called it
 * directly or the host did — the raise fails with {@code ReentrantHandler} at the raise, in run and
 * debug mode alike. A fresh activation of the {@code try} has idle clauses.
 */
class ScenarioHandlersTest {
    private final Scenario handlers = new Scenario("handlers.star");

    private TxFailure reentrant(RunMode mode, String script, int line) {
        TransactionResult result = handlers.run(mode, script);
        assertThat(result).as("%s", result).isInstanceOf(TransactionResult.Failed.class);
        TxFailure failure = ((TransactionResult.Failed) result).failure();
        assertThat(failure.reason()).as(failure.describe()).isEqualTo("ReentrantHandler");
        assertThat(failure.location()).as(failure.describe()).isNotNull();
        assertThat(failure.location().line()).as(failure.describe()).isEqualTo(line);
        return failure;
    }

    @ParameterizedTest
    @EnumSource(RunMode.class)
    void aClauseCalledDirectlyByItsTryCannotAnswerItsOwnRaise(RunMode mode) {
        reentrant(mode, "clause_raises_again", 38);
    }

    @ParameterizedTest
    @EnumSource(RunMode.class)
    void aClauseCalledDirectlyCannotAnswerARaiseOfAHelperItCalls(RunMode mode) {
        reentrant(mode, "clause_calls_a_raising_helper", 29);
    }

    @ParameterizedTest
    @EnumSource(RunMode.class)
    void aClauseCalledDirectlyCannotAnswerARaiseOfAUtxoItCallsAndNothingIsRecordedForTheRaise(RunMode mode) {
        TxFailure failure = reentrant(mode, "clause_calls_a_raising_utxo", 23);

        assertThat(failure.stack()).extracting(TxFailure.StackFrame::process)
                .containsExactly("Sibyl#0", "clause_calls_a_raising_utxo");
        Trace trace = handlers.run(mode, "clause_calls_a_raising_utxo").trace();
        assertThat(trace.operations().getFirst().ops()).noneMatch(op -> op instanceof Op.CallEffectHandler);
    }

    @ParameterizedTest
    @EnumSource(RunMode.class)
    void theInnermostClauseForTheEffectDecidesEvenWhenAnOuterTryCouldAnswer(RunMode mode) {
        reentrant(mode, "clause_raises_again_inside_an_outer_try", 29);
    }

    @ParameterizedTest
    @EnumSource(RunMode.class)
    void eachActivationOfATryHasItsOwnIdleClauses(RunMode mode) {
        assertThat(handlers.run(mode, "countdown", "3").committed()).isTrue();
        assertThat(((TransactionResult.Committed) handlers.run(mode, "countdown", "3")).result())
                .hasToString("Int[kind=U64, bits=3]");
    }

    @ParameterizedTest
    @EnumSource(RunMode.class)
    void aClauseThatFinishedAnswersTheNextRaise(RunMode mode) {
        TransactionResult result = handlers.run(mode, "one_after_another");

        assertThat(((TransactionResult.Committed) result).result()).hasToString("Int[kind=U64, bits=60]");
    }

    @ParameterizedTest
    @EnumSource(RunMode.class)
    void aClauseMayRaiseWhatAnEnclosingTryAnswers(RunMode mode) {
        TransactionResult result = handlers.run(mode, "clause_asks_the_outer_try");

        assertThat(((TransactionResult.Committed) result).result()).hasToString("Int[kind=U64, bits=202]");
    }

    @ParameterizedTest
    @EnumSource(RunMode.class)
    void nestedClausesAssignTheScriptsLocalsThroughTheirFrames(RunMode mode) {
        TransactionResult result = handlers.run(mode, "counted");

        assertThat(((TransactionResult.Committed) result).result()).hasToString("Int[kind=U64, bits=922]");
    }

    @org.junit.jupiter.api.Test
    void theDebugBuildReportsEveryWriteOfACapturedLocalWhereverItHappens() {
        var info = handlers.runner.cache().load(handlers.contract, RunMode.DEBUG).debugInfo().orElseThrow();
        java.util.Set<Integer> calls = new java.util.HashSet<>();
        info.variables().stream().filter(v -> v.name().equals("calls")).forEach(v -> calls.add(v.id()));

        Trace trace = handlers.run(RunMode.DEBUG, "counted").trace();

        assertThat(trace.debugSteps()).filteredOn(st -> st.kind() == DebugStep.Kind.WRITE && calls.contains(st.id()))
                .extracting(st -> st.lanes().getFirst()).containsExactly(0L, 1L, 11L, 12L, 22L);
    }
}
