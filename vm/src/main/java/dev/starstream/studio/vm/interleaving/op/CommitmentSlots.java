package dev.starstream.studio.vm.interleaving.op;

/**
 * The seven argument slots a0..a6 that the per-process commitment hashes after the discriminant
 * (RUNTIME B §3.2). Each slot holds a raw unsigned 64-bit value; hash limbs are stored as they are
 * (the prover maps them into the field), optional pids as {@code pid + 1} with 0 for none, and an
 * output that was never resolved as 0.
 */
public record CommitmentSlots(long a0, long a1, long a2, long a3, long a4, long a5, long a6) {
    public static final CommitmentSlots ZERO = new CommitmentSlots(0, 0, 0, 0, 0, 0, 0);

    /** Slots a0..a2 given, a3..a6 the four limbs of {@code hash}. */
    static CommitmentSlots withHash(long a0, long a1, long a2, Hash hash) {
        return new CommitmentSlots(a0, a1, a2, hash.limb0(), hash.limb1(), hash.limb2(), hash.limb3());
    }

    /** Slot {@code i} (0–6). */
    public long slot(int i) {
        return switch (i) {
            case 0 -> a0;
            case 1 -> a1;
            case 2 -> a2;
            case 3 -> a3;
            case 4 -> a4;
            case 5 -> a5;
            case 6 -> a6;
            default -> throw new IndexOutOfBoundsException("slots are a0..a6, asked for a" + i);
        };
    }

    public long[] toArray() {
        return new long[] {a0, a1, a2, a3, a4, a5, a6};
    }
}
