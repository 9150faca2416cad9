package dev.starstream.studio.ledger;

import dev.starstream.studio.vm.ledger.Hash32;

/** One line of a transaction list: where it is and what it ran. */
public record TxSummary(
        Hash32 hash, long seq, long blockHeight, int position, String script, int inputs, int outputs, long gas,
        String verifiedBy) {}
