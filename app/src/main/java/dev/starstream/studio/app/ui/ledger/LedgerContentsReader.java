package dev.starstream.studio.app.ui.ledger;

import dev.starstream.studio.app.run.StateDecoder;
import dev.starstream.studio.app.run.WorkspaceSession;
import dev.starstream.studio.ledger.LedgerException;
import dev.starstream.studio.ledger.LedgerQueries;
import dev.starstream.studio.ledger.LedgerStatus;
import dev.starstream.studio.ledger.SnapshotInfo;
import dev.starstream.studio.ledger.StoredBlock;
import dev.starstream.studio.ledger.StoredTransaction;
import dev.starstream.studio.ledger.TxIo;
import dev.starstream.studio.ledger.TxSummary;
import dev.starstream.studio.vm.ledger.Continuation;
import dev.starstream.studio.vm.ledger.CoroutineId;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.NewOutput;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.TxEvent;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoState;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads what the Ledger explorer shows from a workspace session (plain Java; runs off the JavaFX thread). */
public final class LedgerContentsReader {
    /** How many of the latest blocks the explorer lists. */
    public static final int BLOCKS = 50;

    private LedgerContentsReader() {}

    /** @param known the utxo ids shown before, the others are marked fresh; null: none is (a first read) */
    public static LedgerContents read(WorkspaceSession session, @org.jspecify.annotations.Nullable Set<String> known) {
        LedgerQueries queries = session.ledger().queries();
        StateDecoder decoder = session.decoder();
        LedgerStatus status = queries.status();
        List<UtxoEntry> entries = queries.utxos();
        Map<CoroutineId, UtxoEntry> byCoroutine = new HashMap<>();
        entries.forEach(e -> byCoroutine.put(e.coroutine(), e));
        Map<CoroutineId, List<String>> owned = new HashMap<>();
        for (UtxoEntry e : entries) {
            if (e.owner() != null) {
                StateDecoder.Decoded d = decoder.decode(e);
                owned.computeIfAbsent(e.owner(), k -> new ArrayList<>()).add(d.type()
                        + (d.fields().isEmpty() ? "" : " " + d.fields().getFirst().value()));
            }
        }
        List<LedgerContents.UtxoItem> utxos = new ArrayList<>();
        for (UtxoEntry e : entries.stream().sorted(Comparator.comparing((UtxoEntry u) -> u.contractHash().hex())
                .thenComparing(u -> -u.id().nonce())).toList()) {
            StateDecoder.Decoded d = decoder.decode(e);
            UtxoEntry owner = e.owner() == null ? null : byCoroutine.get(e.owner());
            String id = e.id().toString();
            utxos.add(new LedgerContents.UtxoItem(id, d.contract(), d.type(), d.token(), d.yieldPoint(), d.fields(), e.abis(),
                    owner == null ? (e.owner() == null ? null : e.owner().toString()) : owner.id().toString(),
                    owner == null ? null : decoder.decode(owner).type(),
                    owned.getOrDefault(e.coroutine(), List.of()), e.coroutine().toString(), known != null && !known.contains(id)));
        }
        List<TxSummary> latest = queries.latestTransactions(BLOCKS * 2);
        Map<Hash32, TxSummary> summaries = new HashMap<>();
        latest.forEach(t -> summaries.put(t.hash(), t));
        long tip = status.tip().height();
        List<LedgerContents.BlockItem> blocks = new ArrayList<>();
        if (status.pendingTransactions() > 0) {
            List<LedgerContents.TxItem> pending = latest.stream().filter(t -> t.blockHeight() == status.pending().height())
                    .map(LedgerContentsReader::item).toList();
            blocks.add(new LedgerContents.BlockItem(status.pending().height(), null, status.pending().slot(), 0, false, pending));
        }
        List<StoredBlock> sealed = new ArrayList<>(queries.blocks(Math.max(0, tip - BLOCKS + 1), BLOCKS));
        sealed.sort(Comparator.comparingLong((StoredBlock b) -> b.header().height()).reversed());
        for (StoredBlock b : sealed) {
            List<LedgerContents.TxItem> txs = new ArrayList<>();
            for (Hash32 tx : b.transactions()) {
                TxSummary s = summaries.get(tx);
                txs.add(s != null ? item(s) : new LedgerContents.TxItem(tx.hex(), "", b.header().height(), 0, 0, 0, ""));
            }
            blocks.add(new LedgerContents.BlockItem(b.header().height(), b.hash().hex(), b.header().slot(), b.header().timeMillis(), true,
                    txs));
        }
        List<LedgerContents.KeyItem> keys = new ArrayList<>();
        for (String name : session.wallet().names()) {
            String publicKey;
            try {
                publicKey = session.wallet().key(name).publicKey().hex();
            } catch (LedgerException e) {
                publicKey = "unreadable: " + e.getMessage();
            }
            keys.add(new LedgerContents.KeyItem(name, publicKey));
        }
        List<LedgerContents.SnapshotItem> snapshots = new ArrayList<>();
        for (SnapshotInfo s : queries.snapshots()) {
            snapshots.add(new LedgerContents.SnapshotItem(s.name(), s.blockHeight(), s.takenMillis(), s.seq()));
        }
        snapshots.sort(Comparator.comparingLong(LedgerContents.SnapshotItem::seq).reversed());
        LedgerContents.Summary summary = new LedgerContents.Summary(tip, status.pendingTransactions(), status.liveUtxos(),
                status.transactions(), status.contracts(), status.stateRoot().hex());
        return new LedgerContents(summary, utxos, blocks, keys, snapshots);
    }

