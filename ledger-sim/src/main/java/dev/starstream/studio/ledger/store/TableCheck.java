package dev.starstream.studio.ledger.store;

import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares the live tables of a store (what queries read) with the state its replayed history
 * gives, and names the first differences: an edited word, a deleted or invented utxo, a changed
 * owner or counter, rows without a log entry.
 */
final class TableCheck {
    private static final int MAX_NAMED = 5;

    private final Connection connection;
    private final InMemoryLedger history;

    TableCheck(Connection connection, InMemoryLedger history) {
        this.connection = connection;
        this.history = history;
    }

    Optional<String> compare() throws SQLException {
        List<String> differences = new ArrayList<>();
        compareUtxos(differences);
        compareOwners(differences);
        compareCounters(differences);
        compareCounts(differences);
        if (differences.isEmpty()) {
            return Optional.empty();
        }
        List<String> named = differences.subList(0, Math.min(MAX_NAMED, differences.size()));
        String more = differences.size() > MAX_NAMED ? " (and " + (differences.size() - MAX_NAMED) + " more)" : "";
        return Optional.of("the tables do not match the verified history: " + String.join("; ", named) + more);
    }

    /**
     * Compares the live utxo rows with the history's utxos. Rows are compared as text first (the
     * history's values written as the writer writes them); only a row that differs is parsed, so that
     * a row with other text for the same values still matches and a changed one is named.
     */
    private void compareUtxos(List<String> differences) throws SQLException {
        Map<String, UtxoEntry> expected = new HashMap<>();
        history.utxos().forEach(entry -> expected.put(entry.id().toString(), entry));
        TreeSet<String> unexpected = new TreeSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT id, kind, words, abis, coroutine, owner, id = contract || ':' || nonce AS consistent
                        FROM live_utxos""")) {
            while (rows.next()) {
                String id = rows.getString("id");
                if (rows.getInt("consistent") != 1) {
                    differences.add("utxo " + id + " has contract/nonce columns that disagree with its id");
                }
                UtxoEntry want = expected.remove(id);
                if (want == null) {
                    unexpected.add(id);
                } else if (!sameText(rows, want)) {
                    compareParsed(rows, want, differences);
                }
            }
        }
        new TreeSet<>(expected.keySet()).forEach(id -> differences.add("utxo " + id + " is missing"));
        unexpected.forEach(id -> differences.add("utxo " + id + " is live but no transaction created it"));
    }

    private static boolean sameText(ResultSet row, UtxoEntry want) throws SQLException {
        return Rows.kind(want.state().kind()).equals(row.getString("kind"))
                && Rows.words(want.state()).equals(row.getString("words"))
                && Rows.strings(want.abis()).equals(row.getString("abis"))
                && want.coroutine().toString().equals(row.getString("coroutine"))
                && Objects.equals(want.owner() == null ? null : want.owner().toString(), row.getString("owner"));
    }

    private static void compareParsed(ResultSet row, UtxoEntry want, List<String> differences) throws SQLException {
        UtxoEntry have;
        try {
            have = Rows.entry(row);
        } catch (SQLException e) {
            differences.add("utxo row " + row.getString("id") + " is damaged: " + e.getMessage());
            return;
        }
        if (!have.id().equals(want.id())) {
            differences.add("utxo row " + row.getString("id") + " has an id that does not parse back to itself");
        } else if (!have.state().equals(want.state())) {
            differences.add("utxo " + want.id() + " has the state " + have.state() + " but the history gives " + want.state());
        } else if (!have.equals(want)) {
            differences.add("utxo " + want.id() + " has other coroutine, ABIs or owner than the history gives");
        }
    }

    private void compareOwners(List<String> differences) throws SQLException {
        Map<String, String> stored = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT token, owner FROM ownership WHERE to_seq IS NULL")) {
            while (rows.next()) {
                if (stored.put(rows.getString(1), rows.getString(2)) != null) {
                    differences.add("token " + rows.getString(1) + " has two current owners");
                }
            }
        }
        Map<String, String> expected = new HashMap<>();
        history.owners().forEach((token, owner) -> expected.put(token.toString(), owner.toString()));
        if (!stored.equals(expected)) {
            TreeSet<String> tokens = new TreeSet<>(stored.keySet());
            tokens.addAll(expected.keySet());
            for (String token : tokens) {
                if (!Objects.equals(stored.get(token), expected.get(token))) {
                    differences.add("token " + token + " is owned by " + stored.get(token) + " in the table but by "
                            + expected.get(token) + " in the history");
                }
            }
        }
    }

    private void compareCounters(List<String> differences) throws SQLException {
        Map<Hash32, Long> stored = new HashMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT contract, next_nonce FROM counters")) {
            while (rows.next()) {
                Optional<Hash32> contract = Hash32.tryParse(rows.getString(1));
                if (contract.isEmpty()) {
                    differences.add("a counter row names the contract \"" + rows.getString(1) + "\"");
                } else {
                    stored.put(contract.get(), rows.getLong(2));
                }
            }
        }
        if (!stored.equals(history.counters())) {
            differences.add("the nonce counters are " + stored.values() + " but the history gives " + history.counters().values());
        }
    }

    private void compareCounts(List<String> differences) throws SQLException {
        long blocks = count("SELECT count(*) FROM blocks");
        if (blocks != history.blocks().size()) {
            differences.add("the blocks table has " + blocks + " rows but the log seals " + history.blocks().size() + " blocks");
        }
        long contracts = count("SELECT count(*) FROM contracts");
        if (contracts != history.contracts().size()) {
            differences.add("the contracts table has " + contracts + " rows but the log deploys " + history.contracts().size());
        }
        long unlogged = count("SELECT count(*) FROM transactions t WHERE NOT EXISTS "
                + "(SELECT 1 FROM log l WHERE l.seq = t.seq AND l.subject = t.hash)");
        if (unlogged > 0) {
            differences.add(unlogged + " transaction rows have no log entry");
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
