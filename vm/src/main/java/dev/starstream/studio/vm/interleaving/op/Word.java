package dev.starstream.studio.vm.interleaving.op;

import java.util.List;

/**
 * One word of the ref arena: four lanes. A lane is a u32 (RUNTIME A.9 P3), stored here as a
 * {@code long} in {@code [0, 2³²)} so that it prints and serialises as the unsigned number it is.
 * Use {@link #ofBits} to build a word from i32 bit patterns as wasm hands them over.
 */
public record Word(long lane0, long lane1, long lane2, long lane3) {
    public static final Word ZERO = new Word(0, 0, 0, 0);
    private static final long LANE_LIMIT = 1L << 32;

    public Word {
        check(lane0);
        check(lane1);
        check(lane2);
        check(lane3);
    }

    public static Word of(long lane0, long lane1, long lane2, long lane3) {
        return new Word(lane0, lane1, lane2, lane3);
    }

    /** A word from four i32 bit patterns (each read as unsigned). */
    public static Word ofBits(int lane0, int lane1, int lane2, int lane3) {
        return new Word(
                Integer.toUnsignedLong(lane0),
                Integer.toUnsignedLong(lane1),
                Integer.toUnsignedLong(lane2),
                Integer.toUnsignedLong(lane3));
    }

    /** Lane {@code i} (0–3). */
    public long lane(int i) {
        return switch (i) {
            case 0 -> lane0;
            case 1 -> lane1;
            case 2 -> lane2;
            case 3 -> lane3;
            default -> throw new IndexOutOfBoundsException("a word has lanes 0..3, asked for " + i);
        };
    }

    /** Lane {@code i} as the i32 bit pattern wasm uses. */
    public int bits(int i) {
        return (int) lane(i);
    }

    public List<Long> lanes() {
        return List.of(lane0, lane1, lane2, lane3);
    }

    @Override
    public String toString() {
        return "(" + lane0 + ", " + lane1 + ", " + lane2 + ", " + lane3 + ")";
    }

    private static void check(long lane) {
        if (lane < 0 || lane >= LANE_LIMIT) {
            throw new IllegalArgumentException("a lane is a u32, got " + lane);
        }
    }
}
