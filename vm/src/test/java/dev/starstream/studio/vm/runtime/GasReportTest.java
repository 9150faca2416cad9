package dev.starstream.studio.vm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Gas per function is reported by source function, as the build's debug info names it: methods as
 * {@code Score::plus_chips}, mains as {@code Score::new}, scripts by their name, handler clauses as
 * {@code settle with Tariff.Rate}, generated code by what it is; the same in both modes.
 */
class GasReportTest {
    @ParameterizedTest
    @EnumSource(RunMode.class)
    void gasPerFunctionNamesSourceFunctions(RunMode mode) {
        Scenario score = new Scenario("score.star");

        Trace trace = score.run(mode, "game").trace();

        Trace.ProcessGas utxo = trace.gas().processes().getFirst();
        Trace.ProcessGas script = trace.gas().processes().getLast();
        assertThat(utxo.label()).isEqualTo("Score#0");
        assertThat(utxo.functions()).containsOnlyKeys("Score::new", "Score::plus_chips", "Score::plus_mult",
                "Score::mult_mult", "Score::finish", "Score (resume dispatcher)");
        assertThat(script.functions()).containsOnlyKeys("game");
        for (Trace.ProcessGas p : trace.gas().processes()) {
            long instructions = p.functions().values().stream().mapToLong(Long::longValue).sum();
            assertThat(instructions).isPositive().isLessThan(p.gas());
            assertThat((p.gas() - instructions) % 100).as("the rest is operations and host calls at 100 each").isZero();
            assertThat(List.copyOf(p.functions().values())).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
    }

    @ParameterizedTest
    @EnumSource(RunMode.class)
    void handlerClausesAreNamedByTheirScriptAndEffect(RunMode mode) {
        Scenario tariff = new Scenario("tariff.star");

        Trace trace = tariff.run(mode, "settle").trace();

        assertThat(trace.gas().processes()).extracting(Trace.ProcessGas::label).containsExactly("Bill#0", "settle");
        assertThat(trace.gas().processes().getFirst().functions()).containsOnlyKeys("Bill::open", "Bill::charge");
        assertThat(trace.gas().processes().getLast().functions()).containsOnlyKeys("settle", "settle with Tariff.Rate");
    }

    @ParameterizedTest
    @EnumSource(RunMode.class)
    void theRunReportShowsGasPerSourceFunction(RunMode mode) {
        Scenario tariff = new Scenario("tariff.star");
        TransactionResult result = tariff.run(mode, "settle");
        RunReport report = new RunReport(result, null, List.of());

        JsonNode json = report.json();
        String text = report.text();

        assertThat(json.get("gasByFunction").get("settle").get("settle with Tariff.Rate").asLong()).isPositive();
        assertThat(json.get("gasByFunction").get("Bill#0").get("Bill::charge").asLong()).isPositive();
        assertThat(text).containsPattern("\\n  settle  settle \\d+, settle with Tariff\\.Rate \\d+, operations and host calls \\d+00\\n");
        assertThat(text).containsPattern("\\n  Bill#0  Bill::charge \\d+, Bill::open \\d+, operations and host calls \\d+00\\n");
    }

    @ParameterizedTest
    @EnumSource(RunMode.class)
    void aFailedRunReportsGasPerProcessAndFunctionToo(RunMode mode) {
        Scenario failures = new Scenario("failures.star");
        TransactionResult result = failures.run(mode, "overflow", "18446744073709551615");

        JsonNode json = new RunReport(result, null, List.of()).json();

        assertThat(json.get("status").asText()).isEqualTo("failed");
        assertThat(json.get("gasByProcess").get("overflow").asLong()).isEqualTo(json.get("gas").asLong());
        assertThat(json.get("gasByFunction").get("overflow").fieldNames()).toIterable().containsExactly("overflow");
    }
}
