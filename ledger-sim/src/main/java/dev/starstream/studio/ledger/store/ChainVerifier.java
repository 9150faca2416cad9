package dev.starstream.studio.ledger.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.starstream.studio.ledger.VerificationReport;
import dev.starstream.studio.vm.ledger.BlockHeader;
import dev.starstream.studio.vm.ledger.ChainParameters;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import dev.starstream.studio.vm.ledger.MalformedEncodingException;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.TransactionCodec;
import dev.starstream.studio.vm.ledger.TransitionResult;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Verifies a store by replaying its log into a fresh {@link InMemoryLedger}: every transaction's
 * stored bytes must decode and hash to its recorded hash and apply cleanly; every block must
 * re-derive to its recorded header and hash (so the hash chain holds); the state root after every
 * entry must match the one recorded; and the live tables (utxos, ownership, counters, contracts)
 * must hash to the final state root. The replayed ledger becomes the writer's working copy. Nothing
 * is ever repaired: the first problem stops the replay and is reported with what came before it.
 */
public final class ChainVerifier {
    /** The log with each entry's transaction or contract (blocks are read beside it, in height order). */
    private static final String REPLAY = """
            SELECT l.seq, l.kind, l.subject, l.state_root,
                   t.hash AS t_hash, t.block_height, t.position, t.body,
                   c.hash AS c_hash, c.name, c.module, c.layout, c.debug_info
            FROM log l
            LEFT JOIN transactions t ON l.kind = 'transaction' AND t.seq = l.seq
            LEFT JOIN contracts c ON l.kind = 'deploy' AND c.hash = l.subject
            ORDER BY l.seq""";
    private static final String BLOCKS = """
            SELECT height, hash, parent_hash, slot, time_ms, tx_count, tx_root, state_root, seq
            FROM blocks WHERE height > 0 ORDER BY height""";

    /** The replayed ledger (complete when the report is ok) and the report. */
    public record Replay(InMemoryLedger ledger, long headSeq, VerificationReport report) {}

    private final Connection connection;
    private final ChainParameters parameters;
    private final boolean integrityCheck;
    private final List<String> problems = new ArrayList<>();
    private long entries;
    private long transactions;

    public ChainVerifier(Connection connection, ChainParameters parameters, boolean integrityCheck) {
        this.connection = connection;
        this.parameters = parameters;
        this.integrityCheck = integrityCheck;
    }

    public Replay run() {
        long started = System.nanoTime();
        InMemoryLedger ledger = new InMemoryLedger(parameters, InMemoryLedger.Mining.ON_DEMAND);
        try {
            if (integrityCheck) {
                checkIntegrity();
            }
            checkGenesis(ledger);
            if (problems.isEmpty()) {
                replay(ledger);
            }
            if (problems.isEmpty()) {
                new TableCheck(connection, ledger).compare().ifPresent(problems::add);
            }
        } catch (SQLException e) {
            problems.add("the database cannot be read after log entry " + entries + ": " + e.getMessage());
        }
        VerificationReport report = new VerificationReport(problems, entries, transactions,
                ledger.chainTip().height(), Duration.ofNanos(System.nanoTime() - started));
        return new Replay(ledger, entries, report);
    }

