package dev.starstream.studio.vm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import dev.starstream.studio.vm.ledger.Intent;
import dev.starstream.studio.vm.ledger.JdkEd25519;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoId;
import dev.starstream.studio.vm.runtime.values.LiteralParser;
import dev.starstream.studio.vm.runtime.values.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each failure of A.11 that the vault can produce: the named reason, where, and nothing changes. */
class VaultFailureTest {
    private final DeployedContract contract = new VaultContract().deploy();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final TransactionRunner runner = new TransactionRunner(new ContractCache());

    VaultFailureTest() {
        ledger.deploy(contract);
    }

    private TransactionResult run(String script, Value... args) {
        return runner.run(TransactionRequest.of(ledger, contract.hash(), script, List.of(args)), List.of());
    }

    private TxFailure failure(String script, Value... args) {
        List<UtxoEntry> before = ledger.utxos();
        TransactionResult result = run(script, args);
        assertThat(result).isInstanceOf(TransactionResult.Failed.class);
        assertThat(ledger.utxos()).isEqualTo(before);
        return ((TransactionResult.Failed) result).failure();
    }

    private UtxoId vault(long start) {
        TransactionResult result = run("make", u64(start));
        assertThat(ledger.apply(((TransactionResult.Committed) result).transaction(), new JdkEd25519()))
                .isInstanceOf(ApplyResult.Committed.class);
        return ledger.utxos().stream().map(UtxoEntry::id).max(UtxoId::compareTo).orElseThrow();
    }

    private static Value u64(long v) {
        return new Value.Int(IntKind.U64, v);
    }

    private static Value ref(UtxoId id) {
        return new Value.InputRef(VaultContract.VAULT, id);
    }

    @Test
    void closingTwiceFailsWithMethodNotAvailableAtTheSecondCall() {
        TxFailure failure = failure("closeTwice", ref(vault(1)));

        assertThat(failure.reason()).isEqualTo("MethodNotAvailable");
        assertThat(failure.message()).contains("Box.close is not available: Vault#0 has ended");
        assertThat(failure.location()).isNotNull().extracting(SourceLocation::line).isEqualTo(15);
    }

    @Test
    void anInputThatIsNeverResumedIsNotFinalized() {
        TxFailure failure = failure("forget", ref(vault(1)));

        assertThat(failure.reason()).isEqualTo("UtxoNotFinalized");
        assertThat(failure.rule()).isEqualTo(55);
        assertThat(failure.pid()).isZero();
        assertThat(failure.location()).isNotNull().extracting(SourceLocation::line).isEqualTo(16);
    }

    @Test
    void aUtxoCallingAnotherUtxoFailsWithUtxoResumesUtxoInTheCaller() {
        TxFailure failure = failure("relay", ref(vault(1)), ref(vault(2)));

        assertThat(failure.reason()).isEqualTo("UtxoResumesUtxo");
        assertThat(failure.pid()).isZero();
        assertThat(failure.location()).isNotNull().extracting(SourceLocation::line).isEqualTo(9);
        assertThat(failure.stack()).extracting(TxFailure.StackFrame::process).containsExactly("Vault#0", "relay");
    }

    @Test
    void divisionByZeroIsNamedAndLocated() {
        TxFailure failure = failure("divide", u64(1), u64(0));

        assertThat(failure.reason()).isEqualTo("DivisionByZero");
        assertThat(failure.location()).isNotNull().extracting(SourceLocation::line).isEqualTo(18);
    }

    @Test
    void overflowInAUtxoMethodIsNamedAndLocated() {
        TxFailure failure = failure("deposit", ref(vault(1)), u64(-1));

        assertThat(failure.reason()).isEqualTo("Overflow");
        assertThat(failure.location()).isNotNull().extracting(SourceLocation::line).isEqualTo(7);
    }

    @Test
    void aContractErrorCarriesItsCode() {
        TxFailure failure = failure("fail", new Value.Int(IntKind.U32, 42));

        assertThat(failure.reason()).isEqualTo("ContractError");
        assertThat(failure.code()).isEqualTo(42L);
    }

    @Test
    void assertTransactionSignedByNeedsASignatureOverTheIntent() {
        Keys alice = new Keys();
        Value key = LiteralParser.publicKey(VaultContract.PUBLIC_KEY, alice.publicKey());
        TransactionRequest request = TransactionRequest.of(ledger, contract.hash(), "guarded", List.of(key));

        TxFailure missing = failure("guarded", key);
        Intent intent = runner.intent(request);
        TransactionResult signed = runner.run(request, List.of(alice.sign(intent)));
        TransactionResult wrongKey = runner.run(request, List.of(new Keys().sign(intent)));

        assertThat(missing.reason()).isEqualTo("MissingSignature");
        assertThat(signed.committed()).isTrue();
        assertThat(wrongKey).isInstanceOfSatisfying(TransactionResult.Failed.class,
                f -> assertThat(f.failure().reason()).isEqualTo("MissingSignature"));
    }

    @Test
    void anUnknownInputIsNotFound() {
        TxFailure failure = failure("peek", ref(new UtxoId(contract.hash(), 99)));

        assertThat(failure.reason()).isEqualTo("InputNotFound");
    }

    @Test
    void theSameInputTwiceIsADuplicateInput() {
        UtxoId id = vault(1);

        TxFailure failure = failure("pair", ref(id), ref(id));

        assertThat(failure.reason()).isEqualTo("DuplicateInput");
    }

    @Test
    void aUtxoOfAnotherContractDoesNotFitANamedParameter() {
        DeployedContract tariff = new TariffContract().deploy();
        ledger.deploy(tariff);
        TransactionResult made = runner.run(TransactionRequest.of(ledger, tariff.hash(), "settle", List.of()), List.of());
        ledger.apply(((TransactionResult.Committed) made).transaction(), new JdkEd25519());
        UtxoId bill = ledger.utxos().getFirst().id();

        TxFailure failure = failure("peek", ref(bill));

        assertThat(failure.reason()).isEqualTo("ContractMismatch");
        assertThat(bill.contractHash()).isNotEqualTo(Hash32.ZERO);
    }

    @Test
    void twoInputsAreNumberedInOrderAndBothResumed() {
        UtxoId a = vault(3);
        UtxoId b = vault(4);

        TransactionResult result = run("pair", ref(a), ref(b));

        assertThat(result).isInstanceOfSatisfying(TransactionResult.Committed.class, c -> {
            assertThat(c.result()).isEqualTo(u64(7));
            assertThat(c.transaction().intent().inputs()).containsExactly(a, b);
            assertThat(c.outputs()).extracting(OutputReport::fate)
                    .containsExactly(OutputReport.Fate.REFERENCE, OutputReport.Fate.REFERENCE);
        });
    }
}
