package dev.starstream.studio.vm.runtime.values;

import dev.starstream.studio.vm.ledger.PublicKey;
import java.util.Optional;

/** Resolves {@code @name} arguments of {@code PublicKey} parameters (A.11), e.g. from a wallet. */
@FunctionalInterface
public interface KeyResolver {
    Optional<PublicKey> key(String name);

    /** No named keys: only 64 hex digits are accepted. */
    static KeyResolver none() {
        return name -> Optional.empty();
    }
}
