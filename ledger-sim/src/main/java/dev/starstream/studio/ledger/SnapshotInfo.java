package dev.starstream.studio.ledger;

import dev.starstream.studio.vm.ledger.Hash32;

/** A named point of a ledger's history that {@link Ledger#revert} returns to. */
public record SnapshotInfo(String name, long seq, long blockHeight, Hash32 stateRoot, long takenMillis) {}
