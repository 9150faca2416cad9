package dev.starstream.studio.vm.ledger;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A utxo or token created by a transaction, in creation order (its index is its output index and part
 * of its {@link CoroutineId}). With no state it is ephemeral (A.5b): created and ended in the same
 * transaction, kept in the list so later indices do not shift, never inserted into the ledger, given
 * no nonce, and neither owning nor owned at the end. Its kind is kept even then (the interleaving
 * check needs to know whether {@code NewUtxo} or {@code NewToken} created it).
 */
public record NewOutput(Hash32 contract, UtxoKind kind, @Nullable UtxoState state, List<String> abis) {
    public NewOutput {
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(kind, "kind");
        abis = List.copyOf(abis);
        if (state == null && !abis.isEmpty()) {
            throw new IllegalArgumentException("an ephemeral output yields no ABIs");
        }
        if (state != null && state.kind() != kind) {
            throw new IllegalArgumentException("a new " + kind + " with a " + state.kind() + " state");
        }
    }

    /** A live new output; its kind is its state's. */
    public NewOutput(Hash32 contract, UtxoState state, List<String> abis) {
        this(contract, state.kind(), state, abis);
    }

    public static NewOutput of(Hash32 contract, UtxoState state, String... abis) {
        return new NewOutput(contract, state.kind(), state, List.of(abis));
    }

    /** An ephemeral utxo or token. */
    public static NewOutput ephemeral(Hash32 contract, UtxoKind kind) {
        return new NewOutput(contract, kind, null, List.of());
    }

    /** An ephemeral utxo (a utxo whose main ended in the transaction that created it). */
    public static NewOutput ephemeral(Hash32 contract) {
        return ephemeral(contract, UtxoKind.UTXO);
    }

    @JsonIgnore
    public boolean isEphemeral() {
        return state == null;
    }

    public Optional<UtxoState> stateIfAny() {
        return Optional.ofNullable(state);
    }
}
