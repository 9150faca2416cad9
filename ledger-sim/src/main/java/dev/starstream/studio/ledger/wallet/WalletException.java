package dev.starstream.studio.ledger.wallet;

import dev.starstream.studio.ledger.LedgerException;

/** A key that cannot be created, read or used: unknown name, bad name, unsafe permissions, damaged file. */
public final class WalletException extends LedgerException {
    private static final long serialVersionUID = 1L;

    public WalletException(String message) {
        super(message);
    }

    public WalletException(String message, Throwable cause) {
        super(message, cause);
    }
}
