package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A lexical scope: block lets, pattern bindings, parameters, or a utxo body's storage and helpers. */
final class Scope {

    /** What a plain name in a local scope denotes. */
    sealed interface Binding {
        /** A variable; {@code ty} differs from the variable's own type inside {@code if x is A}. */
        record Var(Variable variable, Ty ty, @Nullable Narrow narrow) implements Binding {}

        record Storage(UtxoInfo.StorageField field) implements Binding {}

        /** A helper {@code fn} of the enclosing utxo/token body. */
        record Helper(FunctionInfo function) implements Binding {}
    }

    /** The narrowing of {@code if x is A}: counts method calls on {@code x} (one allowed, E0049). */
    static final class Narrow {
        final Variable variable;
        final AbiInfo abi;
        int calls;
        @Nullable Span firstCall;

        Narrow(Variable variable, AbiInfo abi) {
            this.variable = variable;
            this.abi = abi;
        }
    }

    final @Nullable Scope parent;
    final Map<String, Binding> names = new HashMap<>();
    final List<TypedModule.Visible> visible = new ArrayList<>();

    Scope(@Nullable Scope parent) {
        this.parent = parent;
    }

    @Nullable Binding lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Binding b = s.names.get(name);
            if (b != null) {
                return b;
            }
        }
        return null;
    }

    /** Every variable visible here (innermost last), used for the spill sets of yield points. */
    List<Variable> variablesInScope() {
        List<Scope> chain = new ArrayList<>();
        for (Scope s = this; s != null; s = s.parent) {
            chain.addFirst(s);
        }
        Map<String, Variable> byName = new java.util.LinkedHashMap<>();
        for (Scope s : chain) {
            for (TypedModule.Visible v : s.visible) {
                byName.remove(v.variable().name());
                byName.put(v.variable().name(), v.variable());
            }
        }
        List<Variable> out = new ArrayList<>(byName.values());
        out.sort(java.util.Comparator.comparingInt(Variable::ordinal));
        return out;
    }
}
