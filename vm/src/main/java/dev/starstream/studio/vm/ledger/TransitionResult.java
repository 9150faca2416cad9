package dev.starstream.studio.vm.ledger;

/** The outcome of checking a transaction against a ledger state: a plan to apply, or why not. */
public sealed interface TransitionResult {
    record Planned(TransitionPlan plan) implements TransitionResult {}

    record Refused(Rejection rejection) implements TransitionResult {}
}
