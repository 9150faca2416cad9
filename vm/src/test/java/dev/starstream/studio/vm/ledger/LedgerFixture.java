package dev.starstream.studio.vm.ledger;

import com.fasterxml.jackson.databind.node.NullNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** An in-memory ledger with two deployed contracts and a way to build executed transactions against it. */
final class LedgerFixture {
    final InMemoryLedger ledger;
    final DeployedContract bill = DeployedContract.of("bill", "bill module".getBytes(StandardCharsets.UTF_8));
    final DeployedContract coin = DeployedContract.of("coin", "coin module".getBytes(StandardCharsets.UTF_8));
    final JdkSigner alice = new JdkSigner();
    private int salt;

    LedgerFixture(InMemoryLedger.Mining mining) {
        ledger = new InMemoryLedger(ChainParameters.DEFAULT, mining);
        ledger.deploy(bill);
        ledger.deploy(coin);
    }

    LedgerFixture() {
        this(InMemoryLedger.Mining.PER_TRANSACTION);
    }

    Builder tx() {
        return new Builder();
    }

    final class Builder {
        private final List<UtxoId> inputs = new ArrayList<>();
        private final List<Continuation> continuations = new ArrayList<>();
        private final List<NewOutput> outputs = new ArrayList<>();
        private final List<OwnershipEdge> edges = new ArrayList<>();
        private boolean signed = true;

        Builder spend(UtxoId id, Continuation continuation) {
            inputs.add(id);
            continuations.add(continuation);
            return this;
        }

        Builder create(NewOutput output) {
            outputs.add(output);
            return this;
        }

        Builder bind(int token, int owner) {
            edges.add(new OwnershipEdge(token, owner));
            return this;
        }

        Builder unsigned() {
            signed = false;
            return this;
        }

        Transaction build() {
            ChainTip tip = ledger.chainTip();
            PendingBlock pending = ledger.pendingBlock();
            Intent intent = new Intent(bill.hash(), "script", Lanes.of(salt++), inputs, tip.height(), tip.blockHash(),
                    Intent.DEFAULT_GAS_LIMIT);
            TransactionEffects effects = new TransactionEffects(continuations, outputs, edges, List.of(),
                    NullNode.getInstance(), 1000, pending.height(), pending.slot());
            return new Transaction(intent, signed ? List.of(alice.sign(intent)) : List.of(), effects, null);
        }

        ApplyResult apply() {
            return ledger.apply(build(), new JdkEd25519());
        }

        ApplyResult.Committed commit() {
            ApplyResult result = apply();
            if (result instanceof ApplyResult.Committed committed) {
                return committed;
            }
            throw new AssertionError("expected a commit: " + result);
        }
    }
}
