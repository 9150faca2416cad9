package dev.starstream.studio.ledger.scenario;

import dev.starstream.studio.ledger.LedgerException;

/** A scenario that cannot be read, or a step that did not do what the scenario expected. */
public final class ScenarioException extends LedgerException {
    private static final long serialVersionUID = 1L;

    public ScenarioException(String message) {
        super(message);
    }

    public ScenarioException(String message, Throwable cause) {
        super(message, cause);
    }
}
