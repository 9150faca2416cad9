package dev.starstream.studio.vm.ledger;

/**
 * How simulated time advances: the genesis block has slot 0 and time {@code genesisTimeMillis}; a
 * block at slot s has time {@code genesisTimeMillis + s * slotMillis}; each mined block advances the
 * slot by {@code slotsPerBlock}. Time derived from slots keeps a ledger reproducible.
 */
public record ChainParameters(long genesisTimeMillis, long slotMillis, long slotsPerBlock) {
    /** 2026-01-01T00:00:00Z, one-second slots, one slot per block. */
    public static final ChainParameters DEFAULT = new ChainParameters(1_767_225_600_000L, 1_000L, 1L);

    public ChainParameters {
        if (slotMillis <= 0 || slotsPerBlock <= 0 || genesisTimeMillis < 0) {
            throw new IllegalArgumentException("slots last a positive time and every block advances the slot");
        }
    }

    public long timeOfSlot(long slot) {
        return genesisTimeMillis + slot * slotMillis;
    }
}
