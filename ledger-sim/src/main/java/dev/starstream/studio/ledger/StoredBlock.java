package dev.starstream.studio.ledger;

import dev.starstream.studio.vm.ledger.BlockHeader;
import dev.starstream.studio.vm.ledger.Hash32;
import java.util.List;

/** A sealed block with its hash and its transactions' hashes in order. */
public record StoredBlock(BlockHeader header, Hash32 hash, List<Hash32> transactions) {
    public StoredBlock {
        transactions = List.copyOf(transactions);
    }
}
