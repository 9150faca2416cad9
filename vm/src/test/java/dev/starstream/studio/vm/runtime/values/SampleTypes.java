package dev.starstream.studio.vm.runtime.values;

import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.List;

/** Types used across the value tests. */
final class SampleTypes {
    static final Type U8 = Type.of(IntKind.U8);
    static final Type I8 = Type.of(IntKind.I8);
    static final Type U32 = Type.of(IntKind.U32);
    static final Type I32 = Type.of(IntKind.I32);
    static final Type U64 = Type.of(IntKind.U64);
    static final Type I64 = Type.of(IntKind.I64);
    static final Type.Struct POINT = new Type.Struct("Point", "main",
            List.of(new Type.Field("x", I32), new Type.Field("y", I32)));
    static final Type.Enum COLOR = new Type.Enum("Color", "main", List.of(
            new Type.Variant("Red", Type.PayloadKind.UNIT, List.of()),
            new Type.Variant("Green", Type.PayloadKind.UNIT, List.of())));
    static final Type.Enum OPTION_U32 = option(U32);
    static final Type.Enum OPTION_U64 = option(U64);
    /** {@code enum Shape { Dot, Rect { w: u32, h: u64 }, Pair(u64, bool) }}: an area of [i64, i64]. */
    static final Type.Enum SHAPE = new Type.Enum("Shape", "main", List.of(
            new Type.Variant("Dot", Type.PayloadKind.UNIT, List.of()),
            new Type.Variant("Rect", Type.PayloadKind.STRUCT, List.of(new Type.Field("w", U32), new Type.Field("h", U64))),
            new Type.Variant("Pair", Type.PayloadKind.TUPLE, List.of(new Type.Field("0", U64), new Type.Field("1", Type.BOOL)))));
    static final Type.Struct PUBLIC_KEY = new Type.Struct("PublicKey", "starstream:std/types", List.of(
            new Type.Field("a", U64), new Type.Field("b", U64), new Type.Field("c", U64), new Type.Field("d", U64)));
    static final Type BILL = new Type.Utxo("Bill", "main");

    private SampleTypes() {}

    static Type.Enum option(Type payload) {
        return new Type.Enum("Option", "prelude", List.of(
                new Type.Variant("None", Type.PayloadKind.UNIT, List.of()),
                new Type.Variant("Some", Type.PayloadKind.TUPLE, List.of(new Type.Field("0", payload)))));
    }

    static Type.Tuple tuple(Type... elements) {
        return new Type.Tuple(List.of(elements));
    }
}
