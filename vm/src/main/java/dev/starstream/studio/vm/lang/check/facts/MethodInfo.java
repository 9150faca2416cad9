package dev.starstream.studio.vm.lang.check.facts;

import dev.starstream.studio.vm.lang.check.Symbol;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.Optional;

/** A method callable on a handle: its name, where it comes from (an ABI or "burn"), its signature and symbol. */
public record MethodInfo(String name, String origin, Type.Function signature, Symbol symbol) {
    public Optional<String> doc() {
        return symbol.doc();
    }

    /** {@code fn name(a: T) -> R}. */
    public String label() {
        return "fn " + name + Labels.signature(signature);
    }
}
