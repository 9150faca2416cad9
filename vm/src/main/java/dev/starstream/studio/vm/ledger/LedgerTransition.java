package dev.starstream.studio.vm.ledger;

import dev.starstream.studio.vm.ledger.TransitionPlan.CounterChange;
import dev.starstream.studio.vm.ledger.TransitionPlan.InputChange;
import dev.starstream.studio.vm.ledger.TransitionPlan.OutputChange;
import dev.starstream.studio.vm.ledger.TransitionPlan.OwnershipChange;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The ledger's state transition (B §3.5 with A.4, A.5b, A.8): checks an executed transaction's
 * effects against a {@link LedgerState} and computes the {@link TransitionPlan}, or names why the
 * transaction is refused. Pure: it reads the state and writes nothing. Signatures and the
 * interleaving check are the caller's steps (they need a verifier and a checker).
 *
 * <p>The plan: an input whose continuation equals its state is a reference input and keeps its
 * UtxoId; a changed input gets the next nonce of its contract and keeps its CoroutineId; new output j
 * gets the next nonce and {@code CoroutineId(txHash, j)}, nonces being assigned to continued inputs
 * first, then to new outputs, in order; ephemeral outputs get neither. For every output ref with a
 * coroutine the registry entry becomes the owner named in {@code ownership_out}, or none.
 */
public final class LedgerTransition {
    private LedgerTransition() {}

    public static TransitionResult plan(LedgerState state, Transaction tx, Hash32 txHash) {
        try {
            return new TransitionResult.Planned(new Planner(state, tx, txHash).plan());
        } catch (Refusal refusal) {
            return new TransitionResult.Refused(refusal.rejection);
        }
    }

    /** Carries a rejection out of the checks below; never escapes this class. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Rejection rejection;

        Refusal(RejectReason reason, String message) {
            super(message, null, false, false);
            this.rejection = Rejection.of(reason, message);
        }
    }

    private static final class Planner {
        private final LedgerState state;
        private final Transaction tx;
        private final Hash32 txHash;
        private final List<UtxoId> inputs;
        private final TransactionEffects effects;
        private final List<UtxoEntry> inputEntries = new ArrayList<>();

        Planner(LedgerState state, Transaction tx, Hash32 txHash) {
            this.state = state;
            this.tx = tx;
            this.txHash = txHash;
            this.inputs = tx.intent().inputs();
            this.effects = tx.effects();
        }

        TransitionPlan plan() {
            checkHeader();
            checkInputs();
            checkContinuations();
            checkNewOutputs();
            Map<Integer, Integer> ownerOf = checkOwnershipEdges();
            checkOwnersOfInputTokens();
            checkLiveTokensBound(ownerOf);
            checkEndedOwners();
            return build(ownerOf);
        }

        private void checkHeader() {
            if (state.hasTransaction(txHash)) {
                throw new Refusal(RejectReason.DuplicateTransaction, "transaction " + txHash + " is already on the ledger");
            }
            if (effects.continuations().size() != inputs.size()) {
                throw new Refusal(RejectReason.InputContinuationSizeMismatch, inputs.size() + " inputs but "
                        + effects.continuations().size() + " continuations");
            }
            Hash32 entry = tx.intent().entryContract();
            if (state.contract(entry).isEmpty()) {
                throw new Refusal(RejectReason.ContractNotDeployed, "the entry script's contract " + entry + " is not deployed");
            }
            long preparedAt = tx.intent().preparedAtHeight();
            Optional<Hash32> known = state.blockHashAt(preparedAt);
            if (known.isEmpty() || !known.get().equals(tx.intent().preparedAtHash())) {
                throw new Refusal(RejectReason.UnknownPreparedAt, "the intent was prepared at block " + preparedAt + " "
                        + tx.intent().preparedAtHash().shortHex() + ", which is not on this chain");
            }
            PendingBlock pending = state.pendingBlock();
            if (effects.blockHeight() != pending.height() || effects.slot() != pending.slot()) {
                throw new Refusal(RejectReason.BlockContextMismatch, "the run saw block " + effects.blockHeight() + " slot "
                        + effects.slot() + ", but it would be applied in block " + pending.height() + " slot " + pending.slot());
            }
        }

        private void checkInputs() {
            Set<UtxoId> seen = new HashSet<>();
            for (int i = 0; i < inputs.size(); i++) {
                UtxoId id = inputs.get(i);
                if (!seen.add(id)) {
                    throw new Refusal(RejectReason.DuplicateInput, "input " + i + " (" + id + ") appears twice");
                }
                Optional<UtxoEntry> entry = state.utxo(id);
                if (entry.isEmpty()) {
                    Optional<Hash32> spender = state.spentBy(id);
                    if (spender.isPresent()) {
                        throw new Refusal(RejectReason.DoubleSpend, "input " + i + " (" + id
                                + ") was already spent by transaction " + spender.get());
                    }
                    throw new Refusal(RejectReason.InputNotFound, "input " + i + " (" + id + ") is not on the ledger");
                }
                inputEntries.add(entry.get());
            }
        }

        private void checkContinuations() {
            for (int i = 0; i < inputs.size(); i++) {
                UtxoState next = effects.continuations().get(i).state();
                if (next == null) {
                    continue;
                }
                UtxoState before = inputEntries.get(i).state();
                if (next.kind() != before.kind() || next.typeIndex() != before.typeIndex()) {
                    throw new Refusal(RejectReason.InvalidStateKindTransition, "input " + i + " is a " + describe(before)
                            + " but its continuation is a " + describe(next));
                }
                if (next.wordCount() != before.wordCount()) {
                    throw new Refusal(RejectReason.StorageShapeMismatch, "input " + i + " has " + before.wordCount()
                            + " storage words but its continuation has " + next.wordCount());
                }
            }
        }

        private static String describe(UtxoState state) {
            return state.kind().name().toLowerCase(java.util.Locale.ROOT) + " of type " + state.typeIndex();
        }

        private void checkNewOutputs() {
            for (int j = 0; j < effects.newOutputs().size(); j++) {
                Hash32 contract = effects.newOutputs().get(j).contract();
                if (state.contract(contract).isEmpty()) {
                    throw new Refusal(RejectReason.ContractNotDeployed, "new output " + j + "'s contract " + contract
                            + " is not deployed");
                }
            }
        }

        /** The final kind of output ref p, or null when it has no coroutine at the end (burned or ephemeral). */
        private @Nullable UtxoKind finalKind(int ref) {
            if (ref < inputs.size()) {
                UtxoState next = effects.continuations().get(ref).state();
                return next == null ? null : next.kind();
            }
            UtxoState created = effects.newOutputs().get(ref - inputs.size()).state();
            return created == null ? null : created.kind();
        }

