package dev.starstream.studio.ledger.transfer;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starstream.studio.ledger.LedgerException;
import dev.starstream.studio.ledger.store.Migrations;
import dev.starstream.studio.ledger.store.SqliteConnections;
import dev.starstream.studio.ledger.store.StoreFile;
import dev.starstream.studio.ledger.store.StoreMeta;
import dev.starstream.studio.ledger.store.StoreReader;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.TransactionCodec;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

/**
 * Writes a whole ledger as one JSON document (like anvil's state dump), streamed so that large
 * ledgers need little memory. The document is the ledger's log: every deployment, transaction
 * (with its trace), block and slot advance in order, each with the state root after it, then the
 * named snapshots and the head. Importing it replays and re-verifies every entry.
 *
 * <pre>
 * {"format":"starstream-ledger-export","version":1,
 *  "chain":{"genesisTimeMillis":…,"slotMillis":…,"slotsPerBlock":…},"mining":"per-transaction",
 *  "entries":[
 *    {"seq":1,"kind":"deploy","contract":{"hash","name","module":"&lt;base64&gt;","layout":…,"debugInfo":…},"stateRoot":…},
 *    {"seq":2,"kind":"transaction","hash":…,"verifiedBy":…,"transaction":{…},"stateRoot":…},
 *    {"seq":3,"kind":"block","block":{"height","slot","timeMillis","parentHash","txCount","txRoot","stateRoot","hash"},"stateRoot":…},
 *    {"seq":4,"kind":"slots","slots":5,"stateRoot":…}],
 *  "snapshots":[{"name","seq","blockHeight","stateRoot","takenMillis"}],
 *  "head":{"seq":…,"stateRoot":…,"tipHash":…}}
 * </pre>
 */
public final class LedgerExport {
    public static final String FORMAT = "starstream-ledger-export";
    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper();

    private LedgerExport() {}

    /** Exports the committed state of the ledger in {@code directory} (one read transaction) as UTF-8. */
    public static void write(Path directory, OutputStream out) {
        write(directory, c -> JSON.getFactory().createGenerator(out, JsonEncoding.UTF8));
    }

    /** Exports to a character stream. */
    public static void write(Path directory, java.io.Writer out) {
        write(directory, c -> JSON.getFactory().createGenerator(out));
    }

    @FunctionalInterface
    private interface Generators {
        JsonGenerator open(Connection c) throws IOException;
    }

    private static void write(Path directory, Generators generators) {
        try (Connection c = SqliteConnections.reader(StoreFile.in(directory))) {
            if (Migrations.versionOf(c) == 0) {
                throw new LedgerException("there is no ledger at " + directory);
            }
            try (Statement begin = c.createStatement()) {
                begin.execute("BEGIN");
                try {
                    write(c, generators.open(c));
                } finally {
                    begin.execute("COMMIT");
                }
            }
        } catch (SQLException e) {
            throw new LedgerException("cannot export " + directory + ": " + StoreFile.describe(e), e);
        } catch (IOException e) {
            throw new LedgerException("cannot write the export: " + e.getMessage(), e);
        }
    }

    private static void write(Connection c, JsonGenerator generator) throws SQLException, IOException {
        StoreMeta meta = StoreMeta.fromRows(StoreReader.meta(c));
        try (JsonGenerator json = generator) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeNumberField("version", VERSION);
            json.writeObjectFieldStart("chain");
            json.writeNumberField("genesisTimeMillis", meta.parameters().genesisTimeMillis());
            json.writeNumberField("slotMillis", meta.parameters().slotMillis());
            json.writeNumberField("slotsPerBlock", meta.parameters().slotsPerBlock());
            json.writeEndObject();
            json.writeStringField("mining", StoreMeta.miningName(meta.mining()));
            json.writeArrayFieldStart("entries");
            String lastRoot = null;
            long lastSeq = 0;
            try (Statement statement = c.createStatement();
                    ResultSet row = statement.executeQuery("""
                            SELECT l.seq, l.kind, l.subject, l.state_root, t.verified_by, t.body, t.trace,
                                   c.name, c.module, c.layout, c.debug_info, b.height, b.slot, b.time_ms, b.parent_hash,
                                   b.tx_count, b.tx_root
                            FROM log l
                            LEFT JOIN transactions t ON l.kind = 'transaction' AND t.seq = l.seq
                            LEFT JOIN contracts c ON l.kind = 'deploy' AND c.hash = l.subject
                            LEFT JOIN blocks b ON l.kind = 'block' AND b.seq = l.seq
                            ORDER BY l.seq""")) {
                while (row.next()) {
                    entry(json, row);
                    lastSeq = row.getLong("seq");
                    lastRoot = row.getString("state_root");
                }
            }
            json.writeEndArray();
            json.writeArrayFieldStart("snapshots");
            for (var snapshot : StoreReader.snapshots(c)) {
                json.writeObject(snapshot);
            }
            json.writeEndArray();
            var tip = StoreReader.blocks(c, StoreReader.count(c, "SELECT max(height) FROM blocks"), 1).getFirst();
            json.writeObjectFieldStart("head");
            json.writeNumberField("seq", lastSeq);
            json.writeStringField("stateRoot", lastRoot == null ? tip.header().stateRoot().hex() : lastRoot);
            json.writeStringField("tipHash", tip.hash().hex());
            json.writeEndObject();
            json.writeEndObject();
        }
    }

    private static void entry(JsonGenerator json, ResultSet row) throws SQLException, IOException {
        String kind = row.getString("kind");
        json.writeStartObject();
        json.writeNumberField("seq", row.getLong("seq"));
        json.writeStringField("kind", kind);
        switch (kind) {
            case "deploy" -> {
                json.writeObjectFieldStart("contract");
                json.writeStringField("hash", row.getString("subject"));
                json.writeStringField("name", row.getString("name"));
                json.writeStringField("module", Base64.getEncoder().encodeToString(row.getBytes("module")));
                json.writeFieldName("layout");
                json.writeTree(tree(row.getString("layout")));
                json.writeFieldName("debugInfo");
                json.writeTree(tree(row.getString("debug_info")));
                json.writeEndObject();
            }
            case "transaction" -> {
                Transaction tx = TransactionCodec.decode(row.getBytes("body"));
                String trace = row.getString("trace");
                if (trace != null) {
                    tx = tx.withTrace(tree(trace));
                }
                json.writeStringField("hash", row.getString("subject"));
                json.writeStringField("verifiedBy", row.getString("verified_by"));
                json.writeObjectField("transaction", tx);
            }
            case "block" -> {
                json.writeObjectFieldStart("block");
                json.writeNumberField("height", row.getLong("height"));
                json.writeNumberField("slot", row.getLong("slot"));
                json.writeNumberField("timeMillis", row.getLong("time_ms"));
                json.writeStringField("parentHash", row.getString("parent_hash"));
                json.writeNumberField("txCount", row.getInt("tx_count"));
                json.writeStringField("txRoot", row.getString("tx_root"));
                json.writeStringField("stateRoot", row.getString("state_root"));
                json.writeStringField("hash", row.getString("subject"));
                json.writeEndObject();
            }
            case "slots" -> json.writeNumberField("slots", Long.parseLong(row.getString("subject")));
            default -> throw new SQLException("a log entry of unknown kind " + kind);
        }
        json.writeStringField("stateRoot", row.getString("state_root"));
        json.writeEndObject();
    }

    private static JsonNode tree(String text) throws SQLException {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new SQLException("stored JSON that does not parse: " + e.getMessage(), e);
        }
    }
}
