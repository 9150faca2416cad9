package dev.starstream.studio.vm.interleaving;

/** The outcome of feeding one operation to the machine. */
public sealed interface StepResult {
    /**
     * The operation was legal and took effect.
     *
     * @param step its global step (0-based)
     * @param index its index in its process's trace (0-based)
     */
    record Accepted(long step, int index) implements StepResult {}

    /** The operation broke a rule and did not take effect; the machine stays stopped at it. */
    record Rejected(Violation violation) implements StepResult {}

    default boolean accepted() {
        return this instanceof Accepted;
    }
}
