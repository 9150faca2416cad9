package dev.starstream.studio.vm.wasm.encode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteWriterAndReaderTest {
    private static String hex(ByteWriter writer) {
        return HexFormat.of().formatHex(writer.toByteArray());
    }

    private static ByteReader reader(String hex) {
        return new ByteReader(HexFormat.of().parseHex(hex));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,          00
            1,          01
            127,        7f
            128,        8001
            624485,     e58e26
            2147483647, ffffffff07
            -1,         ffffffff0f
            -2147483648, 8080808008
            """)
    void unsignedLeb32EncodesTheBitsAsUnsigned(int value, String expected) {
        assertThat(hex(new ByteWriter().u32(value))).isEqualTo(expected);
        assertThat(reader(expected).u32()).isEqualTo(Integer.toUnsignedLong(value));
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,           00
            63,          3f
            64,          c000
            -64,         40
            -65,         bf7f
            -123456,     c0bb78
            2147483647,  ffffffff07
            -2147483648, 8080808078
            """)
    void signedLeb32UsesTheSignBitOfTheLastByte(int value, String expected) {
        assertThat(hex(new ByteWriter().s32(value))).isEqualTo(expected);
        assertThat(reader(expected).s32()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,                    00
            -1,                   7f
            9223372036854775807,  ffffffffffffffffff00
            -9223372036854775808, 808080808080808080 7f
            """)
    void signedLeb64CoversTheWholeRange(long value, String expected) {
        String compact = expected.replace(" ", "");
        assertThat(hex(new ByteWriter().s64(value))).isEqualTo(compact);
        assertThat(reader(compact).s64()).isEqualTo(value);
    }

    @Test
    void unsignedLeb64OfAllOnesTakesTenBytes() {
        assertThat(hex(new ByteWriter().u64(-1L))).isEqualTo("ffffffffffffffffff01");
        assertThat(reader("ffffffffffffffffff01").u64()).isEqualTo(-1L);
    }

    @Test
    void blockTypeIndexUsesThe33BitSignedForm() {
        assertThat(hex(new ByteWriter().s33(64))).isEqualTo("c000");
        assertThat(hex(new ByteWriter().s33(0xFFFF_FFFFL))).isEqualTo("ffffffff0f");
        assertThat(reader("ffffffff0f").s33()).isEqualTo(0xFFFF_FFFFL);
        assertThatThrownBy(() -> new ByteWriter().s33(1L << 32)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyIntegerRoundTripsThroughWriterAndReader() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 20_000; i++) {
            long wide = random.nextLong() >> random.nextInt(64);
            int narrow = (int) wide;
            ByteWriter out = new ByteWriter().u32(narrow).s32(narrow).u64(wide).s64(wide);
            ByteReader in = new ByteReader(out.toByteArray());
            assertThat(in.u32()).isEqualTo(Integer.toUnsignedLong(narrow));
            assertThat(in.s32()).isEqualTo(narrow);
            assertThat(in.u64()).isEqualTo(wide);
            assertThat(in.s64()).isEqualTo(wide);
            assertThat(in.atEnd()).isTrue();
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            8080808080,  u32
            ffffffff1f,  u32
            8080808070,  s32
            ffffffff4f,  s32
            ffffffffffffffffff02, u64
            ffffffffffffffffff7e, s64
            80,          u32
            """)
    void readerRefusesOverlongAndOutOfRangeIntegers(String bytes, String kind) {
        ByteReader in = reader(bytes);
        assertThatThrownBy(() -> {
                    switch (kind) {
                        case "u32" -> in.u32();
                        case "s32" -> in.s32();
                        case "u64" -> in.u64();
                        default -> in.s64();
                    }
                })
                .isInstanceOf(MalformedBytesException.class)
                .hasMessageContaining("at byte");
    }

    @Test
    void readerAcceptsNonCanonicalButWellFormedPadding() {
        assertThat(reader("8000").u32()).isZero();
        assertThat(reader("ff7f").s32()).isEqualTo(-1);
    }

    @Test
    void floatsAreLittleEndianRawBits() {
        assertThat(hex(new ByteWriter().f32Bits(Float.floatToRawIntBits(1.5f)))).isEqualTo("0000c03f");
        assertThat(hex(new ByteWriter().f64Bits(Double.doubleToRawLongBits(-2.0)))).isEqualTo("00000000000000c0");
    }

    @Test
    void namesAreLengthPrefixedUtf8AndInvalidUtf8IsRefused() {
        assertThat(hex(new ByteWriter().name("é"))).isEqualTo("02c3a9");
        assertThat(reader("02c3a9").name()).isEqualTo("é");
        assertThatThrownBy(() -> reader("01ff").name()).isInstanceOf(MalformedBytesException.class);
        assertThatThrownBy(() -> reader("05aa").name())
                .isInstanceOf(MalformedBytesException.class)
                .hasMessageContaining("runs past the end");
    }
}
