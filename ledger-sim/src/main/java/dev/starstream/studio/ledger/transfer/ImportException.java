package dev.starstream.studio.ledger.transfer;

import dev.starstream.studio.ledger.LedgerException;

/** An export file that cannot be imported: not JSON, not an export, or an entry that does not verify. */
public final class ImportException extends LedgerException {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