    private static LedgerContents.TxItem item(TxSummary s) {
        return new LedgerContents.TxItem(s.hash().hex(), s.script(), s.blockHeight(), s.inputs(), s.outputs(), s.gas(), s.verifiedBy());
    }

    /** The transaction {@code hash} in full, if the ledger has it. */
    public static Optional<TransactionDetail> transaction(WorkspaceSession session, String hash) {
        Optional<StoredTransaction> stored;
        try {
            stored = session.ledger().queries().transaction(Hash32.fromHex(hash));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return stored.map(s -> detail(session, s));
    }

    private static TransactionDetail detail(WorkspaceSession session, StoredTransaction stored) {
        StateDecoder decoder = session.decoder();
        Transaction tx = stored.transaction();
        String contract = decoder.layout(tx.intent().entryContract()).map(l -> l.contract())
                .orElse(tx.intent().entryContract().hex().substring(0, 12));
        List<TransactionDetail.Io> io = new ArrayList<>();
        for (TxIo entry : stored.io()) {
            String type = "";
            if (entry.io().equals("output") && entry.position() < tx.effects().newOutputs().size()) {
                NewOutput out = tx.effects().newOutputs().get(entry.position());
                type = typeOf(decoder, out.contract(), out.state());
            } else if (entry.io().equals("input") && entry.position() < tx.effects().continuations().size()) {
                Continuation c = tx.effects().continuations().get(entry.position());
                type = typeOf(decoder, tx.intent().inputs().get(entry.position()).contractHash(), c.state());
            }
            io.add(new TransactionDetail.Io(entry.io(), entry.position(), entry.fate(), type,
                    entry.before() == null ? "" : entry.before().toString(), entry.after() == null ? "" : entry.after().toString()));
        }
        List<TransactionDetail.Event> events = new ArrayList<>();
        for (TxEvent e : tx.effects().events()) {
            List<String> args = new ArrayList<>();
            e.args().forEach(a -> args.add(a.isTextual() ? a.asText() : a.toString()));
            events.add(new TransactionDetail.Event(e.abi(), e.name(), String.join(", ", args), e.process()));
        }
        List<String> signatures = tx.signatures().stream().map(s -> s.key().hex()).toList();
        String result = tx.effects().result().isNull() ? "()" : tx.effects().result().toString();
        return new TransactionDetail(stored.hash().hex(), stored.blockHeight(), stored.position(), stored.verifiedBy(), contract,
                tx.intent().scriptName(), tx.effects().gasUsed(), tx.intent().gasLimit(), signatures, io, events, result);
    }

    private static String typeOf(StateDecoder decoder, Hash32 contract, UtxoState state) {
        return state == null ? "" : decoder.decode(contract, state).type();
    }
}
