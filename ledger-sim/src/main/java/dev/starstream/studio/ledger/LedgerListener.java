package dev.starstream.studio.ledger;

/**
 * Receives every {@link LedgerChange}, on the thread that made the change, after it committed.
 * Listeners must be quick; a UI marshals to its own thread. An exception thrown by a listener is
 * logged and does not affect the ledger or other listeners.
 */
@FunctionalInterface
public interface LedgerListener {
    void changed(LedgerChange change);
}
