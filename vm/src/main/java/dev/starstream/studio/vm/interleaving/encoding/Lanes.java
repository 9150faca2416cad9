package dev.starstream.studio.vm.interleaving.encoding;

import dev.starstream.studio.vm.interleaving.op.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Lanes ↔ words (RUNTIME A.9 P3, B §2.8): a value is encoded as a sequence of u32 lanes, packed into
 * words of four lanes with the last word zero-padded. A lane is held in a {@code long} in
 * {@code [0, 2³²)}. The value-level encoding of Starstream types (which lanes a struct or enum
 * becomes) lives with the code generator; {@link LaneWriter} and {@link LaneReader} cover the
 * scalar rules: 64-bit integers as {@code [lo32, hi32]}, 32-bit and narrower as the i32 bit
 * pattern, bool as {@code [0|1]}, a handle as {@code [pid]}.
 */
public final class Lanes {
    private Lanes() {}

    /** The number of words that {@code laneCount} lanes occupy. */
    public static int wordCount(int laneCount) {
        if (laneCount < 0) {
            throw new IllegalArgumentException("a lane count is >= 0, got " + laneCount);
        }
        return (laneCount + 3) / 4;
    }

    /** Packs lanes into words, zero-padding the last one. Zero lanes give zero words. */
    public static List<Word> toWords(long[] lanes) {
        List<Word> words = new ArrayList<>(wordCount(lanes.length));
        for (int i = 0; i < lanes.length; i += 4) {
            words.add(new Word(lane(lanes, i), lane(lanes, i + 1), lane(lanes, i + 2), lane(lanes, i + 3)));
        }
        return List.copyOf(words);
    }

    /** Packs lanes into words, zero-padding the last one. */
    public static List<Word> toWords(List<Long> lanes) {
        long[] array = new long[lanes.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = lanes.get(i);
        }
        return toWords(array);
    }

    /** Every lane of {@code words}, padding included. */
    public static long[] fromWords(List<Word> words) {
        long[] lanes = new long[4 * words.size()];
        for (int w = 0; w < words.size(); w++) {
            Word word = words.get(w);
            for (int i = 0; i < 4; i++) {
                lanes[4 * w + i] = word.lane(i);
            }
        }
        return lanes;
    }

    /**
     * The first {@code laneCount} lanes of {@code words}: the inverse of {@link #toWords(long[])}.
     *
     * @throws IllegalArgumentException if the words hold a different number of words than
     *     {@code laneCount} needs, or a padding lane is not zero
     */
    public static long[] fromWords(List<Word> words, int laneCount) {
        if (words.size() != wordCount(laneCount)) {
            throw new IllegalArgumentException(
                    laneCount + " lanes take " + wordCount(laneCount) + " words, got " + words.size());
        }
        long[] all = fromWords(words);
        for (int i = laneCount; i < all.length; i++) {
            if (all[i] != 0) {
                throw new IllegalArgumentException("padding lane " + i + " is " + all[i] + ", not 0");
            }
        }
        long[] lanes = new long[laneCount];
        System.arraycopy(all, 0, lanes, 0, laneCount);
        return lanes;
    }

    /** The lanes of a 64-bit integer: {@code [lo32, hi32]}. */
    public static long[] ofLong(long value) {
        return new long[] {value & 0xFFFF_FFFFL, value >>> 32};
    }

    /** The 64-bit integer whose lanes are {@code lo} and {@code hi}. */
    public static long toLong(long lo, long hi) {
        return (hi << 32) | (lo & 0xFFFF_FFFFL);
    }

    /** The lane of a 32-bit (or narrower) integer: its i32 bit pattern read as unsigned. */
    public static long ofInt(int value) {
        return Integer.toUnsignedLong(value);
    }

    private static long lane(long[] lanes, int i) {
        return i < lanes.length ? lanes[i] : 0;
    }
}
