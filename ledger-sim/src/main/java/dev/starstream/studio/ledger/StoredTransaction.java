package dev.starstream.studio.ledger;

import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.Transaction;
import java.util.List;

/**
 * A transaction as the ledger keeps it: where it is (log position, block, position in block), how it
 * was verified, the transaction with its trace, and what it did to each input and output.
 */
public record StoredTransaction(
        Hash32 hash, long seq, long blockHeight, int position, String verifiedBy, Transaction transaction, List<TxIo> io) {
    public StoredTransaction {
        io = List.copyOf(io);
    }
}
