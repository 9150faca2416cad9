package dev.starstream.studio.vm.runtime.engine;

/**
 * The gas one transaction may use, shared by every instance that runs under it. The engine charges
 * executed instructions; the runtime charges interleaving operations and host calls with
 * {@link #charge}.
 */
public final class GasMeter {
    private final long limit;
    private long used;

    public GasMeter(long limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("negative gas limit " + limit);
        }
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }

    public long used() {
        return used;
    }

    /** Charges {@code amount}; {@link EngineException} {@code OutOfGas} naming {@code what} when it does not fit. */
    public void charge(long amount, String what) {
        if (amount < 0) {
            throw new IllegalArgumentException("negative charge " + amount);
        }
        if (limit - used < amount) {
            used = limit;
            throw new EngineException("OutOfGas", "out of gas (limit " + limit + ") at " + what);
        }
        used += amount;
    }
}
