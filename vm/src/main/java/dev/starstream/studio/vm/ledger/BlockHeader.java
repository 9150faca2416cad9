package dev.starstream.studio.vm.ledger;

import java.util.List;

/**
 * A sealed block. Its hash = SHA-256({@code "SSBLOCK1"} ‖ u64le height ‖ u64le slot ‖ u64le time ‖
 * parent hash ‖ u32le transaction count ‖ transaction root ‖ state root), where the transaction root is
 * SHA-256({@code "SSTXROOT1"} ‖ u32le count ‖ the transaction hashes in order) and the state root is
 * the {@link StateAccumulator} root after the block's last transaction. The genesis block has height
 * 0, slot 0, the zero parent hash and no transactions.
 */
public record BlockHeader(
        long height, long slot, long timeMillis, Hash32 parentHash, int txCount, Hash32 txRoot, Hash32 stateRoot) {

    public Hash32 hash() {
        CanonicalWriter out = new CanonicalWriter()
                .ascii("SSBLOCK1")
                .u64(height)
                .u64(slot)
                .u64(timeMillis)
                .hash(parentHash)
                .u32(txCount)
                .hash(txRoot)
                .hash(stateRoot);
        return Hash32.sha256(out.toByteArray());
    }

    public static Hash32 txRoot(List<Hash32> txHashes) {
        CanonicalWriter out = new CanonicalWriter().ascii("SSTXROOT1").u32(txHashes.size());
        txHashes.forEach(out::hash);
        return Hash32.sha256(out.toByteArray());
    }

    public ChainTip tip() {
        return new ChainTip(height, slot, timeMillis, hash());
    }
}
