package dev.starstream.studio.ledger;

import dev.starstream.studio.ledger.store.Migrations;
import dev.starstream.studio.ledger.store.ReaderPool;
import dev.starstream.studio.ledger.store.StoreMeta;
import dev.starstream.studio.ledger.store.StoreReader;
import dev.starstream.studio.vm.ledger.ChainTip;
import dev.starstream.studio.vm.ledger.CoroutineId;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.PendingBlock;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * What the IDE, the debugger and the command line ask a ledger. Every method runs in one SQLite read
 * transaction, concurrently with writes, and sees one committed state: a transaction is visible
 * entirely or not at all.
 */
public final class LedgerQueries {
    private final ReaderPool readers;
    private final Path file;
    private final StoreMeta meta;

    LedgerQueries(ReaderPool readers, Path file, StoreMeta meta) {
        this.readers = readers;
        this.file = file;
        this.meta = meta;
    }

    public LedgerStatus status() {
        return readers.read(c -> {
            long revision = StoreReader.count(c, "SELECT coalesce(max(seq), 0) FROM log");
            List<StoredBlock> tipBlock = StoreReader.blocks(c, StoreReader.count(c, "SELECT max(height) FROM blocks"), 1);
            StoredBlock tip = tipBlock.getFirst();
            long advanced = StoreReader.count(c, "SELECT coalesce(sum(CAST(subject AS INTEGER)), 0) FROM log "
                    + "WHERE kind = 'slots' AND seq > ?", tip.header().height() == 0 ? 0 : seqOfBlock(c, tip.header().height()));
            long pendingSlot = tip.header().slot() + meta.parameters().slotsPerBlock() + advanced;
            long pendingHeight = tip.header().height() + 1;
            String root = StoreReader.count(c, "SELECT count(*) FROM log") == 0
                    ? tip.header().stateRoot().hex()
                    : stringOf(c, "SELECT state_root FROM log ORDER BY seq DESC LIMIT 1");
            return new LedgerStatus(
                    file.toString(),
                    Migrations.versionOf(c),
                    StoreMeta.miningName(meta.mining()),
                    revision,
                    new ChainTip(tip.header().height(), tip.header().slot(), tip.header().timeMillis(), tip.hash()),
                    new PendingBlock(pendingHeight, pendingSlot, meta.parameters().timeOfSlot(pendingSlot)),
                    (int) StoreReader.pendingTransactionCount(c),
                    Hash32.fromHex(root),
                    StoreReader.count(c, "SELECT count(*) FROM utxos WHERE spent_seq IS NULL"),
                    StoreReader.count(c, "SELECT count(*) FROM transactions"),
                    StoreReader.count(c, "SELECT count(*) FROM contracts"),
                    StoreReader.count(c, "SELECT count(*) FROM snapshots"));
        });
    }

    private static long seqOfBlock(Connection c, long height) throws SQLException {
        return StoreReader.count(c, "SELECT seq FROM blocks WHERE height = ?", height);
    }

    private static String stringOf(Connection c, String sql) throws SQLException {
        try (var statement = c.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Every live utxo and token, by contract and nonce. */
    public List<UtxoEntry> utxos() {
        return readers.read(c -> StoreReader.utxos(c, ""));
    }

    public List<UtxoEntry> utxosOfContract(Hash32 contract) {
        return readers.read(c -> StoreReader.utxos(c, "WHERE contract = ?", contract.hex()));
    }

    /** The live tokens owned by the utxo coroutine {@code owner}. */
    public List<UtxoEntry> tokensOwnedBy(CoroutineId owner) {
        return readers.read(c -> StoreReader.utxos(c, "WHERE owner = ?", owner.toString()));
    }

    public Optional<UtxoEntry> utxo(UtxoId id) {
        return readers.read(c -> StoreReader.utxo(c, id));
    }

    /** The live utxo of a coroutine, if it has not ended. */
    public Optional<UtxoEntry> currentOf(CoroutineId coroutine) {
        return readers.read(c -> StoreReader.utxos(c, "WHERE coroutine = ?", coroutine.toString()).stream().findFirst());
    }

    /** Every transaction that created, continued, referenced or ended the coroutine, in order. */
    public List<TxSummary> historyOf(CoroutineId coroutine) {
        return readers.read(c -> StoreReader.history(c, coroutine));
    }

    public Optional<StoredTransaction> transaction(Hash32 hash) {
        return readers.read(c -> StoreReader.transaction(c, hash));
    }

    /** Transactions whose hash starts with these hex digits (for short ids on the command line). */
    public List<Hash32> transactionsStartingWith(String hexPrefix, int limit) {
        return readers.read(c -> StoreReader.transactionHashes(c, hexPrefix.toLowerCase(java.util.Locale.ROOT), limit));
    }

    /** The latest transactions, newest first. */
    public List<TxSummary> latestTransactions(int limit) {
        return readers.read(c -> StoreReader.summaries(c, "ORDER BY t.seq DESC LIMIT ?", limit));
    }

    public List<StoredBlock> blocks(long fromHeight, int limit) {
        return readers.read(c -> StoreReader.blocks(c, fromHeight, limit));
    }

    public List<SnapshotInfo> snapshots() {
        return readers.read(StoreReader::snapshots);
    }

    public List<ContractInfo> contracts() {
        return readers.read(StoreReader::contracts);
    }

    public Optional<DeployedContract> contract(Hash32 hash) {
        return readers.read(c -> StoreReader.contract(c, hash));
    }

    Optional<SnapshotInfo> snapshotIn(Connection c, String name) throws SQLException {
        return StoreReader.snapshots(c).stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
