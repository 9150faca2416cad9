package dev.starstream.studio.vm.wasm.codegen.layout;

import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.wasm.encode.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * How a Starstream value is laid out as wasm scalars ("slots", docs/design/vm-abi.md §2): narrow
 * integers and {@code bool} in one {@code i32} (normalised: sign- or zero-extended), 64-bit integers in
 * one {@code i64}, unit in nothing, tuples and structs as the concatenation of their parts, handles as
 * one {@code i32} pid, enums as an {@code i32} tag followed by the {@linkplain EnumShape payload area}.
 */
public final class Slots {
    private Slots() {}

    /** The slot types of a value of {@code type}, in order. */
    public static List<ValType> of(Type type) {
        List<ValType> out = new ArrayList<>();
        append(type, out);
        return List.copyOf(out);
    }

    /** The slot types of several values laid out one after another (parameters, payloads). */
    public static List<ValType> ofAll(List<Type> types) {
        List<ValType> out = new ArrayList<>();
        types.forEach(t -> append(t, out));
        return List.copyOf(out);
    }

    public static int count(Type type) {
        return of(type).size();
    }

    /** The first slot of element {@code index} of a tuple, counted from the tuple's first slot. */
    public static int elementOffset(Type.Tuple tuple, int index) {
        int offset = 0;
        for (int i = 0; i < index; i++) {
            offset += count(tuple.elements().get(i));
        }
        return offset;
    }

    /** The first slot of field {@code index} of a struct, counted from the struct's first slot. */
    public static int fieldOffset(Type.Struct struct, int index) {
        int offset = 0;
        for (int i = 0; i < index; i++) {
            offset += count(struct.fields().get(i).type());
        }
        return offset;
    }

    /** The component types of a tuple or struct, in slot order. */
    public static List<Type> components(Type type) {
        return switch (type) {
            case Type.Tuple t -> t.elements();
            case Type.Struct s -> s.fields().stream().map(Type.Field::type).toList();
            default -> throw new IllegalArgumentException(Type.display(type) + " has no components");
        };
    }

    private static void append(Type type, List<ValType> out) {
        switch (type) {
            case Type.Int i -> out.add(i.kind().isWide() ? ValType.I64 : ValType.I32);
            case Type.Bool b -> out.add(ValType.I32);
            case Type.Unit u -> { }
            case Type.Tuple t -> t.elements().forEach(e -> append(e, out));
            case Type.Struct s -> s.fields().forEach(f -> append(f.type(), out));
            case Type.Enum e -> {
                out.add(ValType.I32);
                out.addAll(EnumShape.of(e).area());
            }
            case Type.Utxo u -> out.add(ValType.I32);
            case Type.AnyUtxo u -> out.add(ValType.I32);
            case Type.Token t -> out.add(ValType.I32);
            case Type.AnyToken t -> out.add(ValType.I32);
            case Type.Abi a -> out.add(ValType.I32);
            case Type.Function f -> throw new IllegalArgumentException("a function is not a value: " + Type.display(f));
            case Type.Error e -> throw new IllegalArgumentException("an unchecked program reached the code generator");
        }
    }
}
