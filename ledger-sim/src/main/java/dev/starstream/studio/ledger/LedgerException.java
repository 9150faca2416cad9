package dev.starstream.studio.ledger;

/**
 * The root of every failure of the ledger module that is not a refused transaction (those are
 * {@link dev.starstream.studio.vm.ledger.ApplyResult.Rejected} values): a damaged store, a wallet
 * problem, a bad import, an I/O error. Messages are written for the person at the command line.
 */
public class LedgerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public LedgerException(String message) {
        super(message);
    }

    public LedgerException(String message, Throwable cause) {
        super(message, cause);
    }
}
