package dev.starstream.studio.app.ui.ledger;

import dev.starstream.studio.app.run.StateDecoder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the Ledger explorer shows, read from the ledger in one go (off the JavaFX thread): a summary,
 * the live utxos and tokens decoded, the latest blocks with their transactions, wallet keys, snapshots.
 */
public record LedgerContents(
        Summary summary, List<UtxoItem> utxos, List<BlockItem> blocks, List<KeyItem> keys, List<SnapshotItem> snapshots) {
    public static final LedgerContents EMPTY = new LedgerContents(new Summary(0, 0, 0, 0, 0, ""), List.of(), List.of(), List.of(),
            List.of());

    public LedgerContents {
        utxos = List.copyOf(utxos);
        blocks = List.copyOf(blocks);
        keys = List.copyOf(keys);
        snapshots = List.copyOf(snapshots);
    }

    /** The tip, the block being filled, and counts. */
    public record Summary(long tipHeight, long pendingTransactions, long liveUtxos, long transactions, long contracts, String stateRoot) {}

    /**
     * A live utxo or token: its id, contract, type, decoded storage, the ABIs it yielded, the utxo
     * that owns it (a token) or the tokens it owns (a utxo), and its coroutine (stable across
     * transactions). {@code fresh} marks what appeared since the explorer last looked.
     */
    public record UtxoItem(
            String id, String contract, String type, boolean token, int yieldPoint, List<StateDecoder.Field> fields,
            List<String> abis, @Nullable String owner, @Nullable String ownerType, List<String> ownedTokens, String coroutine,
            boolean fresh) {
        public UtxoItem {
            fields = List.copyOf(fields);
            abis = List.copyOf(abis);
            ownedTokens = List.copyOf(ownedTokens);
        }

        public UtxoItem asFresh(boolean value) {
            return new UtxoItem(id, contract, type, token, yieldPoint, fields, abis, owner, ownerType, ownedTokens, coroutine, value);
        }
    }

    /** A block and the transactions sealed in it (the pending block has {@code sealed} false). */
    public record BlockItem(long height, @Nullable String hash, long slot, long timeMillis, boolean sealed, List<TxItem> transactions) {
        public BlockItem {
            transactions = List.copyOf(transactions);
        }
    }

    /** A transaction in a block list. */
    public record TxItem(String hash, String script, long blockHeight, int inputs, int outputs, long gas, String verifiedBy) {}

    /** A wallet key: its name and public key (64 hex). */
    public record KeyItem(String name, String publicKey) {}

    /** A named snapshot. */
    public record SnapshotItem(String name, long blockHeight, long takenMillis, long seq) {}
}
