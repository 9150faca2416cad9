package dev.starstream.studio.ledger;

/**
 * How a transaction was verified before the ledger accepted it (RUNTIME A.12: both paths are named in
 * the transaction record; stored in {@code transactions.verified_by}).
 */
public enum Verification {
    /** Executed here: the interleaving checker accepted its trace and every signature verified. */
    TRACE_AND_SIGNATURES("trace+signatures"),
    /** Executed here, but without a trace to check (or without a checker): every signature verified. */
    SIGNATURES("signatures"),
    /** Not executed here: re-executed from its intent with identical effects, and its signatures verified. */
    REEXECUTED("reexecuted+signatures"),
    /** Imported without a runtime to re-execute it: hashes, state roots and signatures verified. */
    IMPORTED("imported+signatures");

    private final String label;

    Verification(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
