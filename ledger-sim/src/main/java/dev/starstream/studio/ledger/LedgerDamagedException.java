package dev.starstream.studio.ledger;

/** Opening a store found damage; the report says what is wrong and what is intact. Nothing was changed. */
public final class LedgerDamagedException extends LedgerException {
    private static final long serialVersionUID = 1L;
    private final transient VerificationReport report;

    public LedgerDamagedException(String where, VerificationReport report) {
        super("the ledger " + where + " is damaged\n" + report.describe());
        this.report = report;
    }

    public VerificationReport report() {
        return report;
    }
}
