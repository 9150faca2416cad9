package dev.starstream.studio.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.starstream.studio.ledger.transfer.ImportSummary;
import dev.starstream.studio.ledger.transfer.LedgerExport;
import dev.starstream.studio.ledger.transfer.LedgerImport;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.NewOutput;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.TxEvent;
import dev.starstream.studio.vm.ledger.UtxoState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON trees the ledger stores as text (a contract's layout and debug info) or carries through an
 * export (event arguments, results) come back with the same digests, whatever nodes they were built
 * from: binary nodes (Jackson's {@code valueToTree} of a {@code byte[]}), long nodes holding small
 * numbers, floats and decimals, nodes wrapping plain objects.
 */
class JsonTreeRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TempDir
    Path workspace;

    /** The shapes of a code generator's output: byte arrays, longs, nested records. */
    record Section(String name, byte[] bytes, long offset, int[] words) {}

    static JsonNode awkwardTree() {
        ObjectNode tree = NODES.objectNode();
        tree.set("module", NODES.binaryNode(new byte[] {0, 1, 2, (byte) 0xff, 42}));
        tree.set("size", NODES.numberNode(5L));
        tree.set("huge", NODES.numberNode(new BigInteger("18446744073709551615")));
        tree.set("ratio", NODES.numberNode(0.25f));
        tree.set("price", NODES.numberNode(new BigDecimal("1.50")));
        tree.set("section", JSON.valueToTree(new Section("code", "wasm".getBytes(StandardCharsets.UTF_8), 7L, new int[] {1, 2})));
        tree.set("pojo", NODES.pojoNode(new Section("data", new byte[] {9}, 1L, new int[0])));
        tree.set("sections", NODES.arrayNode().add(NODES.binaryNode(new byte[] {7})).add(NODES.numberNode(3L)));
        return tree;
    }

    @Test
    void aContractWhoseTreesHoldBinaryLongAndDecimalNodesReopensIntactWithEqualTrees() {
        DeployedContract contract = DeployedContract.of("awkward", "awkward module".getBytes(StandardCharsets.UTF_8), awkwardTree(),
                JSON.valueToTree(new Section("debug", new byte[] {1, 2, 3}, 99L, new int[] {4})));
        try (LedgerFixture f = new LedgerFixture(workspace)) {
            f.ledger.deploy(contract);
            f.reopen();
            assertThat(f.ledger.openReport().ok()).isTrue();
            DeployedContract stored = f.ledger.queries().contract(contract.hash()).orElseThrow();
            assertThat(stored).isEqualTo(contract);
            assertThat(stored.metadataDigest()).isEqualTo(contract.metadataDigest());
            assertThat(stored.layout().path("module").textValue()).isEqualTo("AAEC/yo=");
        }
    }

    @Test
    void eventsAndResultsWithBinaryNodesKeepTheirTransactionHashThroughExportAndImport() {
        Path source = workspace.resolve("a");
        Transaction tx;
        try (LedgerFixture f = new LedgerFixture(source)) {
            tx = f.tx().create(NewOutput.of(LedgerFixture.BILL.hash(), UtxoState.utxo(0, 1, 3), "Meter"))
                    .event(new TxEvent("Meter", "Opened", awkwardTree(), 0))
                    .build();
            f.commit(tx);
        }
        ByteArrayOutputStream export = new ByteArrayOutputStream();
        LedgerExport.write(Ledger.defaultDirectory(source), export);
        ImportSummary summary = new LedgerImport(LedgerOptions.defaults())
                .read(new ByteArrayInputStream(export.toByteArray()), workspace.resolve("b"));
        try (Ledger copy = Ledger.open(summary.directory(), LedgerOptions.defaults())) {
            assertThat(copy.queries().transaction(tx.hash())).hasValueSatisfying(stored ->
                    assertThat(stored.transaction().effects().events().getFirst().args()).isEqualTo(tx.effects().events().getFirst().args()));
        }
    }
}
