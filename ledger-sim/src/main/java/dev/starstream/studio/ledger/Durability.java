package dev.starstream.studio.ledger;

/**
 * What an acknowledged transaction survives. A transaction is acknowledged when
 * {@link Ledger#apply} returns {@code Committed}: its SQLite transaction has committed to the
 * write-ahead log. See docs/ledger.md, "Durability".
 */
public enum Durability {
    /**
     * WAL with {@code synchronous=NORMAL}: the commit is in the WAL file when apply returns, so it
     * survives the death of the process (crash, SIGKILL); a power loss or OS crash may lose the last
     * transactions since the latest checkpoint, but never leaves a partial one. The default.
     */
    PROCESS_CRASH("NORMAL"),
    /** WAL with {@code synchronous=FULL}: every commit is fsynced before apply returns; slower. */
    POWER_LOSS("FULL");

    private final String synchronous;

    Durability(String synchronous) {
        this.synchronous = synchronous;
    }

    /** The value of SQLite's {@code PRAGMA synchronous}. */
    public String synchronous() {
        return synchronous;
    }
}
