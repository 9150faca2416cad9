package dev.starstream.studio.vm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Run mode (compiled release build) and debug mode (interpreted debug build) agree on everything but
 * the debug-only records, for committed and failed transactions of every scenario: processes,
 * operations, order, events, gas, result, failure reason and place ({@link GasDeterminismTest} checks
 * gas for every script).
 */
class ModesAgreeTest {
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tariff.star   | settle            |
            score.star    | game              |
            nested.star   | outer             |
            pool.star     | open_pool         |
            pool.star     | mint_and_melt     |
            pool.star     | leak              |
            counter.star  | make              | 5
            oracle.star   | keep_bill         |
            failures.star | utxo_resumes_utxo |
            failures.star | never_yields      |
            failures.star | unhandled         |
            failures.star | overflow          | 18446744073709551615
            failures.star | divide            | 7
            """)
    void bothModesProduceTheSameTrace(String file, String script, String arg) {
        Scenario scenario = new Scenario(file);
        String[] args = arg == null ? new String[0] : file.equals("failures.star") && script.equals("divide")
                ? new String[] {arg, "0"} : new String[] {arg};

        TransactionResult run = scenario.run(RunMode.RUN, script, args);
        TransactionResult debug = scenario.run(RunMode.DEBUG, script, args);

        assertThat(debug.committed()).isEqualTo(run.committed());
        Trace r = run.trace().withoutDebugDetail();
        Trace d = debug.trace().withoutDebugDetail();
        assertThat(d.gas()).isEqualTo(r.gas());
        assertThat(d.processes()).isEqualTo(r.processes());
        assertThat(d.operations()).isEqualTo(r.operations());
        assertThat(d.order()).isEqualTo(r.order());
        assertThat(d.events()).isEqualTo(r.events());
        assertThat(debug.trace().debugSteps()).isNotEmpty();
        if (run instanceof TransactionResult.Committed rc && debug instanceof TransactionResult.Committed dc) {
            assertThat(dc.result()).isEqualTo(rc.result());
            assertThat(dc.transaction().effects().continuations()).isEqualTo(rc.transaction().effects().continuations());
            assertThat(dc.transaction().effects().newOutputs()).isEqualTo(rc.transaction().effects().newOutputs());
        } else {
            TxFailure rf = ((TransactionResult.Failed) run).failure();
            TxFailure df = ((TransactionResult.Failed) debug).failure();
            assertThat(df.reason()).isEqualTo(rf.reason());
            assertThat(df.location()).isEqualTo(rf.location());
            assertThat(df.pid()).isEqualTo(rf.pid());
        }
    }
}
