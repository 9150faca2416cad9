package dev.starstream.studio.ledger.transfer;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starstream.studio.ledger.Durability;
import dev.starstream.studio.ledger.Ledger;
import dev.starstream.studio.ledger.LedgerException;
import dev.starstream.studio.ledger.LedgerOptions;
import dev.starstream.studio.ledger.Verification;
import dev.starstream.studio.ledger.store.SqliteConnections;
import dev.starstream.studio.ledger.store.StoreFile;
import dev.starstream.studio.ledger.store.StoreMeta;
import dev.starstream.studio.ledger.store.StoreWriter;
import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.ledger.BlockHeader;
import dev.starstream.studio.vm.ledger.ChainParameters;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import dev.starstream.studio.vm.ledger.Transaction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Builds a new ledger from an export ({@link LedgerExport}) by replaying every entry through the
 * ledger itself: contracts must hash to their hash, transactions to theirs (and apply, re-executed
 * from their intent when a re-executor is configured, RUNTIME A.12), blocks must re-derive to their
 * header and hash, and the state root after every entry must match. Any difference, a malformed
 * file, or a truncated one stops the import with the entry and the reason; nothing is left behind
 * (the ledger is built in a temporary directory and moved into place only when it verified).
 */
public final class LedgerImport {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private final LedgerOptions options;

    public LedgerImport(LedgerOptions options) {
        this.options = options;
    }

