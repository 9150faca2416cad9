package dev.starstream.studio.vm.ledger;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What became of one input (aligned with {@link Intent#inputs()}, B §3.1): its new state and the
 * ABIs it yielded at its last {@code yield} (display data the runtime derives from the yield point),
 * or no state when the input ended (burned: it performed {@code Burn}). An input whose new words
 * equal its old words is a reference input and keeps its UtxoId (A.8).
 */
public record Continuation(@Nullable UtxoState state, List<String> abis) {
    public Continuation {
        abis = List.copyOf(abis);
        if (state == null && !abis.isEmpty()) {
            throw new IllegalArgumentException("an ended input yields no ABIs");
        }
    }

    public static Continuation of(UtxoState state, String... abis) {
        return new Continuation(state, List.of(abis));
    }

    /** The input ended in this transaction. */
    public static Continuation burned() {
        return new Continuation(null, List.of());
    }

    @JsonIgnore
    public boolean isBurned() {
        return state == null;
    }

    public Optional<UtxoState> stateIfAny() {
        return Optional.ofNullable(state);
    }
}
