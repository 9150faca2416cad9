package dev.starstream.studio.vm.ledger;

/** The outcome of submitting a transaction to a ledger. */
public sealed interface ApplyResult {
    /**
     * The transaction is part of the ledger.
     *
     * @param blockHeight the height of the block it belongs to (sealed already, or pending)
     * @param plan what it changed: spent, continued and created utxos with their new ids
     */
    record Committed(Hash32 txHash, long blockHeight, TransitionPlan plan) implements ApplyResult {}

    /** Nothing changed. */
    record Rejected(Rejection rejection) implements ApplyResult {}
}
