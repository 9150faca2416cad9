package dev.starstream.studio.vm.runtime.values;

import static dev.starstream.studio.vm.runtime.values.SampleTypes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.starstream.studio.vm.interleaving.encoding.LaneWriter;
import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.wasm.encode.ValType;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueCodecTest {
    private final LiteralParser parse = new LiteralParser();

    @Test
    void chargeArgumentsBecomeTheWorkedExampleLanes() {
        List<Type> params = List.of(U32, U64);
        List<Value> args = List.of(new Value.Int(IntKind.U32, 7), new Value.Int(IntKind.U64, 3));

        assertThat(ValueCodec.toLanes(args)).containsExactly(7, 3, 0);
        assertThat(ValueCodec.toSlots(args)).containsExactly(7L, 3L);
        assertThat(ValueCodec.fromLanes(params, new int[] {7, 3, 0})).isEqualTo(args);
        long[] lanes = new LaneWriter().u32(7).u64(3).lanes();
        assertThat(ValueCodec.toLanes(args)).containsExactly((int) lanes[0], (int) lanes[1], (int) lanes[2]);
    }

    @Test
    void u64AboveTheSignedRangeKeepsItsBitsInSlotsAndLanes() {
        Value max = parse.parse(U64, "18446744073709551615");

        assertThat(ValueCodec.toSlots(max)).containsExactly(-1L);
        assertThat(ValueCodec.toLanes(max)).containsExactly(-1, -1);
        assertThat(((Value.Int) max).value()).hasToString("18446744073709551615");
        assertThat(ValueCodec.fromLanes(U64, new int[] {-1, -1})).isEqualTo(max);
    }

    @Test
    void narrowIntegersAreNormalisedByTheirSignedness() {
        assertThat(ValueCodec.toLanes(parse.parse(I8, "-1"))).containsExactly(-1);
        assertThat(ValueCodec.toLanes(parse.parse(U8, "255"))).containsExactly(255);
        assertThat(ValueCodec.fromSlots(I8, new long[] {0xFF})).isEqualTo(new Value.Int(IntKind.I8, -1));
        assertThat(ValueCodec.fromSlots(U8, new long[] {-1})).isEqualTo(new Value.Int(IntKind.U8, 255));
    }

    @Test
    void enumLanesArePaddedToTheWidestVariant() {
        Value none = parse.parse(OPTION_U64, "Option::None");
        Value some = parse.parse(OPTION_U64, "Option::Some(5)");

        assertThat(ValueLayout.laneCount(OPTION_U64)).isEqualTo(3);
        assertThat(ValueCodec.toLanes(none)).containsExactly(0, 0, 0);
        assertThat(ValueCodec.toLanes(some)).containsExactly(1, 5, 0);
        assertThat(ValueCodec.fromLanes(OPTION_U64, new int[] {1, 5, 0})).isEqualTo(some);
    }

    @Test
    void enumPayloadAreaOverlaysVariantsAndWidensI32PositionsUnderI64() {
        assertThat(ValueLayout.slots(SHAPE)).containsExactly(ValType.I32, ValType.I64, ValType.I64);
        Value rect = parse.parse(SHAPE, "Shape::Rect { h: 9, w: 4294967295 }");
        Value pair = parse.parse(SHAPE, "Shape::Pair(7, true)");

        assertThat(ValueCodec.toSlots(rect)).containsExactly(1L, 0xFFFF_FFFFL, 9L);
        assertThat(ValueCodec.toSlots(pair)).containsExactly(2L, 7L, 1L);
        assertThat(ValueCodec.toSlots(parse.parse(SHAPE, "Shape::Dot"))).containsExactly(0L, 0L, 0L);
        assertThat(ValueCodec.fromSlots(SHAPE, new long[] {1, 0xFFFF_FFFFL, 9})).isEqualTo(rect);
        assertThat(ValueLayout.laneCount(SHAPE)).isEqualTo(1 + 3);
        assertThat(ValueCodec.toLanes(rect)).containsExactly(1, -1, 9, 0);
        assertThat(ValueCodec.toLanes(pair)).containsExactly(2, 7, 0, 1);
    }

    @Test
    void structsAndTuplesConcatenateTheirParts() {
        Type.Tuple type = tuple(POINT, Type.BOOL, Type.UNIT, U64);
        Value value = parse.parse(type, "(Point { x: -2, y: 3 }, true, (), 4294967296)");

        assertThat(ValueCodec.toSlots(value)).containsExactly(-2L, 3L, 1L, 4294967296L);
        assertThat(ValueCodec.toLanes(value)).containsExactly(-2, 3, 1, 0, 1);
        assertThat(ValueCodec.fromSlots(type, ValueCodec.toSlots(value))).isEqualTo(value);
        assertThat(ValueCodec.fromLanes(type, ValueCodec.toLanes(value))).isEqualTo(value);
    }

    @Test
    void storageRecordWordsHoldSlotsNotLanes() {
        Value rect = parse.parse(SHAPE, "Shape::Rect { w: 4294967295, h: 9 }");

        assertThat(ValueCodec.slotWordCount(SHAPE)).isEqualTo(5);
        assertThat(ValueCodec.fromSlotWords(SHAPE, new int[] {1, -1, 0, 9, 0})).isEqualTo(rect);
        assertThat(ValueCodec.fromSlotWords(OPTION_U64, new int[] {1, 5, 1})).isEqualTo(
                parse.parse(OPTION_U64, "Option::Some(4294967301)"));
    }

    @Test
    void handlesArePidsInSlotsAndLanes() {
        Value handle = new Value.Handle(BILL, 3);

        assertThat(ValueCodec.toSlots(handle)).containsExactly(3L);
        assertThat(ValueCodec.toLanes(handle)).containsExactly(3);
        assertThat(ValueCodec.fromLanes(BILL, new int[] {3})).isEqualTo(handle);
    }

    @Test
    void malformedLanesAreRefusedWithAReason() {
        assertThatThrownBy(() -> ValueCodec.fromLanes(Type.BOOL, new int[] {2}))
                .isInstanceOf(ValueDecodeException.class).hasMessageContaining("0 or 1");
        assertThatThrownBy(() -> ValueCodec.fromLanes(COLOR, new int[] {5}))
                .isInstanceOf(ValueDecodeException.class).hasMessageContaining("tag 5 is not a variant of Color");
        assertThatThrownBy(() -> ValueCodec.fromLanes(U64, new int[] {1}))
                .isInstanceOf(ValueDecodeException.class).hasMessageContaining("too few lanes");
        assertThatThrownBy(() -> ValueCodec.fromLanes(U32, new int[] {1, 2}))
                .isInstanceOf(ValueDecodeException.class).hasMessageContaining("left over");
        assertThatThrownBy(() -> ValueCodec.fromSlots(BILL, new long[] {-4}))
                .isInstanceOf(ValueDecodeException.class).hasMessageContaining("pid");
    }

    @Test
    void inputReferencesCannotBeEncodedBeforeTheyHavePids() {
        Value ref = parse.parse(BILL, "0000000000000000000000000000000000000000000000000000000000000000:1");

        assertThatThrownBy(() -> ValueCodec.toLanes(ref)).hasMessageContaining("has no pid yet");
    }
}
