package dev.starstream.studio.vm.interleaving.encoding;

import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.Word;
import java.util.List;

/**
 * Reads the lanes of a value back in the order a {@link LaneWriter} wrote them. Not thread-safe.
 */
public final class LaneReader {
    private final long[] lanes;
    private int next;

    public LaneReader(List<Word> words) {
        this.lanes = Lanes.fromWords(words);
    }

    public LaneReader(long[] lanes) {
        this.lanes = lanes.clone();
    }

    /** The next lane as its unsigned value. */
    public long lane() {
        if (next >= lanes.length) {
            throw new IllegalStateException("no lane left: all " + lanes.length + " lanes were read");
        }
        return lanes[next++];
    }

    /** The next lane as an i32 bit pattern. */
    public int u32() {
        return (int) lane();
    }

    /** The next two lanes as a 64-bit integer. */
    public long u64() {
        long lo = lane();
        return Lanes.toLong(lo, lane());
    }

    public boolean bool() {
        long v = lane();
        if (v > 1) {
            throw new IllegalStateException("a bool lane is 0 or 1, got " + v);
        }
        return v == 1;
    }

    public ProcessId handle() {
        long v = lane();
        if (v > Integer.MAX_VALUE) {
            throw new IllegalStateException("a handle lane is a pid, got " + v);
        }
        return new ProcessId((int) v);
    }

    /** How many lanes are left (padding included). */
    public int remaining() {
        return lanes.length - next;
    }
}
