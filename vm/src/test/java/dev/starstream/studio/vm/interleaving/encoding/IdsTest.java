package dev.starstream.studio.vm.interleaving.encoding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.interleaving.op.FunctionId;
import dev.starstream.studio.vm.interleaving.op.Hash;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RUNTIME A.9 P2, against vectors computed independently with Python's hashlib. */
class IdsTest {
    @ParameterizedTest(name = "F({0}) = {1}")
    @CsvSource(textBlock = """
            Bill::open,   15463579147685482275
            Meter.charge, 9892701696217010229
            Tariff.Rate,  5944257733406868598
            $sys.unbind,  3253844190668440049
            Token.attach, 13691760611646418860
            """)
    void functionIdIsTheFirst8BytesOfTheDomainSeparatedSha256(String name, String expected) {
        assertThat(Long.toUnsignedString(Ids.functionId(name).value())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "I({0})")
    @CsvSource(textBlock = """
            Tariff, 8e86254e45981042d62929b72bb5ede4440224bf26fb21de9a250337fe73b3ab
            Meter,  2c433d406705ca6bebed5b2bf3cda41cdb3f711af5a0a11647363f72c40d7db6
            """)
    void interfaceIdIsTheDomainSeparatedSha256OfTheAbiName(String abi, String hex) {
        assertThat(Ids.interfaceId(abi).hex()).isEqualTo(hex);
    }

    @Test
    void programHashIsTheSha256OfTheModuleBytes() {
        assertThat(Ids.programHash(new byte[0]).hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Ids.programHash("the release module of tariff.star".getBytes(StandardCharsets.UTF_8)).hex())
                .isEqualTo("45af1cdf94617bbb55acedd7e8d59808d536bd5a961fa6035dcd0f03bb3355a0");
    }

    @Test
    void limbsAreLittleEndianU64sOfTheDigestBytesInOrder() {
        Hash empty = Ids.programHash(new byte[0]);
        // e3 b0 c4 42 98 fc 1c 14 → 0x141cfc9842c4b0e3
        assertThat(empty.limb0()).isEqualTo(0x141cfc9842c4b0e3L);
        assertThat(empty.limb3()).isEqualTo(0x55b852781b9995a4L);
        assertThat(Hash.fromBytes(empty.toBytes())).isEqualTo(empty);
        assertThat(Hash.fromHex(empty.hex())).isEqualTo(empty);
    }

    @Test
    void reductionMapsValuesAtOrAboveTheModulusIntoTheField() {
        assertThat(Ids.reduce(FunctionId.MODULUS)).isZero();
        assertThat(Ids.reduce(-1L)).isEqualTo(0xFFFF_FFFEL); // 2^64-1 - p = 2^32 - 2
        assertThat(Ids.reduce(FunctionId.MODULUS - 1)).isEqualTo(FunctionId.MODULUS - 1);
        assertThat(Ids.reduce(42)).isEqualTo(42);
    }
}
