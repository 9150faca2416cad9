package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.PendingBlock;
import dev.starstream.studio.vm.ledger.PublicKey;
import dev.starstream.studio.vm.ledger.SignatureVerifier;
import dev.starstream.studio.vm.ledger.TxSignature;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The runtime functions of A.6 for one transaction: the block it is applied in, and the signatures it
 * carries (each verified at most once, over SHA-256 of the intent).
 */
final class Services {
    private final PendingBlock block;
    private final List<TxSignature> signatures;
    private final Hash32 intentDigest;
    private final SignatureVerifier verifier;
    private final Map<PublicKey, Boolean> verified = new HashMap<>();

    Services(PendingBlock block, List<TxSignature> signatures, Hash32 intentDigest, SignatureVerifier verifier) {
        this.block = block;
        this.signatures = List.copyOf(signatures);
        this.intentDigest = intentDigest;
        this.verifier = verifier;
    }

    long blockHeight() {
        return block.height();
    }

    long currentSlot() {
        return block.slot();
    }

    /** Whether a carried signature by {@code key} verifies over the intent. */
    boolean signedBy(PublicKey key) {
        return verified.computeIfAbsent(key, k -> signatures.stream()
                .anyMatch(s -> s.key().equals(k) && verifier.verifies(s, intentDigest)));
    }
}
