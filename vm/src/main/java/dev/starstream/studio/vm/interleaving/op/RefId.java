package dev.starstream.studio.vm.interleaving.op;

/**
 * A ref: the id of a payload in the transaction's append-only ref arena. Ids are allocated in
 * interleaved order from 0 by {@code NewRef}.
 *
 * @param value the id, {@code >= 0}
 */
public record RefId(long value) {
    public RefId {
        if (value < 0) {
            throw new IllegalArgumentException("a ref id is >= 0, got " + value);
        }
    }

    public static RefId of(long value) {
        return new RefId(value);
    }

    @Override
    public String toString() {
        return "r" + value;
    }
}
