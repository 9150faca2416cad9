package dev.starstream.studio.vm.runtime.values;

import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.wasm.encode.ValType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Values ↔ wasm slots ↔ ref lanes (docs/design/vm-abi.md §2–§3, RUNTIME A.9 P3), driven by
 * {@link Type}.
 *
 * <p>Slots are held as Chicory holds them: an {@code i32} slot as the int sign-extended to a long,
 * an {@code i64} slot as the long. Inside an enum's payload area a 32-bit value placed at an
 * {@code i64} position is zero-extended ({@code i64.extend_i32_u}) and read back from its low 32 bits.
 * Lanes are u32 words held as their i32 bit patterns: a 64-bit integer is {@code [lo32, hi32]}, a
 * narrower integer its normalised i32 pattern, a bool {@code 0|1}, a handle its pid, an enum its tag
 * followed by the variant's payload lanes padded with zeros to the widest variant.
 *
 * <p>Decoding never trusts its input: a bool lane other than 0 or 1, an enum tag out of range, a
 * negative pid or too few slots or lanes throw {@link ValueDecodeException}.
 */
public final class ValueCodec {
    private ValueCodec() {}

    // ------------------------------------------------------------------ slots

    /** The slots of {@code value}. */
    public static long[] toSlots(Value value) {
        LongList out = new LongList();
        writeSlots(value, out);
        return out.toArray();
    }

    /** The slots of several values (a parameter list), concatenated. */
    public static long[] toSlots(List<Value> values) {
        LongList out = new LongList();
        values.forEach(v -> writeSlots(v, out));
        return out.toArray();
    }

    /** The value of {@code type} held in {@code slots} (exactly its slots). */
    public static Value fromSlots(Type type, long[] slots) {
        Cursor in = new Cursor(slots, "slots");
        Value value = readSlots(type, in);
        in.expectEnd(type);
        return value;
    }

    /** The values of a parameter list held in {@code slots}, in order. */
    public static List<Value> fromSlots(List<Type> types, long[] slots) {
        Cursor in = new Cursor(slots, "slots");
        List<Value> values = new ArrayList<>(types.size());
        for (Type t : types) {
            values.add(readSlots(t, in));
        }
        in.expectEnd(null);
        return List.copyOf(values);
    }

    private static void writeSlots(Value value, LongList out) {
        switch (value) {
            case Value.Int i -> out.add(i.kind().isWide() ? i.bits() : (long) (int) i.bits());
            case Value.Bool b -> out.add(b.value() ? 1 : 0);
            case Value.Unit u -> { }
            case Value.Tuple t -> t.elements().forEach(e -> writeSlots(e, out));
            case Value.Struct s -> s.fields().forEach(f -> writeSlots(f, out));
            case Value.Variant v -> {
                out.add(v.tag());
                List<ValType> area = ValueLayout.payloadArea(v.type());
                LongList own = new LongList();
                v.payload().forEach(p -> writeSlots(p, own));
                List<ValType> ownTypes = ValueLayout.payloadSlots(v.variant());
                for (int i = 0; i < area.size(); i++) {
                    if (i >= own.size()) {
                        out.add(0);
                    } else if (area.get(i) == ValType.I64 && ownTypes.get(i) == ValType.I32) {
                        out.add(Integer.toUnsignedLong((int) own.get(i)));
                    } else {
                        out.add(own.get(i));
                    }
                }
            }
            case Value.Handle h -> out.add(h.pid());
            case Value.InputRef r -> throw new IllegalArgumentException(
                    "the input " + r.id() + " has no pid yet; the runtime numbers inputs before encoding");
        }
    }

    private static Value readSlots(Type type, Cursor in) {
        return switch (type) {
            case Type.Int i -> new Value.Int(i.kind(), in.next(type));
            case Type.Bool b -> Value.Bool.of(in.next(type) != 0);
            case Type.Unit u -> Value.Unit.INSTANCE;
            case Type.Tuple t -> {
                List<Value> elements = new ArrayList<>();
                for (Type e : t.elements()) {
                    elements.add(readSlots(e, in));
                }
                yield new Value.Tuple(t, elements);
            }
            case Type.Struct s -> {
                List<Value> fields = new ArrayList<>();
                for (Type.Field f : s.fields()) {
                    fields.add(readSlots(f.type(), in));
                }
                yield new Value.Struct(s, fields);
            }
            case Type.Enum e -> {
                int tag = (int) in.next(type);
                int areaSize = ValueLayout.payloadArea(e).size();
                long[] area = in.take(areaSize, type);
                if (tag < 0 || tag >= e.variants().size()) {
                    throw new ValueDecodeException("tag " + Integer.toUnsignedString(tag) + " is not a variant of "
                            + Type.display(e) + " (it has " + e.variants().size() + ")");
                }
                Type.Variant variant = e.variants().get(tag);
                Cursor payload = new Cursor(area, "payload slots");
                List<Value> values = new ArrayList<>();
                for (Type.Field f : variant.payload()) {
                    values.add(readSlots(f.type(), payload));
                }
                yield new Value.Variant(e, tag, values);
            }
            case Type.Utxo u -> handle(type, in.next(type));
            case Type.AnyUtxo u -> handle(type, in.next(type));
            case Type.Token t -> handle(type, in.next(type));
            case Type.AnyToken t -> handle(type, in.next(type));
            case Type.Abi a -> handle(type, in.next(type));
            case Type.Function f -> throw new ValueDecodeException(Type.display(type) + " is not a value type");
            case Type.Error x -> throw new ValueDecodeException("a value of unknown type cannot be decoded");
        };
    }