    public ImportSummary read(InputStream in, Path target) {
        if (Files.exists(StoreFile.in(target))) {
            throw new ImportException("a ledger already exists at " + target);
        }
        if (Files.isDirectory(target)) {
            try (Stream<Path> children = Files.list(target)) {
                if (children.findAny().isPresent()) {
                    throw new ImportException("the folder " + target + " is not empty; import into a new or empty folder");
                }
                Files.delete(target);
            } catch (IOException e) {
                throw new ImportException("cannot use the folder " + target + ": " + e.getMessage(), e);
            }
        }
        Path staging = target.resolveSibling(target.getFileName() + ".importing");
        deleteTree(staging);
        try (JsonParser parser = JSON.getFactory().createParser(in)) {
            ImportSummary summary = new Run(parser, staging).run();
            Files.createDirectories(target.toAbsolutePath().getParent());
            Files.move(staging, target);
            return new ImportSummary(target, summary.entries(), summary.transactions(), summary.blocks(), summary.snapshots(),
                    summary.stateRoot(), summary.verifiedBy());
        } catch (JsonProcessingException e) {
            throw new ImportException("the export is not valid JSON at " + where(e.getLocation()) + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ImportException("cannot read the export: " + e.getMessage(), e);
        } finally {
            deleteTree(staging);
        }
    }

    private static String where(JsonLocation location) {
        return location == null ? "an unknown place" : "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** One import: the parser walks the document once; entries are applied as they are read. */
    private final class Run {
        private final JsonParser parser;
        private final Path staging;
        private ChainParameters chain;
        private InMemoryLedger.Mining mining;
        private Ledger ledger;
        private final List<JsonNode> snapshots = new ArrayList<>();
        private JsonNode head;
        private long transactions;
        private long blocks;

        Run(JsonParser parser, Path staging) {
            this.parser = parser;
            this.staging = staging;
        }

        ImportSummary run() throws IOException {
            try {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new ImportException("the export is not a JSON object");
                }
                boolean sawFormat = false;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String field = parser.currentName();
                    parser.nextToken();
                    switch (field) {
                        case "format" -> {
                            if (!LedgerExport.FORMAT.equals(parser.getValueAsString())) {
                                throw new ImportException("this file is not a ledger export (format \"" + LedgerExport.FORMAT + "\")");
                            }
                            sawFormat = true;
                        }
                        case "version" -> {
                            if (parser.getIntValue() != LedgerExport.VERSION) {
                                throw new ImportException("export version " + parser.getText() + " is not supported (this Studio reads "
                                        + LedgerExport.VERSION + ")");
                            }
                        }
                        case "chain" -> chain = chain(parser.readValueAsTree());
                        case "mining" -> mining = mining(parser.getValueAsString());
                        case "entries" -> entries(sawFormat);
                        case "snapshots" -> {
                            JsonNode list = parser.readValueAsTree();
                            list.forEach(snapshots::add);
                        }
                        case "head" -> head = parser.readValueAsTree();
                        default -> parser.skipChildren();
                    }
                }
                if (ledger == null) {
                    throw new ImportException("the export has no entries");
                }
                if (head == null) {
                    throw new ImportException("the export ends before its head (it is truncated)");
                }
                checkHead();
                Hash32 root = ledger.stateRoot();
                long entries = ledger.revision();
                ledger.close();
                finish();
                try (Ledger reopened = Ledger.open(staging, options)) {
                    if (!reopened.stateRoot().equals(root)) {
                        throw new ImportException("the imported ledger does not reopen to the same state");
                    }
                    Verification verification = options.reExecutor().isPresent() ? Verification.REEXECUTED : Verification.IMPORTED;
                    return new ImportSummary(staging, entries, transactions, blocks, snapshots.size(), root, verification.label());
                }
            } finally {
                if (ledger != null) {
                    ledger.close();
                }
            }
        }

        private void entries(boolean sawFormat) throws IOException {
            if (!sawFormat || chain == null || mining == null) {
                throw new ImportException("the export must give format, chain and mining before its entries");
            }
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                throw new ImportException("entries is not a list");
            }
            ledger = Ledger.create(staging, chain, InMemoryLedger.Mining.ON_DEMAND,
                    options.withDurability(Durability.PROCESS_CRASH));
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                JsonNode entry = parser.readValueAsTree();
                long seq = entry.path("seq").asLong(-1);
                try {
                    entry(entry, seq);
                } catch (LedgerException | IllegalArgumentException e) {
                    throw new ImportException("entry " + seq + " (" + entry.path("kind").asText("?") + "): " + e.getMessage(), e);
                }
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw new ImportException("entries holds something that is not an entry at " + where(parser.currentLocation()));
            }
        }

        private void entry(JsonNode entry, long seq) throws JsonProcessingException {
            if (seq != ledger.revision() + 1) {
                throw new LedgerException("expected entry " + (ledger.revision() + 1) + " here");
            }
            switch (entry.path("kind").asText()) {
                case "deploy" -> {
                    JsonNode c = entry.path("contract");
                    DeployedContract contract = new DeployedContract(Hash32.fromHex(c.path("hash").asText()), c.path("name").asText(),
                            Base64.getDecoder().decode(c.path("module").asText()), c.path("layout"), c.path("debugInfo"));
                    if (ledger.deploy(contract) != InMemoryLedger.DeployResult.DEPLOYED) {
                        throw new LedgerException("deploys contract " + contract.hash() + " twice");
                    }
                }
                case "transaction" -> {
                    Transaction tx = JSON.treeToValue(entry.path("transaction"), Transaction.class);
                    if (tx == null) {
                        throw new LedgerException("has no transaction");
                    }
                    Hash32 declared = Hash32.fromHex(entry.path("hash").asText());
                    if (!tx.hash().equals(declared)) {
                        throw new LedgerException("the transaction hashes to " + tx.hash() + ", not to its recorded hash " + declared);
                    }
                    if (ledger.applyForeign(tx) instanceof ApplyResult.Rejected rejected) {
                        throw new LedgerException("transaction " + declared + " is refused: " + rejected.rejection().reason() + ": "
                                + rejected.rejection().message());
                    }
                    transactions++;
                }
                case "block" -> {
                    BlockHeader mined = ledger.mineBlock();
                    JsonNode b = entry.path("block");
                    if (!mined.hash().hex().equals(b.path("hash").asText()) || mined.slot() != b.path("slot").asLong()
                            || mined.height() != b.path("height").asLong()) {
                        throw new LedgerException("the block re-derives to height " + mined.height() + ", slot " + mined.slot()
                                + ", hash " + mined.hash() + ", not to the recorded block");
                    }
                    blocks++;
                }
                case "slots" -> ledger.advanceSlots(entry.path("slots").asLong());
                default -> throw new LedgerException("has the unknown kind \"" + entry.path("kind").asText() + "\"");
            }
            if (!ledger.stateRoot().hex().equals(entry.path("stateRoot").asText())) {
                throw new LedgerException("the state root after it is " + ledger.stateRoot() + ", not the recorded "
                        + entry.path("stateRoot").asText());
            }
        }

        private void checkHead() {
            if (head.path("seq").asLong(-1) != ledger.revision()) {
                throw new ImportException("the export's head is entry " + head.path("seq").asText() + " but it has "
                        + ledger.revision() + " entries (entries are missing)");
            }
            if (!ledger.stateRoot().hex().equals(head.path("stateRoot").asText())
                    || !ledger.view().chainTip().blockHash().hex().equals(head.path("tipHash").asText())) {
                throw new ImportException("the export's head does not match its entries");
            }
        }

        /** Writes the snapshots (checked against the log) and the original mining mode. */
        private void finish() {
            try (Connection c = SqliteConnections.writer(StoreFile.in(staging), Durability.POWER_LOSS)) {
                StoreWriter writer = new StoreWriter(c);
                writer.begin();
                for (JsonNode snapshot : snapshots) {
                    String name = snapshot.path("name").asText();
                    long seq = snapshot.path("seq").asLong(-1);
                    String root = seq == 0 ? null : stateRootAt(c, seq);
                    if (seq < 0 || seq > 0 && !snapshot.path("stateRoot").asText().equals(root)) {
                        throw new ImportException("snapshot " + name + " does not match entry " + seq + " of the history");
                    }
                    writer.snapshot(name, seq, Hash32.fromHex(snapshot.path("stateRoot").asText()),
                            snapshot.path("blockHeight").asLong(), snapshot.path("takenMillis").asLong());
                }
                writer.meta(Map.of("mining", StoreMeta.miningName(mining)));
                writer.commit();
            } catch (SQLException | IllegalArgumentException e) {
                throw new ImportException("cannot record the snapshots: " + e.getMessage(), e);
            }
        }

        private static String stateRootAt(Connection c, long seq) throws SQLException {
            try (var query = c.prepareStatement("SELECT state_root FROM log WHERE seq = ?")) {
                query.setLong(1, seq);
                try (var rows = query.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        }
    }

    private static ChainParameters chain(JsonNode node) {
        try {
            return new ChainParameters(node.path("genesisTimeMillis").asLong(-1), node.path("slotMillis").asLong(-1),
                    node.path("slotsPerBlock").asLong(-1));
        } catch (IllegalArgumentException e) {
            throw new ImportException("the export's chain parameters are invalid: " + e.getMessage(), e);
        }
    }

    private static InMemoryLedger.Mining mining(String name) {
        try {
            return StoreMeta.mining(name);
        } catch (IllegalArgumentException e) {
            throw new ImportException(e.getMessage(), e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new LedgerException("cannot remove " + root + ": " + e.getMessage(), e);
        }
    }

}
