package dev.starstream.studio.vm.ledger;

import dev.starstream.studio.vm.ledger.TransitionPlan.InputChange;
import dev.starstream.studio.vm.ledger.TransitionPlan.OwnershipChange;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A complete ledger in memory: utxos, nonce counters, the coroutine map, the ownership registry,
 * deployed contracts, blocks and the state root, with the transition of {@link LedgerTransition}.
 * The runtime runs transactions against it (tests, {@code studio run} without a workspace ledger);
 * the persistent ledger of ledger-sim keeps one as its working copy and rebuilds it by replay when
 * it opens a store. Thread-safe (every method synchronises on the ledger).
 */
public final class InMemoryLedger implements LedgerState {
    /** When blocks are sealed. */
    public enum Mining {
        /** Only when {@link #mineBlock()} is called. */
        ON_DEMAND,
        /** After every committed transaction. */
        PER_TRANSACTION
    }

    /** What {@link #deploy} did. */
    public enum DeployResult {
        DEPLOYED,
        ALREADY_DEPLOYED
    }

    private final ChainParameters parameters;
    private final Mining mining;
    private final Map<UtxoId, UtxoEntry> utxos = new HashMap<>();
    private final Map<CoroutineId, UtxoId> utxoOfCoroutine = new HashMap<>();
    private final Map<CoroutineId, CoroutineId> ownerOfToken = new HashMap<>();
    private final Map<CoroutineId, Set<CoroutineId>> tokensOfOwner = new HashMap<>();
    private final Map<Hash32, Long> counters = new LinkedHashMap<>();
    private final Map<UtxoId, Hash32> spentBy = new HashMap<>();
    private final Set<Hash32> transactions = new HashSet<>();
    private final Map<Hash32, DeployedContract> contracts = new LinkedHashMap<>();
    private final List<BlockHeader> blocks = new ArrayList<>();
    private final List<Hash32> pendingTransactions = new ArrayList<>();
    private final StateAccumulator accumulator = new StateAccumulator();
    private long pendingSlot;

    public InMemoryLedger(ChainParameters parameters, Mining mining) {
        this.parameters = parameters;
        this.mining = mining;
        BlockHeader genesis = new BlockHeader(
                0, 0, parameters.timeOfSlot(0), Hash32.ZERO, 0, BlockHeader.txRoot(List.of()), accumulator.root());
        blocks.add(genesis);
        pendingSlot = parameters.slotsPerBlock();
    }

    /** A ledger with default chain parameters that seals a block after every transaction. */
    public InMemoryLedger() {
        this(ChainParameters.DEFAULT, Mining.PER_TRANSACTION);
    }

    public ChainParameters parameters() {
        return parameters;
    }

    public Mining mining() {
        return mining;
    }

    // ------------------------------------------------------------------ changes

    public synchronized DeployResult deploy(DeployedContract contract) {
        if (contracts.containsKey(contract.hash())) {
            return DeployResult.ALREADY_DEPLOYED;
        }
        contracts.put(contract.hash(), contract);
        accumulator.addContract(contract);
        return DeployResult.DEPLOYED;
    }

    /**
     * Verifies every carried signature, checks and plans the transition, commits it, and seals a block
     * if the ledger mines per transaction. The trace is not checked here (the interleaving checker
     * runs in the runtime and in the persistent ledger).
     */
    public synchronized ApplyResult apply(Transaction tx, SignatureVerifier verifier) {
        Hash32 digest = tx.intent().digest();
        for (int i = 0; i < tx.signatures().size(); i++) {
            TxSignature signature = tx.signatures().get(i);
            if (!verifier.verifies(signature, digest)) {
                return new ApplyResult.Rejected(Rejection.of(RejectReason.BadSignature,
                        "signature " + i + " by key " + signature.key() + " does not verify over the intent"));
            }
        }
        Hash32 hash = tx.hash();
        return switch (plan(tx, hash)) {
            case TransitionResult.Refused refused -> new ApplyResult.Rejected(refused.rejection());
            case TransitionResult.Planned planned -> {
                long height = pendingBlock().height();
                commit(planned.plan());
                if (mining == Mining.PER_TRANSACTION) {
                    mineBlock();
                }
                yield new ApplyResult.Committed(hash, height, planned.plan());
            }
        };
    }

    /** Checks a transaction and computes its plan without changing anything. */
    public synchronized TransitionResult plan(Transaction tx, Hash32 txHash) {
        return LedgerTransition.plan(this, tx, txHash);
    }

