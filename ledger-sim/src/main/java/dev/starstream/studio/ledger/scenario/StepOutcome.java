package dev.starstream.studio.ledger.scenario;

import org.jspecify.annotations.Nullable;

/**
 * What one scenario step did: its number, a description, {@code committed} or the failure reason,
 * the transaction hash when one was applied, and what it saved under {@code as}.
 */
public record StepOutcome(int step, String description, String status, @Nullable String txHash, @Nullable String saved) {}