    private void checkIntegrity() throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA quick_check(5)")) {
            List<String> messages = new ArrayList<>();
            while (rows.next()) {
                messages.add(rows.getString(1));
            }
            if (!messages.equals(List.of("ok"))) {
                problems.add("SQLite reports damage in the file: " + String.join("; ", messages));
            }
        }
    }

    private void checkGenesis(InMemoryLedger ledger) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT hash FROM blocks WHERE height = 0")) {
            Hash32 expected = ledger.chainTip().blockHash();
            if (!rows.next()) {
                problems.add("the genesis block (height 0) is missing");
            } else if (!expected.hex().equals(rows.getString(1))) {
                problems.add("the genesis block's hash is " + rows.getString(1) + " but the chain parameters give " + expected);
            }
        }
    }

    private void replay(InMemoryLedger ledger) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(REPLAY);
                Statement blockStatement = connection.createStatement(); ResultSet blocks = blockStatement.executeQuery(BLOCKS)) {
            while (row.next()) {
                long seq = row.getLong("seq");
                if (seq != entries + 1) {
                    problems.add("log entry " + (entries + 1) + " is missing (the next one is " + seq + ")");
                    return;
                }
                Optional<String> problem = switch (row.getString("kind")) {
                    case "deploy" -> deploy(ledger, row);
                    case "transaction" -> transaction(ledger, row);
                    case "block" -> block(ledger, row, blocks);
                    case "slots" -> slots(ledger, row);
                    default -> Optional.of("has the unknown kind \"" + row.getString("kind") + "\"");
                };
                if (problem.isEmpty() && !ledger.stateRoot().hex().equals(row.getString("state_root"))) {
                    problem = Optional.of("records the state root " + row.getString("state_root")
                            + " but replaying the history gives " + ledger.stateRoot());
                }
                if (problem.isPresent()) {
                    problems.add("log entry " + seq + " (" + row.getString("kind") + " " + row.getString("subject") + ") "
                            + problem.get());
                    return;
                }
                entries = seq;
            }
        }
    }

    private static Optional<String> deploy(InMemoryLedger ledger, ResultSet row) throws SQLException {
        if (row.getString("c_hash") == null) {
            return Optional.of("names a contract that is not in the contracts table");
        }
        try {
            DeployedContract contract = new DeployedContract(Hash32.fromHex(row.getString("c_hash")), row.getString("name"),
                    row.getBytes("module"), Rows.JSON.readTree(row.getString("layout")),
                    Rows.JSON.readTree(row.getString("debug_info")));
            if (ledger.deploy(contract) != InMemoryLedger.DeployResult.DEPLOYED) {
                return Optional.of("deploys a contract that was already deployed");
            }
            return Optional.empty();
        } catch (JsonProcessingException e) {
            return Optional.of("has layout or debug info that is not JSON: " + e.getOriginalMessage());
        } catch (IllegalArgumentException e) {
            return Optional.of("is damaged: " + e.getMessage());
        }
    }

    private Optional<String> transaction(InMemoryLedger ledger, ResultSet row) throws SQLException {
        if (row.getString("t_hash") == null) {
            return Optional.of("names a transaction that is not in the transactions table");
        }
        if (!row.getString("t_hash").equals(row.getString("subject"))) {
            return Optional.of("names a transaction, but the transactions table records " + row.getString("t_hash")
                    + " at that position");
        }
        Transaction tx;
        try {
            tx = TransactionCodec.decode(row.getBytes("body"));
        } catch (MalformedEncodingException e) {
            return Optional.of("has damaged stored bytes: " + e.getMessage());
        }
        Hash32 hash = tx.hash();
        if (!hash.hex().equals(row.getString("subject"))) {
            return Optional.of("has stored bytes that hash to " + hash + ", not to its recorded hash");
        }
        if (row.getLong("block_height") != ledger.pendingBlock().height()
                || row.getInt("position") != ledger.pendingCount()) {
            return Optional.of("is recorded in block " + row.getLong("block_height") + " at position " + row.getInt("position")
                    + " but the history puts it in block " + ledger.pendingBlock().height() + " at position "
                    + ledger.pendingCount());
        }
        return switch (ledger.plan(tx, hash)) {
            case TransitionResult.Refused refused -> Optional.of("does not apply to the state before it: "
                    + refused.rejection().reason() + ": " + refused.rejection().message());
            case TransitionResult.Planned planned -> {
                ledger.commit(planned.plan());
                transactions++;
                yield Optional.empty();
            }
        };
    }

    /**
     * A block entry: the next row of {@code blocks} (read in height order beside the log) must be the
     * block the history seals here, with the hash the log names.
     */
    private static Optional<String> block(InMemoryLedger ledger, ResultSet row, ResultSet blocks) throws SQLException {
        BlockHeader mined = ledger.mineBlock();
        if (!blocks.next() || blocks.getLong("height") != mined.height() || !row.getString("subject").equals(blocks.getString("hash"))
                || blocks.getLong("seq") != row.getLong("seq")) {
            return Optional.of("names a block that is not in the blocks table at height " + mined.height());
        }
        BlockHeader stored;
        try {
            stored = new BlockHeader(blocks.getLong("height"), blocks.getLong("slot"), blocks.getLong("time_ms"),
                    Hash32.fromHex(blocks.getString("parent_hash")), blocks.getInt("tx_count"),
                    Hash32.fromHex(blocks.getString("tx_root")), Hash32.fromHex(blocks.getString("state_root")));
        } catch (IllegalArgumentException e) {
            return Optional.of("has a damaged header: " + e.getMessage());
        }
        if (!stored.equals(mined)) {
            return Optional.of("has the header " + stored + " but the history gives " + mined);
        }
        if (!mined.hash().hex().equals(blocks.getString("hash"))) {
            return Optional.of("records the hash " + blocks.getString("hash") + " but its header hashes to " + mined.hash());
        }
        return Optional.empty();
    }

    private static Optional<String> slots(InMemoryLedger ledger, ResultSet row) throws SQLException {
        try {
            long slots = Long.parseLong(row.getString("subject"));
            if (slots < 0) {
                return Optional.of("moves time backwards");
            }
            ledger.advanceSlots(slots);
            return Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.of("does not name a number of slots");
        }
    }
}
