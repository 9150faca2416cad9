package dev.starstream.studio.ledger;

import java.time.Duration;
import java.util.List;

/**
 * What opening (or importing) a ledger found: the problems, if any, each saying what is wrong and
 * where, and what is still intact: how many log entries, transactions and blocks replayed and
 * matched their recorded hashes and state roots before the first problem.
 *
 * @param problems empty when the store verified completely
 * @param entriesVerified log entries that replayed and matched (from the first one on)
 * @param transactionsVerified transactions among them
 * @param lastVerifiedHeight the height of the last block among them (0: only genesis)
 * @param elapsed how long the verification took
 */
public record VerificationReport(
        List<String> problems, long entriesVerified, long transactionsVerified, long lastVerifiedHeight, Duration elapsed) {
    public VerificationReport {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    /** One paragraph for people: the verdict, the problems, and what is intact. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (ok()) {
            text.append("verified: ");
        } else {
            text.append("DAMAGED:\n");
            problems.forEach(problem -> text.append("  - ").append(problem).append('\n'));
            text.append("intact: ");
        }
        if (entriesVerified == 0) {
            text.append(ok() ? "an empty ledger (genesis block only)" : "nothing after the genesis block could be verified");
        } else {
            text.append("log entries 1–").append(entriesVerified).append(" (")
                    .append(transactionsVerified).append(transactionsVerified == 1 ? " transaction, " : " transactions, ")
                    .append("blocks 0–").append(lastVerifiedHeight)
                    .append(") replay with matching transaction hashes, block hashes and state roots");
        }
        return text.toString();
    }
}