        private String describeRef(int ref) {
            return ref < inputs.size() ? "input " + ref : "new output " + (ref - inputs.size());
        }

        private Map<Integer, Integer> checkOwnershipEdges() {
            int refs = tx.outputRefCount();
            Map<Integer, Integer> ownerOf = new LinkedHashMap<>();
            for (OwnershipEdge edge : effects.ownershipOut()) {
                if (edge.token() >= refs || edge.owner() >= refs) {
                    throw new Refusal(RejectReason.BadOutputRef, "ownership edge " + edge.token() + " -> " + edge.owner()
                            + " names an output ref beyond the " + refs + " inputs and new outputs");
                }
                UtxoKind tokenKind = finalKind(edge.token());
                UtxoKind ownerKind = finalKind(edge.owner());
                if (tokenKind == null || ownerKind == null) {
                    int missing = tokenKind == null ? edge.token() : edge.owner();
                    throw new Refusal(RejectReason.OwnerHasNoStableIdentity, describeRef(missing)
                            + " ends in this transaction and cannot take part in ownership");
                }
                if (tokenKind != UtxoKind.TOKEN) {
                    throw new Refusal(RejectReason.OwnedNotToken, describeRef(edge.token()) + " is bound but is not a token");
                }
                if (ownerKind != UtxoKind.UTXO) {
                    throw new Refusal(RejectReason.OwnerNotUtxo, describeRef(edge.owner()) + " owns a token but is itself a token");
                }
                if (ownerOf.putIfAbsent(edge.token(), edge.owner()) != null) {
                    throw new Refusal(RejectReason.TokenAlreadyOwned, describeRef(edge.token()) + " is bound twice");
                }
            }
            return ownerOf;
        }

        private void checkOwnersOfInputTokens() {
            Set<CoroutineId> inputCoroutines = new HashSet<>();
            inputEntries.forEach(entry -> inputCoroutines.add(entry.coroutine()));
            for (int i = 0; i < inputEntries.size(); i++) {
                UtxoEntry entry = inputEntries.get(i);
                CoroutineId owner = entry.owner();
                if (entry.isToken() && owner != null && !inputCoroutines.contains(owner)) {
                    throw new Refusal(RejectReason.OwnerNotInTransaction, "token input " + i + " (" + entry.id()
                            + ") is owned by " + state.utxoOf(owner).map(UtxoId::toString).orElse(owner.toString())
                            + ", which is not an input");
                }
            }
        }

