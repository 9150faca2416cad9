package dev.starstream.studio.vm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import dev.starstream.studio.vm.ledger.JdkEd25519;
import dev.starstream.studio.vm.ledger.UtxoId;
import dev.starstream.studio.vm.ledger.UtxoState;
import dev.starstream.studio.vm.runtime.values.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A utxo created in one transaction, rehydrated from its record in the next ones (A.8). */
class VaultLifecycleTest {
    private final DeployedContract contract = new VaultContract().deploy();
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final TransactionRunner runner = new TransactionRunner(new ContractCache());

    VaultLifecycleTest() {
        ledger.deploy(contract);
    }

    private TransactionResult.Committed commit(String script, Value... args) {
        TransactionResult result = runner.run(TransactionRequest.of(ledger, contract.hash(), script, List.of(args)), List.of());
        assertThat(result).as("%s", result instanceof TransactionResult.Failed f ? f.failure().describe() : "")
                .isInstanceOf(TransactionResult.Committed.class);
        TransactionResult.Committed committed = (TransactionResult.Committed) result;
        assertThat(ledger.apply(committed.transaction(), new JdkEd25519())).isInstanceOf(ApplyResult.Committed.class);
        return committed;
    }

    private static Value u64(long v) {
        return new Value.Int(IntKind.U64, v);
    }

    private static Value vault(UtxoId id) {
        return new Value.InputRef(VaultContract.VAULT, id);
    }

    @Test
    void aVaultIsCreatedChangedReadAndClosedAcrossFourTransactions() {
        TransactionResult.Committed made = commit("make", u64(10));
        UtxoId first = ledger.utxos().getFirst().id();
        assertThat(made.transaction().effects().result().asText()).isEqualTo(first.toString());
        assertThat(ledger.utxos().getFirst().state()).isEqualTo(UtxoState.utxo(0, 1, 10, 0, 10, 0));

        TransactionResult.Committed deposited = commit("deposit", vault(first), u64(5));
        assertThat(deposited.result()).isEqualTo(u64(15));
        assertThat(deposited.outputs()).singleElement().satisfies(o -> {
            assertThat(o.fate()).isEqualTo(OutputReport.Fate.CONTINUED);
            assertThat(o.storage()).containsEntry("total", u64(15));
        });
        UtxoId second = ledger.utxos().getFirst().id();
        assertThat(second).isNotEqualTo(first);
        assertThat(ledger.utxos().getFirst().coroutine()).isEqualTo(
                ledger.utxos().getFirst().coroutine());

        TransactionResult.Committed peeked = commit("peek", vault(second));
        assertThat(peeked.result()).isEqualTo(u64(15));
        assertThat(peeked.outputs()).singleElement().extracting(OutputReport::fate).isEqualTo(OutputReport.Fate.REFERENCE);
        assertThat(ledger.utxos()).singleElement().extracting(u -> u.id()).isEqualTo(second);

        TransactionResult.Committed closed = commit("close", vault(second));
        assertThat(closed.outputs()).singleElement().extracting(OutputReport::fate).isEqualTo(OutputReport.Fate.BURNED);
        assertThat(closed.transaction().effects().continuations()).singleElement().satisfies(c -> assertThat(c.isBurned()).isTrue());
        assertThat(closed.trace().operations().getFirst().ops()).containsSubsequence(new Op.Burn());
        assertThat(ledger.utxos()).isEmpty();
    }

    @Test
    void aHandleResultShowsTheUtxoIdTheLedgerAssigns() {
        TransactionResult.Committed made = commit("make", u64(1));

        assertThat(made.transaction().effects().result().asText()).isEqualTo(ledger.utxos().getFirst().id().toString());
    }

    @Test
    void rehydrationRestoresTheSpilledParameterForTheResumeDispatcher() {
        commit("make", u64(7));
        UtxoId id = ledger.utxos().getFirst().id();

        TransactionResult.Committed closed = commit("close", vault(id));

        assertThat(closed.trace().operations().getFirst().ops()).extracting(op -> op.opcode().opName())
                .containsExactly("Enter", "Activation", "Burn", "NewRef", "Yield");
    }

    @Test
    void blockHeightIsThePendingBlocks() {
        TransactionResult.Committed committed = commit("height");

        assertThat(committed.result()).isEqualTo(new Value.Int(IntKind.I64, committed.transaction().effects().blockHeight()));
        assertThat(committed.transaction().effects().blockHeight()).isEqualTo(1);
    }
}
