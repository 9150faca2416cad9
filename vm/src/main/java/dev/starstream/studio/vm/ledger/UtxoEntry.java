package dev.starstream.studio.vm.ledger;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A live utxo or token on the ledger: its UtxoId (which names its contract), its state (A.8), its
 * stable CoroutineId, the ABIs it yielded at its last {@code yield} (display data; empty for tokens,
 * which never yield an ABI list, A.4), and, for a token, the coroutine of the utxo that owns it.
 */
public record UtxoEntry(
        UtxoId id, UtxoState state, CoroutineId coroutine, List<String> abis, @Nullable CoroutineId owner) {
    public UtxoEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(coroutine, "coroutine");
        abis = List.copyOf(abis);
    }

    /** The contract whose code runs this utxo (SHA-256 of its release module bytes). */
    public Hash32 contractHash() {
        return id.contractHash();
    }

    @JsonIgnore
    public boolean isToken() {
        return state.isToken();
    }

    public Optional<CoroutineId> ownerIfAny() {
        return Optional.ofNullable(owner);
    }

    public UtxoEntry withOwner(@Nullable CoroutineId newOwner) {
        return new UtxoEntry(id, state, coroutine, abis, newOwner);
    }
}
