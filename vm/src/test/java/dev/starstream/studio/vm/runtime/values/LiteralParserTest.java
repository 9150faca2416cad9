package dev.starstream.studio.vm.runtime.values;

import static dev.starstream.studio.vm.runtime.values.SampleTypes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.PublicKey;
import dev.starstream.studio.vm.ledger.UtxoId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LiteralParserTest {
    private static final String KEY_HEX = "0102030405060708" + "1112131415161718" + "2122232425262728" + "3132333435363738";
    private final LiteralParser parser = new LiteralParser(name -> Optional.ofNullable(
            Map.of("alice", PublicKey.fromHex(KEY_HEX)).get(name)));

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            u8  | 255                  | 255
            i8  | -128                 | -128
            i8  | - 5                  | -5
            u32 | 0xff                 | 255
            u32 | 0o17                 | 15
            u32 | 0b101                | 5
            u64 | 18446744073709551615 | 18446744073709551615
            i64 | -9223372036854775808 | -9223372036854775808
            u16 | 042                  | 42
            """)
    void integersAreReadInEveryRadixAndRangeCheckedAfterTheSign(String typeName, String text, String expected) {
        Type type = Type.of(IntKind.byName(typeName).orElseThrow());

        Value value = parser.parse(type, text);

        assertThat(((Value.Int) value).value()).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            u8   | 256          | 256 does not fit in u8 (0 to 255)                 | 1
            u8   | -1           | -1 does not fit in u8 (0 to 255)                  | 1
            i8   | 128          | 128 does not fit in i8 (-128 to 127)              | 1
            u32  | twelve       | expected u32 (an integer), found `twelve`         | 1
            u32  | 0x           | expected u32 (an integer), found `0x`             | 1
            u32  | 12 13        | unexpected `13` after the u32 value               | 4
            bool | yes          | expected a bool (true or false), found `yes`      | 1
            """)
    void badScalarsAreRefusedWithWhatWasExpectedAndWhere(String typeName, String text, String message, int column) {
        Type type = typeName.equals("bool") ? Type.BOOL : Type.of(IntKind.byName(typeName).orElseThrow());

        assertThatThrownBy(() -> parser.parse(type, text))
                .isInstanceOfSatisfying(LiteralException.class, e -> assertThat(e.column()).isEqualTo(column))
                .hasMessage(message);
    }

    @Test
    void structsTakeTheirFieldsInAnyOrderEachOnce() {
        Value value = parser.parse(POINT, "Point { y: 2, x: 1 }");

        assertThat(value).isEqualTo(new Value.Struct(POINT, List.of(new Value.Int(IntKind.I32, 1), new Value.Int(IntKind.I32, 2))));
        assertThatThrownBy(() -> parser.parse(POINT, "Point { x: 1 }")).hasMessage("Point is missing field `y`");
        assertThatThrownBy(() -> parser.parse(POINT, "Point { x: 1, x: 2 }")).hasMessage("field `x` of Point is given twice");
        assertThatThrownBy(() -> parser.parse(POINT, "Point { x: 1, z: 2 }")).hasMessage("Point has no field `z` (fields: x, y)");
        assertThatThrownBy(() -> parser.parse(POINT, "Pt { x: 1, y: 2 }"))
                .hasMessage("expected a Point struct (`Point { … }`), found `Pt`");
    }

    @Test
    void enumValuesAreWrittenWithTheirEnumName() {
        assertThat(parser.parse(OPTION_U32, "Option::Some(3)"))
                .isEqualTo(new Value.Variant(OPTION_U32, 1, List.of(new Value.Int(IntKind.U32, 3))));
        assertThat(parser.parse(COLOR, "Color::Green")).isEqualTo(new Value.Variant(COLOR, 1, List.of()));
        assertThatThrownBy(() -> parser.parse(COLOR, "Color::Blue")).hasMessage("Color has no variant `Blue` (it has Red, Green)");
        assertThatThrownBy(() -> parser.parse(OPTION_U32, "Some(3)"))
                .hasMessage("expected a Option<u32> value (`Option::Variant`), found `Some`");
        assertThatThrownBy(() -> parser.parse(OPTION_U32, "Option::Some(3, 4)"))
                .hasMessage("Option::Some takes 1 value, found more");
    }

    @Test
    void tuplesAndUnitNeedTheirExactShape() {
        Type.Tuple pair = tuple(I32, Type.BOOL);

        assertThat(parser.parse(pair, "(1, true)")).isEqualTo(new Value.Tuple(pair, List.of(new Value.Int(IntKind.I32, 1), Value.Bool.TRUE)));
        assertThat(parser.parse(Type.UNIT, "( )")).isEqualTo(Value.Unit.INSTANCE);
        assertThatThrownBy(() -> parser.parse(pair, "(1)")).hasMessage("(i32, bool) takes 2 values, found 1");
        assertThatThrownBy(() -> parser.parse(pair, "1, true")).hasMessage("expected `(` in (i32, bool), found `1, true`");
    }

    @Test
    void handleParametersTakeUtxoIds() {
        UtxoId id = new UtxoId(Hash32.sha256(new byte[] {1}), 7);

        assertThat(parser.parse(BILL, id.toString())).isEqualTo(new Value.InputRef(BILL, id));
        assertThatThrownBy(() -> parser.parse(BILL, "42"))
                .isInstanceOf(LiteralException.class)
                .hasMessageStartingWith("expected a Bill as a utxo id (<64 hex digits>:<nonce>), found `42`");
    }

    @Test
    void publicKeysTakeWalletNamesHexOrTheirStruct() {
        Value fromName = parser.parse(PUBLIC_KEY, "@alice");
        Value fromHex = parser.parse(PUBLIC_KEY, KEY_HEX);
        long[] limbs = PublicKey.fromHex(KEY_HEX).limbs();
        Value fromStruct = parser.parse(PUBLIC_KEY, "PublicKey { a: " + Long.toUnsignedString(limbs[0]) + ", b: "
                + Long.toUnsignedString(limbs[1]) + ", c: " + Long.toUnsignedString(limbs[2]) + ", d: "
                + Long.toUnsignedString(limbs[3]) + " }");

        assertThat(fromName).isEqualTo(fromHex).isEqualTo(fromStruct);
        assertThat(((Value.Int) ((Value.Struct) fromHex).field("a")).bits()).isEqualTo(0x0807060504030201L);
        assertThatThrownBy(() -> parser.parse(PUBLIC_KEY, "@bob")).hasMessage("no wallet key named `bob`");
        assertThatThrownBy(() -> parser.parse(PUBLIC_KEY, "abcd")).hasMessageContaining("found 4 hex digits");
    }

    @Test
    void anyTextIsEitherAValueOrALiteralException() {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "0123456789abcdefxob-+(){}:,@ PointOption::SomeNone";
        Type type = tuple(POINT, OPTION_U64, U8);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(30);
            for (int k = 0; k < n; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                Value value = parser.parse(type, text.toString());
                assertThat(value.type()).isEqualTo(type);
            } catch (LiteralException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        }
    }
}
