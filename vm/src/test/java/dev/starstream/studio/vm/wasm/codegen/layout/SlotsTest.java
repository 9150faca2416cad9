package dev.starstream.studio.vm.wasm.codegen.layout;

import static dev.starstream.studio.vm.wasm.encode.ValType.I32;
import static dev.starstream.studio.vm.wasm.encode.ValType.I64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Flattening as docs/design/vm-abi.md §2 lays it down. */
class SlotsTest {
    private static final Type U8 = Type.of(IntKind.U8);
    private static final Type I64T = Type.of(IntKind.I64);
    private static final Type U32 = Type.of(IntKind.U32);

    @Test
    void scalarsTakeOneSlotAndUnitNone() {
        assertThat(Slots.of(U8)).containsExactly(I32);
        assertThat(Slots.of(Type.BOOL)).containsExactly(I32);
        assertThat(Slots.of(I64T)).containsExactly(I64);
        assertThat(Slots.of(Type.of(IntKind.U64))).containsExactly(I64);
        assertThat(Slots.of(Type.UNIT)).isEmpty();
        assertThat(Slots.of(new Type.Utxo("Bill", "m"))).containsExactly(I32);
        assertThat(Slots.of(new Type.AnyToken())).containsExactly(I32);
    }

    @Test
    void tuplesAndStructsConcatenateTheirPartsInDeclaredOrder() {
        Type.Struct point = new Type.Struct("Point", "m", List.of(new Type.Field("x", I64T), new Type.Field("flag", Type.BOOL),
                new Type.Field("u", Type.UNIT), new Type.Field("y", U8)));
        Type.Tuple pair = new Type.Tuple(List.of(point, I64T));
        assertThat(Slots.of(point)).containsExactly(I64, I32, I32);
        assertThat(Slots.of(pair)).containsExactly(I64, I32, I32, I64);
        assertThat(Slots.fieldOffset(point, 3)).isEqualTo(2);
        assertThat(Slots.elementOffset(pair, 1)).isEqualTo(3);
    }

    @Test
    void enumsAreATagFollowedByTheOverlaidPayloadArea() {
        Type.Enum shape = new Type.Enum("Shape", "m", List.of(
                new Type.Variant("Empty", Type.PayloadKind.UNIT, List.of()),
                new Type.Variant("A", Type.PayloadKind.TUPLE, List.of(new Type.Field("0", U32), new Type.Field("1", I64T))),
                new Type.Variant("B", Type.PayloadKind.STRUCT, List.of(new Type.Field("w", I64T), new Type.Field("h", U32),
                        new Type.Field("d", U8)))));
        assertThat(Slots.of(shape)).containsExactly(I32, I64, I64, I32);
        EnumShape layout = EnumShape.of(shape);
        assertThat(layout.variants()).containsExactly(List.of(), List.of(I32, I64), List.of(I64, I32, I32));
        assertThat(EnumShape.payloadOffset(shape.variants().get(2), 2)).isEqualTo(2);
    }

    @Test
    void optionOfUnitIsJustItsTag() {
        Type.Enum option = new Type.Enum("Option", "prelude", List.of(
                new Type.Variant("None", Type.PayloadKind.UNIT, List.of()),
                new Type.Variant("Some", Type.PayloadKind.TUPLE, List.of(new Type.Field("0", Type.UNIT)))));
        assertThat(Slots.of(option)).containsExactly(I32);
    }

    @Test
    void functionsAndErrorsAreNotValues() {
        assertThatThrownBy(() -> Slots.of(Type.ERROR)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Slots.of(new Type.Function(Type.FunctionKind.FN, List.of(), Type.UNIT)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
