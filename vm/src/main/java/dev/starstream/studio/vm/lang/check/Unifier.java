package dev.starstream.studio.vm.lang.check;

import java.util.List;

/**
 * Unification (LANGUAGE.md §3.4): records by field names, order and types; enums by variant
 * names, order and payloads; tuples by arity; integers by width; utxo, token and ABI types only
 * with themselves; functions by kind, arity, parameters and result; occurs check. The error type
 * unifies with everything, so one mistake is reported once. {@link #coerce} adds Studio's implicit
 * upcasts of named utxo/token types to {@code Utxo}/{@code Token} (RUNTIME A.4).
 */
final class Unifier {
    private Unifier() {}

    static boolean unify(Ty a, Ty b) {
        Ty x = Ty.resolve(a);
        Ty y = Ty.resolve(b);
        if (x == y) {
            return true;
        }
        if (x instanceof Ty.Err || y instanceof Ty.Err) {
            return true;
        }
        if (x instanceof Ty.Var v) {
            return bind(v, y);
        }
        if (y instanceof Ty.Var v) {
            return bind(v, x);
        }
        return switch (x) {
            case Ty.Int i -> y instanceof Ty.Int j && i.kind() == j.kind();
            case Ty.Bool bo -> y instanceof Ty.Bool;
            case Ty.Unit u -> y instanceof Ty.Unit;
            case Ty.AnyUtxo u -> y instanceof Ty.AnyUtxo;
            case Ty.AnyToken t -> y instanceof Ty.AnyToken;
            case Ty.Utxo u -> u.equals(y);
            case Ty.Token t -> t.equals(y);
            case Ty.Abi ab -> ab.equals(y);
            case Ty.Tuple t -> y instanceof Ty.Tuple s && all(t.elements(), s.elements());
            case Ty.Struct s -> y instanceof Ty.Struct t && s.fieldNames().equals(t.fieldNames())
                    && all(s.fieldTypes(), t.fieldTypes());
            case Ty.Enum e -> y instanceof Ty.Enum f && sameVariants(e, f);
            case Ty.Fn f -> y instanceof Ty.Fn g && f.kind() == g.kind() && f.params().size() == g.params().size()
                    && all(f.params(), g.params()) && unify(f.result(), g.result());
            case Ty.Var v -> bind(v, y);
            case Ty.Err e -> true;
        };
    }

    /**
     * {@code actual} may flow into a place of type {@code expected}: unification, or an implicit
     * upcast of a named utxo to {@code Utxo} / a named token to {@code Token} (argument, annotation,
     * assignment and return positions).
     */
    static boolean coerce(Ty actual, Ty expected) {
        Ty a = Ty.resolve(actual);
        Ty e = Ty.resolve(expected);
        if (e instanceof Ty.AnyUtxo && a instanceof Ty.Utxo) {
            return true;
        }
        if (e instanceof Ty.AnyToken && a instanceof Ty.Token) {
            return true;
        }
        return unify(a, e);
    }

    private static boolean sameVariants(Ty.Enum e, Ty.Enum f) {
        if (e.variants().size() != f.variants().size()) {
            return false;
        }
        for (int i = 0; i < e.variants().size(); i++) {
            Ty.VariantTy v = e.variants().get(i);
            Ty.VariantTy w = f.variants().get(i);
            if (!v.name().equals(w.name()) || v.kind() != w.kind() || !v.fieldNames().equals(w.fieldNames())
                    || !all(v.fieldTypes(), w.fieldTypes())) {
                return false;
            }
        }
        return true;
    }

    private static boolean all(List<Ty> xs, List<Ty> ys) {
        if (xs.size() != ys.size()) {
            return false;
        }
        boolean ok = true;
        for (int i = 0; i < xs.size(); i++) {
            ok &= unify(xs.get(i), ys.get(i));
        }
        return ok;
    }

    private static boolean bind(Ty.Var v, Ty t) {
        if (t instanceof Ty.Var w) {
            w.intLiteral |= v.intLiteral;
            v.bound = w;
            return true;
        }
        if (v.intLiteral && !(t instanceof Ty.Int) && !(t instanceof Ty.Err)) {
            return false;
        }
        if (occurs(v, t)) {
            return false;
        }
        v.bound = t;
        return true;
    }

    private static boolean occurs(Ty.Var v, Ty t) {
        return switch (Ty.resolve(t)) {
            case Ty.Var w -> w == v;
            case Ty.Tuple tu -> tu.elements().stream().anyMatch(e -> occurs(v, e));
            case Ty.Struct s -> s.fieldTypes().stream().anyMatch(e -> occurs(v, e));
            case Ty.Enum e -> e.variants().stream().anyMatch(x -> x.fieldTypes().stream().anyMatch(f -> occurs(v, f)));
            case Ty.Fn f -> f.params().stream().anyMatch(p -> occurs(v, p)) || occurs(v, f.result());
            default -> false;
        };
    }
}
