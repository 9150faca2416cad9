package dev.starstream.studio.vm.ledger;

/**
 * The block a transaction run now is applied in (the one after the chain tip, not yet sealed). Its
 * height and slot are what {@code blockHeight()} and {@code currentSlot()} return during the run, and
 * what {@link TransactionEffects#blockHeight()} and {@link TransactionEffects#slot()} must record.
 */
public record PendingBlock(long height, long slot, long timeMillis) {}
