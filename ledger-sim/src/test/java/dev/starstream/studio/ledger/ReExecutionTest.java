package dev.starstream.studio.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.ledger.transfer.ImportSummary;
import dev.starstream.studio.ledger.transfer.LedgerExport;
import dev.starstream.studio.ledger.transfer.LedgerImport;
import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.ledger.ChainParameters;
import dev.starstream.studio.vm.ledger.Continuation;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.TransactionEffects;
import dev.starstream.studio.vm.ledger.UtxoId;
import dev.starstream.studio.vm.ledger.UtxoState;
import dev.starstream.studio.vm.runtime.ContractCache;
import dev.starstream.studio.vm.runtime.DebugBundle;
import dev.starstream.studio.vm.runtime.TransactionRequest;
import dev.starstream.studio.vm.runtime.TransactionResult;
import dev.starstream.studio.vm.runtime.TransactionRunner;
import dev.starstream.studio.vm.runtime.values.Value;
import dev.starstream.studio.vm.wasm.codegen.CompiledContract;
import dev.starstream.studio.vm.wasm.codegen.SourceCompiler;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RUNTIME A.12: a transaction the ledger did not execute is re-executed from its intent and compared. */
class ReExecutionTest {
    private static final String TARIFF = """
            abi Tariff { effect Rate(zone: u32) -> u64; }
            abi Meter { fn charge(zone: u32, units: u64) -> u64; event Charged(zone: u32, amount: u64); }
            utxo Bill {
                storage { let mut due: u64; }
                main fn open() { while (true) { yield(Meter); } }
                impl Meter { fn charge(pub zone: u32, pub units: u64) -> u64 {
                    let rate = raise Rate(zone);
                    due = due + disclose(rate) * units;
                    emit Charged(zone, rate * units);
                    due } }
            }
            script fn keep() -> Bill { Bill::open() }
            script fn bill_due(b: Bill) -> u64 {
                let mut r: u64 = 0;
                try { r = b.charge(1, 2); } with Rate(z) { 10 }
                r }
            """;

    @TempDir
    Path dir;

    private final TransactionRunner runner = new TransactionRunner(new ContractCache());

    private CompiledContract compile() {
        SourceCompiler.Result result = new SourceCompiler().compile("tariff.star", TARIFF);
        assertThat(result).as(result.diagnostics().toString()).isInstanceOf(SourceCompiler.Result.Compiled.class);
        return ((SourceCompiler.Result.Compiled) result).contract();
    }

    private Transaction run(Ledger ledger, DeployedContract contract, String script, List<Value> args) {
        TransactionResult result = runner.run(new TransactionRequest(ledger.view(), contract.hash(), script, args, 1_000_000,
                dev.starstream.studio.vm.runtime.RunMode.RUN), List.of());
        assertThat(result).isInstanceOf(TransactionResult.Committed.class);
        return ((TransactionResult.Committed) result).transaction();
    }

    /** keep() creates a bill; bill_due(bill) charges it: two transactions executed by the runtime. */
    private List<Transaction> history(Ledger ledger, CompiledContract compiled, DeployedContract contract) {
        ledger.deploy(contract);
        Transaction keep = run(ledger, contract, "keep", List.of());
        UtxoId bill = ((ApplyResult.Committed) ledger.apply(keep)).plan().created().getFirst().id();
        assertThat(keep.effects().result().asText()).as("the run names the UtxoId the ledger assigned").isEqualTo(bill.toString());
        var billType = compiled.layout().script("bill_due").orElseThrow().params().getFirst().type();
        Transaction due = run(ledger, contract, "bill_due", List.of(new Value.InputRef(billType, bill)));
        assertThat(ledger.apply(due)).isInstanceOf(ApplyResult.Committed.class);
        return List.of(keep, due);
    }

    @Test
    void anImportedLedgerIsReExecutedTransactionByTransaction() {
        CompiledContract compiled = compile();
        DeployedContract contract = DebugBundle.deployable(compiled);
        try (Ledger ledger = Ledger.create(dir.resolve("a"), ChainParameters.DEFAULT, InMemoryLedger.Mining.PER_TRANSACTION,
                LedgerOptions.defaults())) {
            history(ledger, compiled, contract);
            assertThat(ledger.queries().latestTransactions(5)).extracting(TxSummary::verifiedBy)
                    .containsOnly(Verification.TRACE_AND_SIGNATURES.label());
        }
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        LedgerExport.write(dir.resolve("a"), export);
        LedgerOptions reexecuting = LedgerOptions.defaults().withReExecutor(new RuntimeReExecutor(runner));
        ImportSummary summary = new LedgerImport(reexecuting).read(new ByteArrayInputStream(export.toByteArray()), dir.resolve("b"));
        assertThat(summary.transactions()).isEqualTo(2);
        try (Ledger copy = Ledger.open(summary.directory(), LedgerOptions.defaults())) {
            assertThat(copy.queries().latestTransactions(5)).extracting(TxSummary::verifiedBy)
                    .containsOnly(Verification.REEXECUTED.label());
        }
    }

    @Test
    void effectsThatTheIntentDoesNotProduceAreRefused() {
        CompiledContract compiled = compile();
        DeployedContract contract = DebugBundle.deployable(compiled);
        List<Transaction> history;
        try (Ledger ledger = Ledger.create(dir.resolve("a"), ChainParameters.DEFAULT, InMemoryLedger.Mining.PER_TRANSACTION,
                LedgerOptions.defaults())) {
            history = history(ledger, compiled, contract);
        }
        LedgerOptions reexecuting = LedgerOptions.defaults().withReExecutor(new RuntimeReExecutor(runner));
        try (Ledger replica = Ledger.create(dir.resolve("c"), ChainParameters.DEFAULT, InMemoryLedger.Mining.PER_TRANSACTION,
                reexecuting)) {
            replica.deploy(contract);
            assertThat(replica.applyForeign(history.get(0))).isInstanceOf(ApplyResult.Committed.class);
            Transaction due = history.get(1);
            TransactionEffects e = due.effects();
            UtxoState honest = e.continuations().getFirst().state();
            int[] words = honest.words();
            words[2] += 1_000; // the bill's due, inflated
            TransactionEffects forged = new TransactionEffects(
                    List.of(new Continuation(new UtxoState(honest.kind(), words), e.continuations().getFirst().abis())),
                    e.newOutputs(), e.ownershipOut(), e.events(), e.result(), e.gasUsed(), e.blockHeight(), e.slot());
            ApplyResult result = replica.applyForeign(new Transaction(due.intent(), due.signatures(), forged, due.trace()));
            assertThat(result).isInstanceOfSatisfying(ApplyResult.Rejected.class,
                    r -> assertThat(r.rejection().reason()).isEqualTo("ReexecutionMismatch"));
            assertThat(replica.applyForeign(due)).isInstanceOf(ApplyResult.Committed.class);
        }
    }
}