        private void checkLiveTokensBound(Map<Integer, Integer> ownerOf) {
            for (int ref = 0; ref < tx.outputRefCount(); ref++) {
                if (finalKind(ref) == UtxoKind.TOKEN && !ownerOf.containsKey(ref)) {
                    throw new Refusal(RejectReason.LiveTokenMustBeBound, describeRef(ref) + " is a live token but is not bound");
                }
            }
        }

        private void checkEndedOwners() {
            Set<CoroutineId> inputCoroutines = new HashSet<>();
            inputEntries.forEach(entry -> inputCoroutines.add(entry.coroutine()));
            for (int i = 0; i < inputEntries.size(); i++) {
                if (effects.continuations().get(i).state() != null) {
                    continue;
                }
                for (CoroutineId token : state.tokensOwnedBy(inputEntries.get(i).coroutine())) {
                    if (!inputCoroutines.contains(token)) {
                        throw new Refusal(RejectReason.OwnerEndedWithTokens, "input " + i + " ends but still owns token "
                                + state.utxoOf(token).map(UtxoId::toString).orElse(token.toString()));
                    }
                }
            }
        }

        private TransitionPlan build(Map<Integer, Integer> ownerRefOf) {
            Map<Hash32, Long> next = new LinkedHashMap<>();
            List<@Nullable CoroutineId> coroutineOfRef = new ArrayList<>();
            inputEntries.forEach(entry -> coroutineOfRef.add(entry.coroutine()));
            for (int j = 0; j < effects.newOutputs().size(); j++) {
                coroutineOfRef.add(effects.newOutputs().get(j).state() == null ? null : new CoroutineId(txHash, j));
            }
            Map<Integer, CoroutineId> finalOwner = new HashMap<>();
            ownerRefOf.forEach((token, owner) -> finalOwner.put(token, coroutineOfRef.get(owner)));

            List<InputChange> inputChanges = new ArrayList<>();
            for (int i = 0; i < inputs.size(); i++) {
                UtxoEntry before = inputEntries.get(i);
                Continuation continuation = effects.continuations().get(i);
                UtxoState after = continuation.state();
                CoroutineId owner = finalOwner.get(i);
                if (after == null) {
                    inputChanges.add(new InputChange(before, InputFate.BURNED, null));
                } else if (after.equals(before.state())) {
                    inputChanges.add(new InputChange(before, InputFate.REFERENCE, before.withOwner(owner)));
                } else {
                    UtxoId id = newId(next, before.contractHash());
                    inputChanges.add(new InputChange(before, InputFate.CONTINUED,
                            new UtxoEntry(id, after, before.coroutine(), continuation.abis(), owner)));
                }
            }
            List<OutputChange> outputChanges = new ArrayList<>();
            for (int j = 0; j < effects.newOutputs().size(); j++) {
                NewOutput output = effects.newOutputs().get(j);
                CoroutineId coroutine = new CoroutineId(txHash, j);
                UtxoState created = output.state();
                if (created == null) {
                    outputChanges.add(new OutputChange(j, coroutine, null));
                } else {
                    UtxoId id = newId(next, output.contract());
                    CoroutineId owner = finalOwner.get(inputs.size() + j);
                    outputChanges.add(new OutputChange(j, coroutine, new UtxoEntry(id, created, coroutine, output.abis(), owner)));
                }
            }
            List<OwnershipChange> ownership = new ArrayList<>();
            for (int ref = 0; ref < coroutineOfRef.size(); ref++) {
                CoroutineId coroutine = coroutineOfRef.get(ref);
                if (coroutine == null) {
                    continue;
                }
                CoroutineId before = ref < inputs.size() ? state.ownerOf(coroutine).orElse(null) : null;
                CoroutineId after = finalOwner.get(ref);
                if (!Objects.equals(before, after)) {
                    ownership.add(new OwnershipChange(coroutine, before, after));
                }
            }
            Map<Hash32, CounterChange> counters = new LinkedHashMap<>();
            next.forEach((contract, after) -> counters.put(contract, new CounterChange(state.nextNonce(contract), after)));
            return new TransitionPlan(txHash, inputChanges, outputChanges, ownership, counters);
        }

        private UtxoId newId(Map<Hash32, Long> next, Hash32 contract) {
            long nonce = next.computeIfAbsent(contract, state::nextNonce);
            next.put(contract, nonce + 1);
            return new UtxoId(contract, nonce);
        }
    }
}
