package dev.starstream.studio.vm.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TransactionCodecTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Hash32 ENTRY = Hash32.sha256("entry".getBytes(StandardCharsets.UTF_8));
    private static final Hash32 OTHER = Hash32.sha256("other".getBytes(StandardCharsets.UTF_8));
    private static final Hash32 BLOCK = Hash32.sha256("block".getBytes(StandardCharsets.UTF_8));

    static Intent intent() {
        return new Intent(ENTRY, "settle", Lanes.of(7, 3, 0, -1), List.of(new UtxoId(OTHER, 5), new UtxoId(ENTRY, 0)),
                12, BLOCK, 10_000_000);
    }

    static Transaction sample() throws Exception {
        JsonNode args = JSON.readTree("[7, 15]");
        JsonNode result = JSON.readTree("{\"total\": 18446744073709551615, \"ok\": true, \"name\": \"bill\"}");
        TransactionEffects effects = new TransactionEffects(
                List.of(Continuation.of(UtxoState.utxo(0, 1, 15, 0), "Meter"), Continuation.burned()),
                List.of(NewOutput.of(ENTRY, UtxoState.token(1, 0, 100)), NewOutput.ephemeral(OTHER, UtxoKind.TOKEN)),
                List.of(new OwnershipEdge(2, 0)),
                List.of(new TxEvent("Meter", "Charged", args, 0)),
                result,
                4321,
                13,
                13);
        byte[] signature = new byte[64];
        signature[0] = 9;
        return new Transaction(intent(), List.of(new TxSignature(new PublicKey(new byte[32]), signature)), effects,
                JSON.readTree("{\"steps\": [1, 2, 3]}"));
    }

    @Test
    void intentBytesFollowRuntimeA6Exactly() {
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes("SSINTENT1".getBytes(StandardCharsets.US_ASCII));
        expected.writeBytes(ENTRY.bytes());
        expected.writeBytes(le(2, 6));
        expected.writeBytes("settle".getBytes(StandardCharsets.UTF_8));
        expected.writeBytes(le(4, 4));
        for (int lane : new int[] {7, 3, 0, -1}) {
            expected.writeBytes(le(4, lane));
        }
        expected.writeBytes(le(2, 2));
        expected.writeBytes(OTHER.bytes());
        expected.writeBytes(le(8, 5));
        expected.writeBytes(ENTRY.bytes());
        expected.writeBytes(le(8, 0));
        expected.writeBytes(le(8, 12));
        expected.writeBytes(BLOCK.bytes());
        expected.writeBytes(le(8, 10_000_000));

        assertThat(intent().encode()).isEqualTo(expected.toByteArray());
        assertThat(intent().digest()).isEqualTo(Hash32.sha256(expected.toByteArray()));
        assertThat(Intent.decode(expected.toByteArray())).isEqualTo(intent());
    }

    private static byte[] le(int width, long value) {
        ByteBuffer buffer = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(value);
        return java.util.Arrays.copyOf(buffer.array(), width);
    }

    @Test
    void storedFormDecodesToTheSameTransactionWithoutItsTrace() throws Exception {
        Transaction tx = sample();
        Transaction decoded = TransactionCodec.decode(TransactionCodec.encode(tx));
        assertThat(decoded).isEqualTo(tx.withTrace(null));
        assertThat(decoded.hash()).isEqualTo(tx.hash());
    }

    @Test
    void hashIgnoresTheTraceButCoversEverythingElse() throws Exception {
        Transaction tx = sample();
        assertThat(tx.withTrace(null).hash()).isEqualTo(tx.hash());
        TransactionEffects e = tx.effects();
        Transaction otherGas = new Transaction(tx.intent(), tx.signatures(), new TransactionEffects(e.continuations(),
                e.newOutputs(), e.ownershipOut(), e.events(), e.result(), e.gasUsed() + 1, e.blockHeight(), e.slot()), null);
        Transaction noEvents = new Transaction(tx.intent(), tx.signatures(), new TransactionEffects(e.continuations(),
                e.newOutputs(), e.ownershipOut(), List.of(), e.result(), e.gasUsed(), e.blockHeight(), e.slot()), null);
        Transaction unsigned = new Transaction(tx.intent(), List.of(), e, null);
        assertThat(List.of(otherGas.hash(), noEvents.hash(), unsigned.hash())).doesNotContain(tx.hash()).doesNotHaveDuplicates();
    }

    @Test
    void hashIsSha256OfThePrefixIntentDigestSignaturesAndEffects() throws Exception {
        Transaction tx = sample();
        byte[] stored = TransactionCodec.encode(tx);
        byte[] intentBytes = tx.intent().encode();
        int afterIntent = "SSTXE1".length() + 4 + intentBytes.length;
        byte[] rest = java.util.Arrays.copyOfRange(stored, afterIntent, stored.length);
        assertThat(tx.hash()).isEqualTo(Hash32.sha256("SSTX1".getBytes(StandardCharsets.US_ASCII),
                tx.intent().digest().bytes(), rest));
    }

    @Test
    void transactionsRoundTripThroughJackson() throws Exception {
        Transaction tx = sample();
        String json = JSON.writeValueAsString(tx);
        Transaction back = JSON.readValue(json, Transaction.class);
        assertThat(back).isEqualTo(tx);
        assertThat(back.hash()).isEqualTo(tx.hash());
        assertThat(json).contains("\"" + new UtxoId(OTHER, 5) + "\"").contains("\"arguments\":[7,3,0,4294967295]");
    }

    @Test
    void canonicalJsonKeepsIntegersExactAndFieldOrder() throws Exception {
        JsonNode tree = JSON.readTree("{\"b\": 18446744073709551615, \"a\": [null, false, -3, \"x\", {}]}");
        CanonicalWriter out = new CanonicalWriter();
        CanonicalJson.write(out, tree);
        JsonNode back = CanonicalJson.read(new CanonicalReader(out.toByteArray()));
        assertThat(back).isEqualTo(tree);
        assertThat(back.fieldNames()).toIterable().containsExactly("b", "a");
        JsonNode reordered = JSON.readTree("{\"a\": [null, false, -3, \"x\", {}], \"b\": 18446744073709551615}");
        CanonicalWriter other = new CanonicalWriter();
        CanonicalJson.write(other, reordered);
        assertThat(other.toByteArray()).isNotEqualTo(out.toByteArray());
    }

    @Test
    void truncatedStoredFormsAreReportedWithTheirOffset() throws Exception {
        byte[] stored = TransactionCodec.encode(sample());
        for (int length = 0; length < stored.length; length++) {
            byte[] prefix = java.util.Arrays.copyOf(stored, length);
            assertThatThrownBy(() -> TransactionCodec.decode(prefix)).isInstanceOf(MalformedEncodingException.class);
        }
        byte[] longer = java.util.Arrays.copyOf(stored, stored.length + 1);
        assertThatThrownBy(() -> TransactionCodec.decode(longer)).hasMessageContaining("unexpected bytes");
    }

    @Test
    void damagedStoredFormsEitherDecodeToAnotherTransactionOrFailAsMalformed() throws Exception {
        byte[] stored = TransactionCodec.encode(sample());
        Random random = new Random(5);
        for (int round = 0; round < 5_000; round++) {
            byte[] damaged = stored.clone();
            int flips = 1 + random.nextInt(4);
            for (int f = 0; f < flips; f++) {
                damaged[random.nextInt(damaged.length)] ^= (byte) (1 << random.nextInt(8));
            }
            Throwable thrown = catchThrowable(() -> TransactionCodec.decode(damaged));
            if (thrown != null) {
                assertThat(thrown).isInstanceOf(MalformedEncodingException.class);
            }
        }
    }

    @Test
    void randomBytesNeverDecodeAndNeverThrowAnythingButMalformed() {
        Random random = new Random(11);
        for (int round = 0; round < 5_000; round++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            if (random.nextBoolean() && bytes.length > 6) {
                System.arraycopy("SSTXE1".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 6);
            }
            assertThatThrownBy(() -> TransactionCodec.decode(bytes)).isInstanceOf(MalformedEncodingException.class);
        }
    }

    @Test
    void blockHashCoversEveryHeaderField() {
        BlockHeader header = new BlockHeader(3, 4, 5, BLOCK, 1, BlockHeader.txRoot(List.of(ENTRY)), OTHER);
        List<Hash32> variants = List.of(
                new BlockHeader(4, 4, 5, BLOCK, 1, header.txRoot(), OTHER).hash(),
                new BlockHeader(3, 5, 5, BLOCK, 1, header.txRoot(), OTHER).hash(),
                new BlockHeader(3, 4, 6, BLOCK, 1, header.txRoot(), OTHER).hash(),
                new BlockHeader(3, 4, 5, ENTRY, 1, header.txRoot(), OTHER).hash(),
                new BlockHeader(3, 4, 5, BLOCK, 1, BlockHeader.txRoot(List.of(OTHER)), OTHER).hash(),
                new BlockHeader(3, 4, 5, BLOCK, 1, header.txRoot(), ENTRY).hash());
        assertThat(variants).doesNotContain(header.hash()).doesNotHaveDuplicates();
    }
}
