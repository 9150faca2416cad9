package dev.starstream.studio.vm.ledger;

/** The last sealed block: its height, slot, time (Unix epoch milliseconds) and hash. */
public record ChainTip(long height, long slot, long timeMillis, Hash32 blockHash) {}