    /** Performs a plan computed by {@link #plan} against the current state (nothing may change in between). */
    public synchronized void commit(TransitionPlan plan) {
        for (InputChange input : plan.inputs()) {
            if (input.fate() != InputFate.REFERENCE) {
                UtxoId id = input.before().id();
                utxos.remove(id);
                spentBy.put(id, plan.txHash());
                utxoOfCoroutine.remove(input.before().coroutine());
            }
        }
        for (UtxoEntry entry : plan.created()) {
            utxos.put(entry.id(), entry.withOwner(null));
            utxoOfCoroutine.put(entry.coroutine(), entry.id());
        }
        for (OwnershipChange change : plan.ownership()) {
            if (change.before() != null) {
                ownerOfToken.remove(change.token());
                Set<CoroutineId> owned = tokensOfOwner.get(change.before());
                owned.remove(change.token());
                if (owned.isEmpty()) {
                    tokensOfOwner.remove(change.before());
                }
            }
            if (change.after() != null) {
                ownerOfToken.put(change.token(), change.after());
                tokensOfOwner.computeIfAbsent(change.after(), key -> new TreeSet<>()).add(change.token());
            }
        }
        plan.counters().forEach((contract, change) -> counters.put(contract, change.after()));
        plan.applyTo(accumulator);
        transactions.add(plan.txHash());
        pendingTransactions.add(plan.txHash());
    }

    /** The header the next block would have if sealed now with these extra transactions and state root. */
    public synchronized BlockHeader nextBlockHeader(List<Hash32> extraTransactions, Hash32 stateRoot) {
        List<Hash32> txs = new ArrayList<>(pendingTransactions);
        txs.addAll(extraTransactions);
        BlockHeader tip = blocks.getLast();
        return new BlockHeader(tip.height() + 1, pendingSlot, parameters.timeOfSlot(pendingSlot), tip.hash(),
                txs.size(), BlockHeader.txRoot(txs), stateRoot);
    }

    /** Seals the pending transactions into a block (possibly an empty one) and advances the slot. */
    public synchronized BlockHeader mineBlock() {
        BlockHeader header = nextBlockHeader(List.of(), accumulator.root());
        blocks.add(header);
        pendingTransactions.clear();
        pendingSlot = header.slot() + parameters.slotsPerBlock();
        return header;
    }

    /** Moves the pending block's slot forward (simulated time passing without blocks). */
    public synchronized void advanceSlots(long slots) {
        if (slots < 0) {
            throw new IllegalArgumentException("time does not go backwards: " + slots);
        }
        pendingSlot = Math.addExact(pendingSlot, slots);
    }

    // ------------------------------------------------------------------ LedgerState

    @Override
    public synchronized Optional<UtxoEntry> utxo(UtxoId id) {
        UtxoEntry entry = utxos.get(id);
        return entry == null ? Optional.empty() : Optional.of(entry.withOwner(ownerOfToken.get(entry.coroutine())));
    }

    @Override
    public synchronized Optional<UtxoId> utxoOf(CoroutineId coroutine) {
        return Optional.ofNullable(utxoOfCoroutine.get(coroutine));
    }

    @Override
    public synchronized Optional<CoroutineId> ownerOf(CoroutineId token) {
        return Optional.ofNullable(ownerOfToken.get(token));
    }

    @Override
    public synchronized List<CoroutineId> tokensOwnedBy(CoroutineId owner) {
        return List.copyOf(tokensOfOwner.getOrDefault(owner, Set.of()));
    }

    @Override
    public synchronized Optional<DeployedContract> contract(Hash32 hash) {
        return Optional.ofNullable(contracts.get(hash));
    }

    @Override
    public synchronized ChainTip chainTip() {
        return blocks.getLast().tip();
    }

    @Override
    public synchronized PendingBlock pendingBlock() {
        return new PendingBlock(blocks.getLast().height() + 1, pendingSlot, parameters.timeOfSlot(pendingSlot));
    }

    @Override
    public synchronized Optional<Hash32> blockHashAt(long height) {
        return height >= 0 && height < blocks.size() ? Optional.of(blocks.get((int) height).hash()) : Optional.empty();
    }

    @Override
    public synchronized long nextNonce(Hash32 contract) {
        return counters.getOrDefault(contract, 0L);
    }

    @Override
    public synchronized Optional<Hash32> spentBy(UtxoId id) {
        return Optional.ofNullable(spentBy.get(id));
    }

    @Override
    public synchronized boolean hasTransaction(Hash32 txHash) {
        return transactions.contains(txHash);
    }

    // ------------------------------------------------------------------ whole-state reads

    /** Every live utxo with its owner, sorted by id. */
    public synchronized List<UtxoEntry> utxos() {
        return utxos.keySet().stream().sorted().map(id -> utxo(id).orElseThrow()).toList();
    }

    public synchronized Map<CoroutineId, CoroutineId> owners() {
        return Map.copyOf(ownerOfToken);
    }

    public synchronized Map<Hash32, Long> counters() {
        return Map.copyOf(counters);
    }

    public synchronized Collection<DeployedContract> contracts() {
        return List.copyOf(contracts.values());
    }

    public synchronized List<BlockHeader> blocks() {
        return List.copyOf(blocks);
    }

    public synchronized List<Hash32> pendingTransactions() {
        return List.copyOf(pendingTransactions);
    }

    /** The number of transactions since the last sealed block. */
    public synchronized int pendingCount() {
        return pendingTransactions.size();
    }

    public synchronized long pendingSlot() {
        return pendingSlot;
    }

    /** A copy of the state accumulator (to preview a plan's root without committing it). */
    public synchronized StateAccumulator accumulator() {
        return accumulator.copy();
    }

    public synchronized Hash32 stateRoot() {
        return accumulator.root();
    }
}
