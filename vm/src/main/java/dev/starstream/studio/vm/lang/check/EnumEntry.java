package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.types.Type;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An enum as the namespace knows it: a user enum (one fixed type) or a prelude generic
 * ({@code Option<T>}, {@code Result<T, E>}), instantiated with fresh variables at every use.
 */
final class EnumEntry {
    final String name;
    final Symbol symbol;
    final List<Symbol> variantSymbols = new ArrayList<>();
    private final Ty.@Nullable Enum fixed;
    private final int arity;

    private EnumEntry(String name, Symbol symbol, Ty.@Nullable Enum fixed, int arity) {
        this.name = name;
        this.symbol = symbol;
        this.fixed = fixed;
        this.arity = arity;
    }

    static EnumEntry user(String name, Symbol symbol, Ty.Enum type) {
        return new EnumEntry(name, symbol, type, 0);
    }

    static EnumEntry generic(String name, Symbol symbol, int arity) {
        return new EnumEntry(name, symbol, null, arity);
    }

    int arity() {
        return arity;
    }

    /** The type with the given arguments (ignored for a user enum). */
    Ty.Enum instantiate(List<Ty> args) {
        if (fixed != null) {
            return fixed;
        }
        Ty first = args.isEmpty() ? new Ty.Var(false) : args.get(0);
        Ty second = args.size() < 2 ? new Ty.Var(false) : args.get(1);
        if (name.equals("Option")) {
            return option(first);
        }
        return result(first, second);
    }

    /** The type with fresh variables for the generic arguments. */
    Ty.Enum fresh() {
        return instantiate(List.of());
    }

    static Ty.Enum option(Ty t) {
        return new Ty.Enum("Option", "", List.of(
                new Ty.VariantTy("None", Type.PayloadKind.UNIT, List.of(), List.of()),
                new Ty.VariantTy("Some", Type.PayloadKind.TUPLE, List.of("0"), List.of(t))), null);
    }

    static Ty.Enum result(Ty ok, Ty err) {
        return new Ty.Enum("Result", "", List.of(
                new Ty.VariantTy("Ok", Type.PayloadKind.TUPLE, List.of("0"), List.of(ok)),
                new Ty.VariantTy("Err", Type.PayloadKind.TUPLE, List.of("0"), List.of(err))), null);
    }
}
