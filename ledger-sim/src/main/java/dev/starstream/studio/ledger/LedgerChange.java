package dev.starstream.studio.ledger;

import dev.starstream.studio.vm.ledger.BlockHeader;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.TransitionPlan;

/**
 * What changed in a ledger, delivered to {@link LedgerListener}s after the change is committed. The
 * revision is the ledger's log position after the change; it only grows, except that a revert moves
 * it back to the snapshot's position.
 */
public sealed interface LedgerChange {
    long revision();

    record TransactionApplied(long revision, Hash32 txHash, long blockHeight, TransitionPlan plan) implements LedgerChange {}

    record BlockMined(long revision, BlockHeader header) implements LedgerChange {}

    record ContractDeployed(long revision, Hash32 hash, String name) implements LedgerChange {}

    record SlotsAdvanced(long revision, long slots) implements LedgerChange {}

    record Reverted(long revision, String snapshot) implements LedgerChange {}

    /** Another process changed the store; everything may have changed. */
    record Reloaded(long revision) implements LedgerChange {}
}
