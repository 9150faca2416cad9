package dev.starstream.studio.vm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ledger-side re-check of a submitted trace: what the runtime recorded passes, a tampered trace does not. */
class TraceVerificationTest {
    private final Scenario pool = new Scenario("pool.star");

    @Test
    void everyCommittedTransactionsTracePassesTheLedgerCheck() {
        TransactionResult.Committed opened = (TransactionResult.Committed) pool.run("open_pool");
        assertThat(TraceVerification.verify(opened.transaction(), pool.ledger)).isEmpty();
        pool.apply(opened);
        UtxoEntry poolUtxo = pool.ledger.utxos().stream().filter(u -> !u.isToken()).findFirst().orElseThrow();
        UtxoEntry gold = pool.ledger.utxos().stream().filter(u -> u.isToken() && u.state().word(2) == 100).findFirst()
                .orElseThrow();

        TransactionResult.Committed cashed = (TransactionResult.Committed) pool.run("cash_out", poolUtxo.id().toString(),
                gold.id().toString());

        assertThat(TraceVerification.verify(cashed.transaction(), pool.ledger)).isEmpty();
        assertThat(TraceVerification.verify(((TransactionResult.Committed) pool.run("mint_and_melt")).transaction(),
                pool.ledger)).isEmpty();
    }

    @Test
    void aTraceWithAnOperationRemovedIsRejectedByRule() {
        TransactionResult.Committed opened = (TransactionResult.Committed) pool.run("open_pool");
        ObjectNode tree = (ObjectNode) opened.transaction().trace().deepCopy();
        ArrayNode scriptOps = (ArrayNode) tree.get("operations").get(3).get("ops");
        scriptOps.remove(2);
        Transaction tampered = opened.transaction().withTrace(tree);

        assertThat(TraceVerification.verify(tampered, pool.ledger)).hasValueSatisfying(r ->
                assertThat(r.reason()).isNotBlank().isNotEqualTo("InterleavingCheckFailed"));
    }

    @Test
    void aTransactionWithoutATraceCannotBeChecked() {
        Transaction bare = ((TransactionResult.Committed) pool.run("mint_and_melt")).transaction().withTrace(null);

        assertThat(TraceVerification.verify(bare, pool.ledger)).hasValueSatisfying(r ->
                assertThat(r.reason()).isEqualTo("InterleavingCheckFailed"));
        assertThat(List.of(bare)).hasSize(1);
    }
}
