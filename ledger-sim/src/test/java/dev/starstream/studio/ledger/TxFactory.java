package dev.starstream.studio.ledger;

import com.fasterxml.jackson.databind.node.NullNode;
import dev.starstream.studio.ledger.wallet.Wallet;
import dev.starstream.studio.vm.ledger.ChainTip;
import dev.starstream.studio.vm.ledger.Continuation;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.Intent;
import dev.starstream.studio.vm.ledger.Lanes;
import dev.starstream.studio.vm.ledger.LedgerView;
import dev.starstream.studio.vm.ledger.NewOutput;
import dev.starstream.studio.vm.ledger.OwnershipEdge;
import dev.starstream.studio.vm.ledger.PendingBlock;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.TransactionEffects;
import dev.starstream.studio.vm.ledger.TxEvent;
import dev.starstream.studio.vm.ledger.TxSignature;
import dev.starstream.studio.vm.ledger.UtxoId;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds executed transactions against a ledger view the way the runtime will: intent prepared at the
 * chain tip, effects recorded for the pending block, signed by wallet keys. Used by the tests, the
 * crash-test child and the benchmarks.
 */
public final class TxFactory {
    private final LedgerView view;
    private final Wallet wallet;
    private final Hash32 entry;
    private int salt;

    public TxFactory(LedgerView view, Wallet wallet, Hash32 entryContract) {
        this.view = view;
        this.wallet = wallet;
        this.entry = entryContract;
    }

    public Builder tx() {
        return new Builder();
    }

    public final class Builder {
        private final List<UtxoId> inputs = new ArrayList<>();
        private final List<Continuation> continuations = new ArrayList<>();
        private final List<NewOutput> outputs = new ArrayList<>();
        private final List<OwnershipEdge> edges = new ArrayList<>();
        private final List<TxEvent> events = new ArrayList<>();
        private final List<String> signers = new ArrayList<>();
        private String script = "script";

        public Builder script(String name) {
            script = name;
            return this;
        }

        public Builder spend(UtxoId id, Continuation continuation) {
            inputs.add(id);
            continuations.add(continuation);
            return this;
        }

        public Builder create(NewOutput output) {
            outputs.add(output);
            return this;
        }

        public Builder bind(int token, int owner) {
            edges.add(new OwnershipEdge(token, owner));
            return this;
        }

        public Builder event(TxEvent event) {
            events.add(event);
            return this;
        }

        public Builder signedBy(String... keys) {
            signers.addAll(List.of(keys));
            return this;
        }

        public Transaction build() {
            ChainTip tip = view.chainTip();
            PendingBlock pending = view.pendingBlock();
            Intent intent = new Intent(entry, script, Lanes.of(salt++), inputs, tip.height(), tip.blockHash(),
                    Intent.DEFAULT_GAS_LIMIT);
            TransactionEffects effects = new TransactionEffects(continuations, outputs, edges, events,
                    NullNode.getInstance(), 1234, pending.height(), pending.slot());
            List<TxSignature> signatures = signers.stream().map(key -> wallet.sign(key, intent)).toList();
            return new Transaction(intent, signatures, effects, null);
        }
    }
}
