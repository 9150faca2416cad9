package dev.starstream.studio.vm.interleaving;

import dev.starstream.studio.vm.interleaving.op.ProcessId;
import org.jspecify.annotations.Nullable;

/**
 * A broken rule, as data.
 *
 * @param rule the rule (its number is {@code rule.number()})
 * @param error the reason reported, always {@code rule.error()}
 * @param pid the process that performed the offending operation; for an end-of-transaction rule
 *     the process the rule is about; {@code null} only for rule 1 (the instance's shape)
 * @param opIndex the index (0-based) of the offending operation in {@code pid}'s trace; for rule 66
 *     the first operation never reached; −1 for the other end-of-transaction rules, for rule 1, and
 *     for rule 2 when {@code pid} is no process at all
 * @param step the global step (0-based) the offending operation would have taken; for
 *     end-of-transaction rules, the number of steps executed
 * @param message what exactly was wrong, with the values involved
 */
public record Violation(
        Rule rule, InterleavingError error, @Nullable ProcessId pid, int opIndex, long step, String message) {
    public Violation {
        if (error != rule.error()) {
            throw new IllegalArgumentException("rule " + rule.number() + " reports " + rule.error() + ", not " + error);
        }
    }

    public Violation(Rule rule, @Nullable ProcessId pid, int opIndex, long step, String message) {
        this(rule, rule.error(), pid, opIndex, step, message);
    }

    /** One line: {@code ResumeClaimMismatch (rule 31) at pid 0 op 10, step 17: …} (1-based op and step). */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        sb.append(error).append(" (rule ").append(rule.number()).append(')');
        if (opIndex >= 0 && pid != null) {
            sb.append(" at pid ").append(pid.value()).append(" op ").append(opIndex + 1);
            sb.append(", step ").append(step + 1);
        } else if (pid != null) {
            sb.append(" at end, pid ").append(pid.value());
        }
        return sb.append(": ").append(message).toString();
    }
}
