package dev.starstream.studio.vm.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link CanonicalJson#textStable}: trees that survive being written as JSON text and read back. */
class TextStableJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static byte[] encoding(JsonNode node) {
        CanonicalWriter out = new CanonicalWriter();
        CanonicalJson.write(out, node);
        return out.toByteArray();
    }

    private static JsonNode throughText(JsonNode node) throws Exception {
        return JSON.readTree(JSON.writeValueAsString(node));
    }

    /** A random tree of every node kind Jackson has, nested up to {@code depth}. */
    private static JsonNode randomTree(Random random, int depth) {
        int kind = random.nextInt(depth <= 0 ? 12 : 14);
        return switch (kind) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(random.nextBoolean());
            case 2 -> NODES.textNode("t" + random.nextInt(1000));
            case 3 -> NODES.numberNode(random.nextInt());
            case 4 -> NODES.numberNode((long) random.nextInt(1000));
            case 5 -> NODES.numberNode(random.nextLong());
            case 6 -> NODES.numberNode(new BigInteger(70, random));
            case 7 -> NODES.numberNode((short) random.nextInt(100));
            case 8 -> NODES.numberNode(random.nextFloat());
            case 9 -> NODES.numberNode(random.nextDouble() * 1e6);
            case 10 -> NODES.numberNode(new BigDecimal(random.nextInt(100_000)).movePointLeft(random.nextInt(4)));
            case 11 -> NODES.binaryNode(new byte[] {(byte) random.nextInt(), (byte) random.nextInt()});
            case 12 -> {
                ArrayNode array = NODES.arrayNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    array.add(randomTree(random, depth - 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                for (int i = random.nextInt(4); i > 0; i--) {
                    object.set("f" + i, randomTree(random, depth - 1));
                }
                yield object;
            }
        };
    }

    @Test
    void anyTreeReadsBackFromItsTextEqualWithTheSameEncoding() throws Exception {
        Random random = new Random(11);
        for (int round = 0; round < 2_000; round++) {
            JsonNode stable = CanonicalJson.textStable(randomTree(random, 4));
            JsonNode reread = throughText(stable);
            assertThat(reread).as("round %d: %s", round, stable).isEqualTo(stable);
            assertThat(encoding(reread)).as("round %d", round).isEqualTo(encoding(stable));
            assertThat(CanonicalJson.textStable(stable)).as("already stable trees are returned as they are").isSameAs(stable);
        }
    }

    @Test
    void binaryBecomesBase64AndNumbersTheNodesJacksonReads() {
        ObjectNode tree = NODES.objectNode();
        tree.set("bytes", NODES.binaryNode(new byte[] {0, 1, 2, (byte) 0xff, 42}));
        tree.set("small", NODES.numberNode(5L));
        tree.set("price", NODES.numberNode(new BigDecimal("1.50")));
        tree.set("object", NODES.pojoNode(List.of(1, 2)));
        JsonNode stable = CanonicalJson.textStable(tree);
        assertThat(stable.get("bytes").textValue()).isEqualTo("AAEC/yo=");
        assertThat(stable.get("small").isInt()).isTrue();
        assertThat(stable.get("price").isDouble()).isTrue();
        assertThat(stable.get("object")).isEqualTo(NODES.arrayNode().add(1).add(2));
        assertThat(CanonicalJson.textStable(MissingNode.getInstance()).isNull()).isTrue();
    }

    @Test
    void contractsEventsAndResultsKeepTheirTreesTextStable() {
        JsonNode awkward = NODES.objectNode().set("module", NODES.binaryNode(new byte[] {9}));
        DeployedContract contract = DeployedContract.of("c", new byte[] {1}, awkward, NODES.numberNode(7L));
        assertThat(contract.layout().get("module").textValue()).isEqualTo("CQ==");
        assertThat(contract.debugInfo().isInt()).isTrue();
        assertThat(new TxEvent("A", "E", awkward, 0).args()).isEqualTo(contract.layout());
        TransactionEffects effects = new TransactionEffects(List.of(), List.of(), List.of(), List.of(), awkward, 1, 1, 1);
        assertThat(effects.result()).isEqualTo(contract.layout());
    }
}
