package dev.starstream.studio.ledger;

/** A registered listener; {@link #close()} unregisters it. */
@FunctionalInterface
public interface Subscription extends AutoCloseable {
    @Override
    void close();
}
