package dev.starstream.studio.vm.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IdentitiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Hash32 H = Hash32.sha256("contract".getBytes(StandardCharsets.UTF_8));

    @Test
    void hashLimbsAreLittleEndianEightByteGroups() {
        byte[] bytes = new byte[32];
        for (int i = 0; i < 32; i++) {
            bytes[i] = (byte) i;
        }
        Hash32 hash = new Hash32(bytes);
        assertThat(hash.limbs()).containsExactly(
                0x0706050403020100L, 0x0f0e0d0c0b0a0908L, 0x1716151413121110L, 0x1f1e1d1c1b1a1918L);
        assertThat(Hash32.fromLimbs(hash.limbs())).isEqualTo(hash);
        assertThat(hash.hex()).isEqualTo("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    }

    @Test
    void sha256OfTheEmptyStringIsTheKnownDigest() {
        assertThat(Hash32.sha256().hex()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void hashParsingRejectsWrongLengthsAndNonHexDigits() {
        assertThat(Hash32.tryParse("ab")).isEmpty();
        assertThat(Hash32.tryParse("g".repeat(64))).isEmpty();
        assertThat(Hash32.tryParse(H.hex().toUpperCase())).contains(H);
        assertThatThrownBy(() -> Hash32.fromHex("xyz")).hasMessageContaining("64 hexadecimal digits");
    }

    @Test
    void utxoIdPrintsAsContractHashColonDecimalNonceAndParsesBack() {
        UtxoId id = new UtxoId(H, 42);
        assertThat(id.toString()).isEqualTo(H.hex() + ":42");
        assertThat(UtxoId.parse(id.toString())).isEqualTo(id);
        UtxoId huge = new UtxoId(H, -1);
        assertThat(huge.toString()).endsWith(":18446744073709551615");
        assertThat(UtxoId.parse(huge.toString())).isEqualTo(huge);
    }

    @Test
    void utxoIdParsingNamesWhatIsWrong() {
        assertThatThrownBy(() -> UtxoId.parse("nothing")).hasMessageContaining("has no ':'");
        assertThatThrownBy(() -> UtxoId.parse("abc:1")).hasMessageContaining("contract hash");
        assertThatThrownBy(() -> UtxoId.parse(H.hex() + ":-1")).hasMessageContaining("decimal number");
        assertThatThrownBy(() -> UtxoId.parse(H.hex() + ":18446744073709551616")).hasMessageContaining("64 bits");
        assertThat(UtxoId.tryParse(H.hex() + ":")).isEmpty();
    }

    @Test
    void coroutineIdPrintsAsTxHashHashSignIndexAndParsesBack() {
        CoroutineId id = new CoroutineId(H, 3);
        assertThat(id.toString()).isEqualTo(H.hex() + "#3");
        assertThat(CoroutineId.parse(id.toString())).isEqualTo(id);
        assertThat(CoroutineId.tryParse(H.hex() + "#x")).isEmpty();
        assertThat(CoroutineId.tryParse(H.hex())).isEmpty();
    }

    @Test
    void identitiesSerialiseToJsonAsTheirTextForms() throws Exception {
        UtxoId id = new UtxoId(H, 7);
        assertThat(JSON.writeValueAsString(id)).isEqualTo("\"" + id + "\"");
        assertThat(JSON.readValue(JSON.writeValueAsString(id), UtxoId.class)).isEqualTo(id);
        CoroutineId coroutine = new CoroutineId(H, 1);
        assertThat(JSON.readValue(JSON.writeValueAsString(coroutine), CoroutineId.class)).isEqualTo(coroutine);
    }

    @Test
    void storageWordsAreUnsignedInJsonAndKeepTheirBits() throws Exception {
        UtxoState state = UtxoState.utxo(0, 1, -1);
        String json = JSON.writeValueAsString(state);
        assertThat(json).isEqualTo("{\"kind\":\"UTXO\",\"words\":[0,1,4294967295]}");
        assertThat(JSON.readValue(json, UtxoState.class)).isEqualTo(state);
        assertThat(state.typeIndex()).isZero();
        assertThat(state.yieldPoint()).isEqualTo(1);
        assertThatThrownBy(() -> JSON.readValue("{\"kind\":\"UTXO\",\"words\":[4294967296]}", UtxoState.class))
                .hasMessageContaining("not a u32");
    }

    @Test
    void publicKeyLimbsMatchTheStarstreamPublicKeyStruct() {
        byte[] bytes = new byte[32];
        bytes[0] = 1;
        bytes[8] = 2;
        bytes[16] = 3;
        bytes[31] = (byte) 0x80;
        PublicKey key = new PublicKey(bytes);
        assertThat(key.limbs()).containsExactly(1L, 2L, 3L, 0x8000_0000_0000_0000L);
        assertThat(PublicKey.fromLimbs(1, 2, 3, 0x8000_0000_0000_0000L)).isEqualTo(key);
    }

    @Test
    void deployedContractHashIsTheSha256OfItsModuleBytes() {
        byte[] module = {0, 'a', 's', 'm', 1, 0, 0, 0};
        DeployedContract contract = DeployedContract.of("empty", module);
        assertThat(contract.hash()).isEqualTo(Hash32.sha256(module));
        assertThatThrownBy(() -> new DeployedContract(H, "lies", module, contract.layout(), contract.debugInfo()))
                .hasMessageContaining("hash to");
    }

    @Test
    void jdkVerifierAcceptsRealSignaturesAndRejectsAlteredOnes() {
        JdkSigner signer = new JdkSigner();
        Intent intent = new Intent(H, "main", Lanes.of(1, 2), java.util.List.of(), 0, Hash32.ZERO, 100);
        TxSignature signature = signer.sign(intent);
        JdkEd25519 verifier = new JdkEd25519();
        assertThat(verifier.verifies(signature, intent.digest())).isTrue();
        byte[] altered = signature.signature();
        altered[5] ^= 1;
        assertThat(verifier.verifies(new TxSignature(signer.publicKey(), altered), intent.digest())).isFalse();
        assertThat(verifier.verifies(signature, Hash32.sha256(new byte[] {1}))).isFalse();
        assertThat(verifier.verifies(new TxSignature(new PublicKey(new byte[32]), signature.signature()), intent.digest()))
                .isFalse();
    }
}
