package dev.starstream.studio.vm.interleaving.encoding;

import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.Word;
import java.util.Arrays;
import java.util.List;

/**
 * Builds the lanes of a value in order (RUNTIME A.9 P3) and packs them into words, e.g. the
 * argument tuple {@code (7u32, 3u64)} is {@code new LaneWriter().u32(7).u64(3).words()} =
 * {@code [(7, 3, 0, 0)]}. Not thread-safe; one writer per value.
 */
public final class LaneWriter {
    private long[] lanes = new long[8];
    private int size;

    /** A 32-bit or narrower integer (signed values as their i32 bit pattern). */
    public LaneWriter u32(int value) {
        return lane(Lanes.ofInt(value));
    }

    /** A 32-bit or narrower integer given as its unsigned value in {@code [0, 2³²)}. */
    public LaneWriter lane(long value) {
        if (value < 0 || value >= (1L << 32)) {
            throw new IllegalArgumentException("a lane is a u32, got " + value);
        }
        if (size == lanes.length) {
            lanes = Arrays.copyOf(lanes, 2 * size);
        }
        lanes[size++] = value;
        return this;
    }

    /** A 64-bit integer: {@code lo32, hi32}. */
    public LaneWriter u64(long value) {
        long[] pair = Lanes.ofLong(value);
        return lane(pair[0]).lane(pair[1]);
    }

    /** A bool: {@code 0} or {@code 1}. */
    public LaneWriter bool(boolean value) {
        return lane(value ? 1 : 0);
    }

    /** A utxo or token handle: its pid. */
    public LaneWriter handle(ProcessId pid) {
        return lane(pid.value());
    }

    /** The lanes written so far. */
    public long[] lanes() {
        return Arrays.copyOf(lanes, size);
    }

    /** The lanes packed into words (last word zero-padded; none for no lanes). */
    public List<Word> words() {
        return Lanes.toWords(lanes());
    }
}
