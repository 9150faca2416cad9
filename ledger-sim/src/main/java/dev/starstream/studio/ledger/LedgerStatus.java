package dev.starstream.studio.ledger;

import dev.starstream.studio.vm.ledger.ChainTip;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.PendingBlock;

/**
 * A summary of a ledger at one revision, read in one read transaction.
 *
 * @param revision the log position (number of log entries)
 * @param pendingTransactions transactions applied since the last sealed block
 */
public record LedgerStatus(
        String file,
        int schemaVersion,
        String mining,
        long revision,
        ChainTip tip,
        PendingBlock pending,
        int pendingTransactions,
        Hash32 stateRoot,
        long liveUtxos,
        long transactions,
        long contracts,
        long snapshots) {
    /** The same status with another snapshot count. */
    public LedgerStatus withSnapshots(long count) {
        return new LedgerStatus(file, schemaVersion, mining, revision, tip, pending, pendingTransactions, stateRoot,
                liveUtxos, transactions, contracts, count);
    }
}
