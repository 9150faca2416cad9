package dev.starstream.studio.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.starstream.studio.vm.interleaving.ProcessTrace;
import dev.starstream.studio.vm.interleaving.json.InterleavingJson;
import dev.starstream.studio.vm.interleaving.op.FunctionId;
import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.RefId;
import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.ledger.NewOutput;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.UtxoState;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger re-checks a transaction's trace against an instance it builds from its own state. */
class InterleavingTraceVerifierTest {
    private static final ObjectMapper JSON = InterleavingJson.newMapper();
    private static final FunctionId OPEN = FunctionId.of(77);
    private static final RefId R0 = RefId.of(0);
    private static final RefId R1 = RefId.of(1);
    private static final ProcessId U = new ProcessId(0);
    private static final ProcessId S = new ProcessId(1);

    @TempDir
    Path workspace;

    private LedgerFixture f;

    @BeforeEach
    void open() {
        f = new LedgerFixture(workspace);
    }

    @AfterEach
    void close() {
        f.close();
    }

    /** The trace of `Bill::open()` in a script: S creates U, resumes it, U yields, S returns. */
    private static List<ProcessTrace> createOneUtxo(boolean utxoYields) {
        Hash bill = Hash.fromBytes(LedgerFixture.BILL.hash().bytes());
        ProcessTrace script = ProcessTrace.of(
                new Op.NewRef(0, R0), new Op.NewUtxo(bill, R0, U), new Op.Resume(U, OPEN, R0, R1, U), new Op.Return());
        ProcessTrace utxo = utxoYields
                ? ProcessTrace.of(new Op.Enter(OPEN), new Op.Init(R0, S), new Op.NewRef(0, R1), new Op.Yield(R1))
                : ProcessTrace.of(new Op.Enter(OPEN), new Op.Init(R0, S), new Op.NewRef(0, R1));
        return List.of(utxo, script);
    }

    private static JsonNode traceOf(List<ProcessTrace> operations) {
        ObjectNode trace = JSON.createObjectNode().put("version", 1);
        trace.set("operations", JSON.valueToTree(operations));
        return trace;
    }

    private Transaction createBill(List<ProcessTrace> operations, NewOutput output) {
        return f.tx().create(output).build().withTrace(traceOf(operations));
    }

    @Test
    void aLegalTraceIsAcceptedAndRecordedAsChecked() {
        Transaction tx = createBill(createOneUtxo(true), NewOutput.of(LedgerFixture.BILL.hash(), UtxoState.utxo(0, 1)));
        ApplyResult.Committed committed = f.commit(tx);
        assertThat(f.ledger.queries().transaction(committed.txHash()).orElseThrow().verifiedBy())
                .isEqualTo(Verification.TRACE_AND_SIGNATURES.label());
        assertThat(f.ledger.queries().transaction(committed.txHash()).orElseThrow().transaction().trace())
                .hasToString(String.valueOf(tx.trace()));
    }

    @Test
    void aUtxoThatNeverYieldsIsRefusedWithTheRuleName() {
        Transaction tx = createBill(createOneUtxo(false), NewOutput.of(LedgerFixture.BILL.hash(), UtxoState.utxo(0, 1)));
        assertThat(f.ledger.apply(tx)).isInstanceOfSatisfying(ApplyResult.Rejected.class, rejected -> {
            assertThat(rejected.rejection().reason()).isEqualTo("UtxoNotFinalized");
            assertThat(rejected.rejection().message()).contains("rule");
        });
        assertThat(f.ledger.queries().status().transactions()).isZero();
    }

    @Test
    void effectsThatDisagreeWithTheTraceAreRefused() {
        // The effects claim a token was minted, but the trace created it with NewUtxo.
        Transaction tx = f.tx()
                .create(NewOutput.of(LedgerFixture.BILL.hash(), UtxoState.token(0, 1)))
                .create(NewOutput.of(LedgerFixture.BILL.hash(), UtxoState.utxo(0, 1)))
                .bind(0, 1)
                .build()
                .withTrace(traceOf(createOneUtxo(true)));
        assertThat(f.ledger.apply(tx)).isInstanceOfSatisfying(ApplyResult.Rejected.class,
                rejected -> assertThat(rejected.rejection().reason()).isNotEmpty().isNotEqualTo("InterleavingCheckFailed"));
    }

    @Test
    void anUnreadableTraceIsRefusedAndATracelessOneIsRecordedAsSignaturesOnly() {
        Transaction unreadable = f.tx().create(NewOutput.of(LedgerFixture.BILL.hash(), UtxoState.utxo(0, 1))).build()
                .withTrace(JSON.createObjectNode().put("operations", "not a list"));
        assertThat(f.ledger.apply(unreadable)).isInstanceOfSatisfying(ApplyResult.Rejected.class,
                rejected -> assertThat(rejected.rejection().reason()).isEqualTo("InterleavingCheckFailed"));
        ApplyResult.Committed traceless = f.commit(f.tx().create(NewOutput.of(LedgerFixture.BILL.hash(), UtxoState.utxo(0, 1))).build());
        assertThat(f.ledger.queries().transaction(traceless.txHash()).orElseThrow().verifiedBy())
                .isEqualTo(Verification.SIGNATURES.label());
    }
}
