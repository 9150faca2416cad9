package dev.starstream.studio.ledger.store;

import dev.starstream.studio.ledger.LedgerException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The versioned schema of a ledger store and its forward migrations. The version lives in SQLite's
 * {@code PRAGMA user_version}; each migration runs in its own transaction together with the version
 * bump, so a store is always at exactly one version. A store from a newer Studio is refused, never
 * downgraded. Tables are plain SQL with hex-text hashes and JSON text so that {@code sqlite3} can
 * query them (see docs/ledger.md).
 */
public final class Migrations {
    /** One step of the schema's history; never edit a released one, add a new one. */
    public record Migration(int version, String description, List<String> statements) {}

    public static final List<Migration> ALL = List.of(
            new Migration(1, "log, contracts, blocks, transactions, utxos, ownership, counters", List.of(
                    """
                    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID""",
                    """
                    CREATE TABLE log (
                      seq        INTEGER PRIMARY KEY,
                      kind       TEXT NOT NULL CHECK (kind IN ('deploy', 'transaction', 'block', 'slots')),
                      subject    TEXT NOT NULL,
                      state_root TEXT NOT NULL)""",
                    """
                    CREATE TABLE contracts (
                      hash       TEXT PRIMARY KEY,
                      name       TEXT NOT NULL,
                      module     BLOB NOT NULL,
                      layout     TEXT NOT NULL,
                      debug_info TEXT NOT NULL,
                      seq        INTEGER NOT NULL)""",
                    """
                    CREATE TABLE blocks (
                      height      INTEGER PRIMARY KEY,
                      hash        TEXT NOT NULL UNIQUE,
                      parent_hash TEXT NOT NULL,
                      slot        INTEGER NOT NULL,
                      time_ms     INTEGER NOT NULL,
                      tx_count    INTEGER NOT NULL,
                      tx_root     TEXT NOT NULL,
                      state_root  TEXT NOT NULL,
                      seq         INTEGER NOT NULL)""",
                    """
                    CREATE TABLE transactions (
                      hash           TEXT PRIMARY KEY,
                      seq            INTEGER NOT NULL UNIQUE,
                      block_height   INTEGER NOT NULL,
                      position       INTEGER NOT NULL,
                      entry_contract TEXT NOT NULL,
                      script         TEXT NOT NULL,
                      input_count    INTEGER NOT NULL,
                      output_count   INTEGER NOT NULL,
                      gas            INTEGER NOT NULL,
                      verified_by    TEXT NOT NULL,
                      body           BLOB NOT NULL,
                      body_json      TEXT NOT NULL,
                      trace          TEXT)""",
                    """
                    CREATE INDEX transactions_block ON transactions(block_height, position)""",
                    """
                    CREATE TABLE tx_io (
                      tx        TEXT NOT NULL,
                      seq       INTEGER NOT NULL,
                      io        TEXT NOT NULL CHECK (io IN ('input', 'output')),
                      position  INTEGER NOT NULL,
                      fate      TEXT NOT NULL CHECK (fate IN ('reference', 'continued', 'burned', 'created', 'ephemeral')),
                      before_id TEXT,
                      after_id  TEXT,
                      coroutine TEXT NOT NULL,
                      PRIMARY KEY (tx, io, position)) WITHOUT ROWID""",
                    """
                    CREATE INDEX tx_io_coroutine ON tx_io(coroutine, seq)""",
                    """
                    CREATE TABLE utxos (
                      id          TEXT PRIMARY KEY,
                      contract    TEXT NOT NULL,
                      nonce       INTEGER NOT NULL,
                      kind        TEXT NOT NULL CHECK (kind IN ('utxo', 'token')),
                      type_index  INTEGER NOT NULL,
                      yield_point INTEGER NOT NULL,
                      words       TEXT NOT NULL,
                      abis        TEXT NOT NULL,
                      coroutine   TEXT NOT NULL,
                      created_seq INTEGER NOT NULL,
                      created_tx  TEXT NOT NULL,
                      spent_seq   INTEGER,
                      spent_tx    TEXT,
                      UNIQUE (contract, nonce))""",
                    """
                    CREATE INDEX utxos_coroutine ON utxos(coroutine)""",
                    """
                    CREATE INDEX utxos_created ON utxos(created_seq)""",
                    """
                    CREATE INDEX utxos_spent ON utxos(spent_seq) WHERE spent_seq IS NOT NULL""",
                    """
                    CREATE TABLE ownership (
                      token    TEXT NOT NULL,
                      owner    TEXT NOT NULL,
                      from_seq INTEGER NOT NULL,
                      to_seq   INTEGER,
                      PRIMARY KEY (token, from_seq)) WITHOUT ROWID""",
                    """
                    CREATE INDEX ownership_live_owner ON ownership(owner) WHERE to_seq IS NULL""",
                    """
                    CREATE TABLE counters (contract TEXT PRIMARY KEY, next_nonce INTEGER NOT NULL) WITHOUT ROWID""",
                    """
                    CREATE VIEW live_utxos AS
                      SELECT u.id, u.contract, u.nonce, u.kind, u.type_index, u.yield_point, u.words, u.abis,
                             u.coroutine, o.owner, u.created_seq, u.created_tx
                      FROM utxos u LEFT JOIN ownership o ON o.token = u.coroutine AND o.to_seq IS NULL
                      WHERE u.spent_seq IS NULL""")),
            new Migration(2, "named snapshots; live utxos by contract", List.of(
                    """
                    CREATE TABLE snapshots (
                      name         TEXT PRIMARY KEY,
                      seq          INTEGER NOT NULL,
                      state_root   TEXT NOT NULL,
                      block_height INTEGER NOT NULL,
                      taken_ms     INTEGER NOT NULL)""",
                    """
                    CREATE INDEX utxos_live_contract ON utxos(contract) WHERE spent_seq IS NULL""")),
            new Migration(3, "fewer pages written per transaction: utxos keyed by id without rowid, no index that only "
                    + "reverts used, events and result as JSON columns instead of the whole body as JSON", List.of(
                    "DROP VIEW live_utxos",
                    """
                    CREATE TABLE utxos_v3 (
                      id          TEXT PRIMARY KEY,
                      contract    TEXT NOT NULL,
                      nonce       INTEGER NOT NULL,
                      kind        TEXT NOT NULL CHECK (kind IN ('utxo', 'token')),
                      type_index  INTEGER NOT NULL,
                      yield_point INTEGER NOT NULL,
                      words       TEXT NOT NULL,
                      abis        TEXT NOT NULL,
                      coroutine   TEXT NOT NULL,
                      created_seq INTEGER NOT NULL,
                      created_tx  TEXT NOT NULL,
                      spent_seq   INTEGER,
                      spent_tx    TEXT) WITHOUT ROWID""",
                    """
                    INSERT INTO utxos_v3 SELECT id, contract, nonce, kind, type_index, yield_point, words, abis, coroutine,
                      created_seq, created_tx, spent_seq, spent_tx FROM utxos""",
                    "DROP TABLE utxos",
                    "ALTER TABLE utxos_v3 RENAME TO utxos",
                    "CREATE INDEX utxos_coroutine ON utxos(coroutine)",
                    "CREATE INDEX utxos_live_contract ON utxos(contract) WHERE spent_seq IS NULL",
                    """
                    CREATE TABLE transactions_v3 (
                      hash           TEXT PRIMARY KEY,
                      seq            INTEGER NOT NULL,
                      block_height   INTEGER NOT NULL,
                      position       INTEGER NOT NULL,
                      entry_contract TEXT NOT NULL,
                      script         TEXT NOT NULL,
                      input_count    INTEGER NOT NULL,
                      output_count   INTEGER NOT NULL,
                      gas            INTEGER NOT NULL,
                      verified_by    TEXT NOT NULL,
                      events         TEXT NOT NULL,
                      result         TEXT NOT NULL,
                      body           BLOB NOT NULL,
                      trace          TEXT)""",
                    """
                    INSERT INTO transactions_v3 SELECT hash, seq, block_height, position, entry_contract, script, input_count,
                      output_count, gas, verified_by, coalesce(json_extract(body_json, '$.effects.events'), '[]'),
                      coalesce(json_extract(body_json, '$.effects.result'), 'null'), body, trace FROM transactions""",
                    "DROP TABLE transactions",
                    "ALTER TABLE transactions_v3 RENAME TO transactions",
                    "CREATE INDEX transactions_block ON transactions(block_height, position)",
                    """
                    CREATE VIEW live_utxos AS
                      SELECT u.id, u.contract, u.nonce, u.kind, u.type_index, u.yield_point, u.words, u.abis,
                             u.coroutine, o.owner, u.created_seq, u.created_tx
                      FROM utxos u LEFT JOIN ownership o ON o.token = u.coroutine AND o.to_seq IS NULL
                      WHERE u.spent_seq IS NULL""")),
            new Migration(4, "fewer and smaller pages written per transaction: utxos keyed by (contract, nonce) so new "
                    + "ones append, their id computed and their transactions found by log position, transactions keyed by "
                    + "log position, tx_io by (seq, io, position), a live-only coroutine index, no block-hash and "
                    + "block-position indexes, counters derived from utxos", List.of(
                    "DROP VIEW live_utxos",
                    """
                    CREATE TABLE utxos_v4 (
                      id          TEXT GENERATED ALWAYS AS (contract || ':' || nonce) VIRTUAL,
                      contract    TEXT NOT NULL,
                      nonce       INTEGER NOT NULL,
                      kind        TEXT NOT NULL CHECK (kind IN ('utxo', 'token')),
                      type_index  INTEGER NOT NULL,
                      yield_point INTEGER NOT NULL,
                      words       TEXT NOT NULL,
                      abis        TEXT NOT NULL,
                      coroutine   TEXT NOT NULL,
                      created_seq INTEGER NOT NULL,
                      spent_seq   INTEGER,
                      PRIMARY KEY (contract, nonce)) WITHOUT ROWID""",
                    """
                    INSERT INTO utxos_v4(contract, nonce, kind, type_index, yield_point, words, abis, coroutine, created_seq,
                      spent_seq) SELECT contract, nonce, kind, type_index, yield_point, words, abis, coroutine, created_seq,
                      spent_seq FROM utxos ORDER BY contract, nonce""",
                    "DROP TABLE utxos",
                    "ALTER TABLE utxos_v4 RENAME TO utxos",
                    "CREATE INDEX utxos_coroutine ON utxos(coroutine) WHERE spent_seq IS NULL",
                    "CREATE INDEX utxos_live_contract ON utxos(contract) WHERE spent_seq IS NULL",
                    """
                    CREATE TABLE transactions_v4 (
                      hash           TEXT NOT NULL UNIQUE,
                      seq            INTEGER PRIMARY KEY,
                      block_height   INTEGER NOT NULL,
                      position       INTEGER NOT NULL,
                      entry_contract TEXT NOT NULL,
                      script         TEXT NOT NULL,
                      input_count    INTEGER NOT NULL,
                      output_count   INTEGER NOT NULL,
                      gas            INTEGER NOT NULL,
                      verified_by    TEXT NOT NULL,
                      events         TEXT NOT NULL,
                      result         TEXT NOT NULL,
                      body           BLOB NOT NULL,
                      trace          TEXT)""",
                    "INSERT INTO transactions_v4 SELECT * FROM transactions ORDER BY seq",
                    "DROP TABLE transactions",
                    "ALTER TABLE transactions_v4 RENAME TO transactions",
                    """
                    CREATE TABLE tx_io_v4 (
                      seq       INTEGER NOT NULL,
                      io        TEXT NOT NULL CHECK (io IN ('input', 'output')),
                      position  INTEGER NOT NULL,
                      fate      TEXT NOT NULL CHECK (fate IN ('reference', 'continued', 'burned', 'created', 'ephemeral')),
                      before_id TEXT,
                      after_id  TEXT,
                      coroutine TEXT NOT NULL,
                      PRIMARY KEY (seq, io, position)) WITHOUT ROWID""",
                    """
                    INSERT INTO tx_io_v4 SELECT seq, io, position, fate, before_id, after_id, coroutine FROM tx_io
                      ORDER BY seq, io, position""",
                    "DROP TABLE tx_io",
                    "ALTER TABLE tx_io_v4 RENAME TO tx_io",
                    "CREATE INDEX tx_io_coroutine ON tx_io(coroutine, seq)",
                    """
                    CREATE TABLE blocks_v4 (
                      height      INTEGER PRIMARY KEY,
                      hash        TEXT NOT NULL,
                      parent_hash TEXT NOT NULL,
                      slot        INTEGER NOT NULL,
                      time_ms     INTEGER NOT NULL,
                      tx_count    INTEGER NOT NULL,
                      tx_root     TEXT NOT NULL,
                      state_root  TEXT NOT NULL,
                      seq         INTEGER NOT NULL)""",
                    "INSERT INTO blocks_v4 SELECT * FROM blocks ORDER BY height",
                    "DROP TABLE blocks",
                    "ALTER TABLE blocks_v4 RENAME TO blocks",
                    "DROP TABLE counters",
                    """
                    CREATE VIEW counters AS
                      SELECT contract, next_nonce FROM (
                        SELECT c.hash AS contract, (SELECT max(u.nonce) + 1 FROM utxos u WHERE u.contract = c.hash) AS next_nonce
                        FROM contracts c)
                      WHERE next_nonce IS NOT NULL""",
                    """
                    CREATE VIEW live_utxos AS
                      SELECT u.id, u.contract, u.nonce, u.kind, u.type_index, u.yield_point, u.words, u.abis,
                             u.coroutine, o.owner, u.created_seq,
                             (SELECT t.hash FROM transactions t WHERE t.seq = u.created_seq) AS created_tx
                      FROM utxos u LEFT JOIN ownership o ON o.token = u.coroutine AND o.to_seq IS NULL
                      WHERE u.spent_seq IS NULL""")));

    private Migrations() {}

    public static int latest() {
        return ALL.getLast().version();
    }

    public static int versionOf(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /** Brings the store up to {@link #latest()}, one transaction per step, up to {@code target}; returns the steps run. */
    public static int migrate(Connection connection, int target) throws SQLException {
        int current = versionOf(connection);
        if (current > latest()) {
            throw new LedgerException("this ledger store has schema version " + current
                    + ", made by a newer Studio; this one reads versions up to " + latest());
        }
        int steps = 0;
        for (Migration migration : ALL) {
            if (migration.version() <= current || migration.version() > target) {
                continue;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                try {
                    for (String sql : migration.statements()) {
                        statement.execute(sql);
                    }
                    statement.execute("PRAGMA user_version = " + migration.version());
                    statement.execute("COMMIT");
                } catch (SQLException e) {
                    statement.execute("ROLLBACK");
                    throw e;
                }
            }
            steps++;
        }
        return steps;
    }
}
