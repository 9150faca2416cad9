package dev.starstream.studio.vm.runtime.values;

import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.wasm.encode.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * How many wasm slots and ref lanes a type takes (docs/design/vm-abi.md §2–§3): integers of 64 bits
 * one {@code i64} slot and two lanes, narrower integers, bool and handles one {@code i32} slot and
 * one lane, unit nothing, tuples and structs the concatenation of their parts, enums an {@code i32}
 * tag followed by the payload area (the variants' payload slots overlaid position by position, a
 * position being {@code i64} when any variant has an {@code i64} there) and, as lanes, the tag and the
 * widest variant's payload lanes.
 */
public final class ValueLayout {
    private ValueLayout() {}

    /** Whether values of {@code type} are process handles (one {@code i32} pid). */
    public static boolean isHandle(Type type) {
        return type instanceof Type.Utxo || type instanceof Type.AnyUtxo || type instanceof Type.Token
                || type instanceof Type.AnyToken || type instanceof Type.Abi;
    }

    /** The wasm slot types of {@code type}, in order. */
    public static List<ValType> slots(Type type) {
        List<ValType> out = new ArrayList<>();
        addSlots(type, out);
        return List.copyOf(out);
    }

    /** The slot types of a parameter list, concatenated. */
    public static List<ValType> slots(List<Type> types) {
        List<ValType> out = new ArrayList<>();
        for (Type t : types) {
            addSlots(t, out);
        }
        return List.copyOf(out);
    }

    public static int slotCount(Type type) {
        return slots(type).size();
    }

    /** The number of u32 lanes {@code type} takes in a ref (fixed for every type, A.9 P3). */
    public static int laneCount(Type type) {
        return switch (type) {
            case Type.Int i -> i.kind().isWide() ? 2 : 1;
            case Type.Bool b -> 1;
            case Type.Unit u -> 0;
            case Type.Tuple t -> t.elements().stream().mapToInt(ValueLayout::laneCount).sum();
            case Type.Struct s -> s.fields().stream().mapToInt(f -> laneCount(f.type())).sum();
            case Type.Enum e -> 1 + e.variants().stream().mapToInt(ValueLayout::payloadLanes).max().orElse(0);
            case Type.Utxo u -> 1;
            case Type.AnyUtxo u -> 1;
            case Type.Token t -> 1;
            case Type.AnyToken t -> 1;
            case Type.Abi a -> 1;
            case Type.Function f -> throw notAValue(type);
            case Type.Error e -> throw notAValue(type);
        };
    }

    /** The lane count of a parameter list (an argument tuple). */
    public static int laneCount(List<Type> types) {
        return types.stream().mapToInt(ValueLayout::laneCount).sum();
    }

    /** The payload slots of one variant, concatenated in declaration order. */
    static List<ValType> payloadSlots(Type.Variant variant) {
        List<ValType> out = new ArrayList<>();
        for (Type.Field f : variant.payload()) {
            addSlots(f.type(), out);
        }
        return out;
    }

    static int payloadLanes(Type.Variant variant) {
        return variant.payload().stream().mapToInt(f -> laneCount(f.type())).sum();
    }

    /** The payload area of an enum: per position, {@code i64} if any variant has an {@code i64} there. */
    static List<ValType> payloadArea(Type.Enum e) {
        List<ValType> area = new ArrayList<>();
        for (Type.Variant v : e.variants()) {
            List<ValType> own = payloadSlots(v);
            for (int i = 0; i < own.size(); i++) {
                if (i == area.size()) {
                    area.add(own.get(i));
                } else if (own.get(i) == ValType.I64) {
                    area.set(i, ValType.I64);
                }
            }
        }
        return area;
    }

    private static void addSlots(Type type, List<ValType> out) {
        switch (type) {
            case Type.Int i -> out.add(i.kind().isWide() ? ValType.I64 : ValType.I32);
            case Type.Bool b -> out.add(ValType.I32);
            case Type.Unit u -> { }
            case Type.Tuple t -> t.elements().forEach(e -> addSlots(e, out));
            case Type.Struct s -> s.fields().forEach(f -> addSlots(f.type(), out));
            case Type.Enum e -> {
                out.add(ValType.I32);
                out.addAll(payloadArea(e));
            }
            case Type.Utxo u -> out.add(ValType.I32);
            case Type.AnyUtxo u -> out.add(ValType.I32);
            case Type.Token t -> out.add(ValType.I32);
            case Type.AnyToken t -> out.add(ValType.I32);
            case Type.Abi a -> out.add(ValType.I32);
            case Type.Function f -> throw notAValue(type);
            case Type.Error e -> throw notAValue(type);
        }
    }

    private static IllegalArgumentException notAValue(Type type) {
        return new IllegalArgumentException(Type.display(type) + " has no runtime representation");
    }
}
