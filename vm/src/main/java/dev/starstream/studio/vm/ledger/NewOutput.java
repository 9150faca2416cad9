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
 * no nonce, and neither owning nor owned at the end.
 */
public record NewOutput(Hash32 contract, @Nullable UtxoState state, List<String> abis) {
    public NewOutput {
        Objects.requireNonNull(contract, "contract");
        abis = List.copyOf(abis);
        if (state == null && !abis.isEmpty()) {
            throw new IllegalArgumentException("an ephemeral output yields no ABIs");
        }
    }

    public static NewOutput of(Hash32 contract, UtxoState state, String... abis) {
        return new NewOutput(contract, state, List.of(abis));
    }

    public static NewOutput ephemeral(Hash32 contract) {
        return new NewOutput(contract, null, List.of());
    }

    @JsonIgnore
    public boolean isEphemeral() {
        return state == null;
    }

    public Optional<UtxoState> stateIfAny() {
        return Optional.ofNullable(state);
    }
}
