package dev.starstream.studio.vm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.ledger.UtxoEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scenario 6 from source: every failure names its reason and place, and the ledger stays as it was. */
class ScenarioFailuresTest {
    private final Scenario failures = new Scenario("failures.star");

    private TxFailure fails(String reason, int line, String script, String... args) {
        List<UtxoEntry> before = failures.ledger.utxos();
        TxFailure failure = failures.fail(script, args);
        assertThat(failure.reason()).as(failure.describe()).isEqualTo(reason);
        assertThat(failure.location()).as(failure.describe()).isNotNull();
        assertThat(failure.location().file()).isEqualTo("failures.star");
        assertThat(failure.location().line()).as(failure.describe()).isEqualTo(line);
        assertThat(failures.ledger.utxos()).isEqualTo(before);
        return failure;
    }

    @Test
    void aUtxoResumingAUtxo() {
        fails("UtxoResumesUtxo", 38, "utxo_resumes_utxo");
    }

    @Test
    void aUtxoWhoseMainEndsWithoutYieldingOffersNothing() {
        fails("MethodNotAvailable", 82, "never_yields");
    }

    @Test
    void anUnhandledEffect() {
        fails("HandlerNotFound", 69, "unhandled");
    }

    @Test
    void integerOverflow() {
        fails("Overflow", 91, "overflow", "18446744073709551615");
    }

    @Test
    void divisionByZero() {
        fails("DivisionByZero", 95, "divide", "1", "0");
    }

    @Test
    void aRunawayLoopRunsOutOfGas() {
        TransactionResult result = failures.runner.run(failures.request("spin").withGasLimit(200_000), List.of());

        assertThat(result).isInstanceOf(TransactionResult.Failed.class);
        TxFailure failure = ((TransactionResult.Failed) result).failure();
        assertThat(failure.reason()).isEqualTo("OutOfGas");
        assertThat(result.gasUsed()).isEqualTo(200_000);
        assertThat(failure.location()).isNotNull();
        assertThat(failure.location().line()).isBetween(99, 102);
    }

    @Test
    void aMissingSignature() {
        fails("MissingSignature", 107, "signed", new Keys().publicKey().hex());
    }

    @Test
    void deepRecursionStopsWithStackOverflow() {
        TxFailure failure = failures.fail("deep", "100000");

        assertThat(failure.reason()).isEqualTo("StackOverflow");
    }

    @Test
    void theRightSignatureLetsItThrough() {
        Keys alice = new Keys();

        TransactionResult result = failures.runSigned(List.of(alice), "signed", alice.publicKey().hex());

        assertThat(result.committed()).isTrue();
    }
}
