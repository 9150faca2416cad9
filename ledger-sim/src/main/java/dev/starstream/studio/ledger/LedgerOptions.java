package dev.starstream.studio.ledger;

import java.time.Clock;
import java.util.Optional;

/**
 * How a ledger is opened: durability, the optional interleaving checker and re-executor, whether
 * SQLite's own page check runs at open, and the wall clock used to stamp snapshots.
 */
public record LedgerOptions(
        Durability durability,
        Optional<TraceVerifier> traceVerifier,
        Optional<ReExecutor> reExecutor,
        boolean integrityCheck,
        Clock clock) {
    /** Process-crash durability, the interleaving checker of {@code vm.interleaving}, no re-executor, integrity check on. */
    public static LedgerOptions defaults() {
        return new LedgerOptions(Durability.PROCESS_CRASH, Optional.of(new InterleavingTraceVerifier()), Optional.empty(), true,
                Clock.systemUTC());
    }

    public LedgerOptions withDurability(Durability value) {
        return new LedgerOptions(value, traceVerifier, reExecutor, integrityCheck, clock);
    }

    public LedgerOptions withTraceVerifier(TraceVerifier value) {
        return new LedgerOptions(durability, Optional.of(value), reExecutor, integrityCheck, clock);
    }

    public LedgerOptions withReExecutor(ReExecutor value) {
        return new LedgerOptions(durability, traceVerifier, Optional.of(value), integrityCheck, clock);
    }

    public LedgerOptions withIntegrityCheck(boolean value) {
        return new LedgerOptions(durability, traceVerifier, reExecutor, value, clock);
    }
}
