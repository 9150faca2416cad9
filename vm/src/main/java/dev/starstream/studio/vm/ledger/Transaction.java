package dev.starstream.studio.vm.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An executed transaction as it is submitted to a ledger: the signed {@link Intent}, the signatures
 * it carries, the {@link TransactionEffects} its run produced, and the run's trace (the runtime's
 * serialised trace as a JSON tree, opaque here; the ledger hands it to the interleaving checker and
 * stores it, but it is not part of the hash).
 *
 * <p>{@link #hash()} (RUNTIME A.6) = SHA-256 over {@code "SSTX1"} ‖ intent digest ‖ u16le signature
 * count + (32-byte key ‖ 64-byte signature)… ‖ the canonical encoding of the effects
 * ({@link TransactionCodec}). New outputs get {@code CoroutineId(hash, index)}.
 */
public record Transaction(
        Intent intent, List<TxSignature> signatures, TransactionEffects effects, @Nullable JsonNode trace) {
    public Transaction {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(effects, "effects");
        signatures = List.copyOf(signatures);
        if (signatures.size() > 0xFFFF) {
            throw new IllegalArgumentException("a transaction carries at most 65535 signatures");
        }
        // JSON null (as Jackson reads "trace": null) means no trace.
        trace = trace == null || trace.isNull() || trace.isMissingNode() ? null : trace.deepCopy();
    }

    /** The transaction hash of RUNTIME A.6. */
    public Hash32 hash() {
        return TransactionCodec.hash(this);
    }

    /** The same transaction with another trace (or none). */
    public Transaction withTrace(@Nullable JsonNode newTrace) {
        return new Transaction(intent, signatures, effects, newTrace);
    }

    /** The same transaction carrying {@code more} signatures after its own. */
    public Transaction withSignatures(List<TxSignature> more) {
        List<TxSignature> all = new java.util.ArrayList<>(signatures);
        all.addAll(more);
        return new Transaction(intent, all, effects, trace);
    }

    /** The number of processes that are utxos or tokens: inputs then new outputs (output refs). */
    public int outputRefCount() {
        return intent.inputs().size() + effects.newOutputs().size();
    }
}