    private static Value handle(Type type, long slot) {
        int pid = (int) slot;
        if (pid < 0) {
            throw new ValueDecodeException("a handle is a pid >= 0, got " + pid);
        }
        return new Value.Handle(type, pid);
    }

    /**
     * The value of {@code type} held in the words of a storage record (vm-abi §7): its slots as state
     * globals, an {@code i64} slot as two words (lo, hi), an {@code i32} slot as one.
     */
    public static Value fromSlotWords(Type type, int[] words) {
        List<ValType> slotTypes = ValueLayout.slots(type);
        long[] slots = new long[slotTypes.size()];
        int at = 0;
        for (int i = 0; i < slots.length; i++) {
            int need = slotTypes.get(i) == ValType.I64 ? 2 : 1;
            if (at + need > words.length) {
                throw new ValueDecodeException("too few record words for " + Type.display(type) + ": " + words.length);
            }
            slots[i] = need == 2 ? (Integer.toUnsignedLong(words[at]) | ((long) words[at + 1] << 32)) : words[at];
            at += need;
        }
        if (at != words.length) {
            throw new ValueDecodeException((words.length - at) + " record words left over after " + Type.display(type));
        }
        return fromSlots(type, slots);
    }

    /** The number of storage-record words a value of {@code type} takes (its slots, an {@code i64} as two). */
    public static int slotWordCount(Type type) {
        return ValueLayout.slots(type).stream().mapToInt(t -> t == ValType.I64 ? 2 : 1).sum();
    }

    // ------------------------------------------------------------------ lanes

    /** The lanes of {@code value} (A.9 P3), as i32 bit patterns. */
    public static int[] toLanes(Value value) {
        IntList out = new IntList();
        writeLanes(value, out);
        return out.toArray();
    }

    /** The lanes of an argument tuple: every value's lanes, concatenated. */
    public static int[] toLanes(List<Value> values) {
        IntList out = new IntList();
        values.forEach(v -> writeLanes(v, out));
        return out.toArray();
    }

    /** The value of {@code type} held in exactly {@code lanes}. */
    public static Value fromLanes(Type type, int[] lanes) {
        Cursor in = new Cursor(widen(lanes), "lanes");
        Value value = readLanes(type, in);
        in.expectEnd(type);
        return value;
    }

    /** The values of an argument tuple held in exactly {@code lanes}. */
    public static List<Value> fromLanes(List<Type> types, int[] lanes) {
        Cursor in = new Cursor(widen(lanes), "lanes");
        List<Value> values = new ArrayList<>(types.size());
        for (Type t : types) {
            values.add(readLanes(t, in));
        }
        in.expectEnd(null);
        return List.copyOf(values);
    }

    private static void writeLanes(Value value, IntList out) {
        switch (value) {
            case Value.Int i -> {
                if (i.kind().isWide()) {
                    out.add((int) i.bits());
                    out.add((int) (i.bits() >>> 32));
                } else {
                    out.add((int) i.bits());
                }
            }
            case Value.Bool b -> out.add(b.value() ? 1 : 0);
            case Value.Unit u -> { }
            case Value.Tuple t -> t.elements().forEach(e -> writeLanes(e, out));
            case Value.Struct s -> s.fields().forEach(f -> writeLanes(f, out));
            case Value.Variant v -> {
                out.add(v.tag());
                int start = out.size();
                v.payload().forEach(p -> writeLanes(p, out));
                int width = ValueLayout.laneCount(v.type()) - 1;
                while (out.size() - start < width) {
                    out.add(0);
                }
            }
            case Value.Handle h -> out.add(h.pid());
            case Value.InputRef r -> throw new IllegalArgumentException(
                    "the input " + r.id() + " has no pid yet; the runtime numbers inputs before encoding");
        }
    }

