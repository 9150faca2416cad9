package dev.starstream.studio.vm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.ledger.UtxoEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gas is a property of the program, not of the build (RUNTIME A.5b, A.9 P2): every script of every
 * runtime scenario (the A.10 worked example is {@code tariff.star}) uses exactly the same gas in run
 * mode (release build, compiled) and debug mode (debug build with its hooks, interpreted), in total,
 * per process and per function, committed or failed; and a run cut short by its gas limit runs out at
 * the same statement in both modes.
 *
 * <p>A session is a sequence of transactions on one ledger: {@code script arg…} separated by
 * {@code ;}. An argument {@code Type} or {@code Type#n} is the id of the first (n-th) live utxo of that
 * type; anything else is a Starstream literal. Committed run-mode results are applied, so later
 * scripts find the utxos earlier ones created.
 */
class GasDeterminismTest {
    private static final long SHORT = 400_000;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            tariff.star   | settle
            score.star    | start; play Score; finish Score; game
            counter.star  | make 5; bump Counter 3; read Counter; peek_any Counter
            nested.star   | outer; inner Quote
            oracle.star   | reentrant; setup 4; settle Table; keep_bill; recharge Bill
            pool.star     | open_pool; open_wallet; steal Wallet Silver; swap Pool Wallet Gold#0 Silver Gold#1; melt_bound Pool Gold#1; cash_out Pool Gold#0; mint_and_melt; leak; open_purse; close_purse Purse
            transfer.star | mint 1 100; transfer Coin 5; work 300
            handlers.star | clause_raises_again; clause_calls_a_raising_helper; clause_calls_a_raising_utxo; countdown 3; one_after_another; clause_raises_again_inside_an_outer_try; clause_asks_the_outer_try; counted
            names.star    | read
            failures.star | utxo_resumes_utxo; never_yields; unhandled; overflow 18446744073709551615; divide 7 0; spin; signed 0000000000000000000000000000000000000000000000000000000000000000; deep 100000
            """)
    void everyScriptUsesTheSameGasInRunAndDebugMode(String file, String session) {
        Scenario scenario = new Scenario(file);
        int checked = 0;
        for (String step : session.split(";")) {
            TransactionRequest request = request(scenario, step.strip()).withGasLimit(SHORT);
            TransactionResult run = scenario.runner.run(request.withMode(RunMode.RUN), List.of());
            TransactionResult debug = scenario.runner.run(request.withMode(RunMode.DEBUG), List.of());

            Trace.GasReport r = run.trace().gas();
            Trace.GasReport d = debug.trace().gas();
            assertThat(d.used()).as("gas of %s", step).isEqualTo(r.used());
            assertThat(d.processes()).as("gas per process and function of %s", step).isEqualTo(r.processes());
            if (r.used() > 0) {
                assertThat(debug.trace().debugSteps()).as("the hooks of %s ran", step).isNotEmpty();
            }
            assertThat(debug.committed()).as(step).isEqualTo(run.committed());
            if (run instanceof TransactionResult.Failed rf && debug instanceof TransactionResult.Failed df) {
                assertThat(df.failure().reason()).as(step).isEqualTo(rf.failure().reason());
                assertThat(df.failure().location()).as(step).isEqualTo(rf.failure().location());
            }
            if (run instanceof TransactionResult.Committed) {
                scenario.apply(run);
            }
            checked += r.used() > 0 ? 1 : 0;
        }
        assertThat(checked).as("scripts that ran (a few fail before any code runs)").isGreaterThan(0);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tariff.star   | settle
            score.star    | game
            nested.star   | outer
            oracle.star   | reentrant
            pool.star     | open_pool
            transfer.star | work 300
            handlers.star | counted
            failures.star | spin
            """)
    void aRunCutShortByItsGasLimitRunsOutAtTheSameStatementInBothModes(String file, String step) {
        Scenario scenario = new Scenario(file);
        TransactionRequest request = request(scenario, step);
        long needed = Math.min(SHORT, scenario.runner.run(request.withGasLimit(SHORT), List.of()).trace().gas().used());
        List<SourceLocation> places = new ArrayList<>();
        for (long limit : new long[] {needed / 7, needed / 3, needed / 2, needed * 5 / 6, needed - 1}) {
            TxFailure run = outOfGas(scenario, request.withGasLimit(limit).withMode(RunMode.RUN));
            TxFailure debug = outOfGas(scenario, request.withGasLimit(limit).withMode(RunMode.DEBUG));

            assertThat(run.location()).as("run mode at limit %d", limit).isNotNull();
            assertThat(debug.location()).as("limit %d", limit).isEqualTo(run.location());
            assertThat(debug.pid()).as("limit %d", limit).isEqualTo(run.pid());
            assertThat(debug.stack()).as("limit %d", limit).isEqualTo(run.stack());
            places.add(run.location());
        }
        assertThat(places).as("the limits stop the run at different places").hasSizeGreaterThan(1);
    }

    private static TxFailure outOfGas(Scenario scenario, TransactionRequest request) {
        TransactionResult result = scenario.runner.run(request, List.of());
        assertThat(result).as("%s at limit %d", request.script(), request.gasLimit())
                .isInstanceOf(TransactionResult.Failed.class);
        TxFailure failure = ((TransactionResult.Failed) result).failure();
        assertThat(failure.reason()).as(failure.describe()).isEqualTo("OutOfGas");
        assertThat(result.gasUsed()).isEqualTo(request.gasLimit());
        return failure;
    }

    private static TransactionRequest request(Scenario scenario, String step) {
        String[] words = step.split("\\s+");
        String[] args = Arrays.stream(words).skip(1).map(a -> argument(scenario, a)).toArray(String[]::new);
        return scenario.request(words[0], args);
    }

    /** {@code Type#n}: the n-th live utxo of that type, in ledger order; anything else as written. */
    private static String argument(Scenario scenario, String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return word;
        }
        String[] parts = word.split("#");
        int n = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        List<UtxoEntry> ofType = scenario.ledger.utxos().stream()
                .filter(u -> scenario.runner.cache().load(scenario.contract, RunMode.RUN).layout()
                        .typeByIndex(u.state().typeIndex()).orElseThrow().name().equals(parts[0]))
                .toList();
        assertThat(ofType).as("live utxos of type %s", parts[0]).hasSizeGreaterThan(n);
        return ofType.get(n).id().toString();
    }
}
