package dev.starstream.studio.vm.interleaving;

import dev.starstream.studio.vm.interleaving.op.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The transaction's append-only arena of 4-lane words. Refs are numbered from 0 in creation order;
 * each has a base lane and a size in words. Lanes are stored as i32 bit patterns and grow only as
 * words are written, so a huge {@code NewRef} costs nothing until it is filled (and it can only be
 * filled one {@code RefPush} per word). Unwritten lanes read as 0.
 */
final class RefArena {
    /** The arena never grows past this many lanes (rule 38 refuses the ref that would). */
    static final long MAX_LANES = Integer.MAX_VALUE - 64L;

    private long[] bases = new long[16];
    private int[] sizes = new int[16];
    private int count;
    private long length;
    private int[] lanes = new int[64];

    long next() {
        return count;
    }

    boolean exists(long ref) {
        return ref >= 0 && ref < count;
    }

    int size(long ref) {
        return sizes[(int) ref];
    }

    /** Whether a ref of {@code size} words still fits. */
    boolean fits(int size) {
        return length + 4L * size <= MAX_LANES;
    }

    long create(int size) {
        if (count == sizes.length) {
            bases = Arrays.copyOf(bases, 2 * count);
            sizes = Arrays.copyOf(sizes, 2 * count);
        }
        bases[count] = length;
        sizes[count] = size;
        length += 4L * size;
        return count++;
    }

    void write(long ref, int word, Word value) {
        int at = (int) (bases[(int) ref] + 4L * word);
        if (at + 4 > lanes.length) {
            lanes = Arrays.copyOf(lanes, Math.max(2 * lanes.length, at + 4));
        }
        lanes[at] = (int) value.lane0();
        lanes[at + 1] = (int) value.lane1();
        lanes[at + 2] = (int) value.lane2();
        lanes[at + 3] = (int) value.lane3();
    }

    Word read(long ref, int word) {
        long at = bases[(int) ref] + 4L * word;
        return Word.ofBits(lane(at), lane(at + 1), lane(at + 2), lane(at + 3));
    }

    /** Whether word {@code word} of {@code ref} holds exactly {@code value} (no allocation). */
    boolean holds(long ref, int word, Word value) {
        long at = bases[(int) ref] + 4L * word;
        return lane(at) == (int) value.lane0()
                && lane(at + 1) == (int) value.lane1()
                && lane(at + 2) == (int) value.lane2()
                && lane(at + 3) == (int) value.lane3();
    }

    /** Whether two refs have the same size and the same lanes. */
    boolean sameContents(long a, long b) {
        int size = sizes[(int) a];
        if (size != sizes[(int) b]) {
            return false;
        }
        long baseA = bases[(int) a];
        long baseB = bases[(int) b];
        for (long i = 0; i < 4L * size; i++) {
            if (lane(baseA + i) != lane(baseB + i)) {
                return false;
            }
        }
        return true;
    }

    List<Word> words(long ref) {
        int size = sizes[(int) ref];
        List<Word> words = new ArrayList<>(size);
        for (int w = 0; w < size; w++) {
            words.add(read(ref, w));
        }
        return words;
    }

    private int lane(long at) {
        return at < lanes.length ? lanes[(int) at] : 0;
    }
}