    private static Value readLanes(Type type, Cursor in) {
        return switch (type) {
            case Type.Int i -> {
                if (i.kind().isWide()) {
                    long lo = in.next(type) & 0xFFFF_FFFFL;
                    long hi = in.next(type) & 0xFFFF_FFFFL;
                    yield new Value.Int(i.kind(), (hi << 32) | lo);
                }
                yield new Value.Int(i.kind(), in.next(type));
            }
            case Type.Bool b -> {
                long lane = in.next(type) & 0xFFFF_FFFFL;
                if (lane > 1) {
                    throw new ValueDecodeException("a bool lane is 0 or 1, got " + lane);
                }
                yield Value.Bool.of(lane == 1);
            }
            case Type.Unit u -> Value.Unit.INSTANCE;
            case Type.Tuple t -> {
                List<Value> elements = new ArrayList<>();
                for (Type e : t.elements()) {
                    elements.add(readLanes(e, in));
                }
                yield new Value.Tuple(t, elements);
            }
            case Type.Struct s -> {
                List<Value> fields = new ArrayList<>();
                for (Type.Field f : s.fields()) {
                    fields.add(readLanes(f.type(), in));
                }
                yield new Value.Struct(s, fields);
            }
            case Type.Enum e -> {
                int tag = (int) in.next(type);
                long[] area = in.take(ValueLayout.laneCount(e) - 1, type);
                if (tag < 0 || tag >= e.variants().size()) {
                    throw new ValueDecodeException("tag " + Integer.toUnsignedString(tag) + " is not a variant of "
                            + Type.display(e) + " (it has " + e.variants().size() + ")");
                }
                Cursor payload = new Cursor(area, "payload lanes");
                List<Value> values = new ArrayList<>();
                for (Type.Field f : e.variants().get(tag).payload()) {
                    values.add(readLanes(f.type(), payload));
                }
                yield new Value.Variant(e, tag, values);
            }
            case Type.Utxo u -> handle(type, in.next(type));
            case Type.AnyUtxo u -> handle(type, in.next(type));
            case Type.Token t -> handle(type, in.next(type));
            case Type.AnyToken t -> handle(type, in.next(type));
            case Type.Abi a -> handle(type, in.next(type));
            case Type.Function f -> throw new ValueDecodeException(Type.display(type) + " is not a value type");
            case Type.Error x -> throw new ValueDecodeException("a value of unknown type cannot be decoded");
        };
    }

    // ------------------------------------------------------------------ slots ↔ lanes directly

    /** The lanes of the value of {@code types} held in {@code slots} (what the host pushes into a ref). */
    public static int[] slotsToLanes(List<Type> types, long[] slots) {
        return toLanes(fromSlots(types, slots));
    }

    /** The slots of the value of {@code types} held in {@code lanes} (what the host hands to wasm). */
    public static long[] lanesToSlots(List<Type> types, int[] lanes) {
        return toSlots(fromLanes(types, lanes));
    }

    private static long[] widen(int[] lanes) {
        long[] out = new long[lanes.length];
        for (int i = 0; i < lanes.length; i++) {
            out[i] = lanes[i];
        }
        return out;
    }

    /** Reads slots or lanes in order. */
    private static final class Cursor {
        private final long[] items;
        private final String what;
        private int next;

        Cursor(long[] items, String what) {
            this.items = items;
            this.what = what;
        }

        long next(Type type) {
            if (next >= items.length) {
                throw new ValueDecodeException("too few " + what + " for " + Type.display(type) + ": only " + items.length);
            }
            return items[next++];
        }

        long[] take(int count, Type type) {
            if (next + count > items.length) {
                throw new ValueDecodeException("too few " + what + " for " + Type.display(type) + ": only " + items.length);
            }
            long[] out = Arrays.copyOfRange(items, next, next + count);
            next += count;
            return out;
        }

        void expectEnd(@Nullable Type type) {
            if (next != items.length) {
                throw new ValueDecodeException((items.length - next) + " " + what + " left over after "
                        + (type == null ? "the values" : Type.display(type)));
            }
        }
    }

    private static final class LongList {
        private long[] items = new long[8];
        private int size;

        void add(long value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, 2 * size);
            }
            items[size++] = value;
        }

        long get(int i) {
            return items[i];
        }

        int size() {
            return size;
        }

        long[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }

    private static final class IntList {
        private int[] items = new int[8];
        private int size;

        void add(int value) {
            if (size == items.length) {
                items = Arrays.copyOf(items, 2 * size);
            }
            items[size++] = value;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(items, size);
        }
    }
}
