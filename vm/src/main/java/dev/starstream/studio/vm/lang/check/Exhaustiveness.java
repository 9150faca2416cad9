package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Pattern;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Maranget's usefulness algorithm (LANGUAGE.md §3.9): enums and {@code bool} have finite
 * constructors, records and tuples one constructor, everything else (integers, unit, handles,
 * functions) is infinite and needs {@code _} or a binding. {@link #missingFor} lists witnesses of
 * non-exhaustiveness (up to {@link #LIMIT}); {@link #useful} decides unreachable arms. A step
 * budget bounds pathological inputs (then nothing is reported).
 */
final class Exhaustiveness {
    static final int LIMIT = 6;
    private static final int BUDGET = 200_000;

    /** A pattern reduced to what matters here. */
    sealed interface Pat {
        record Wild() implements Pat {}

        record Ctor(Object key, CtorInfo info, List<Pat> args) implements Pat {}
    }

    /** How a constructor prints in a witness. */
    record CtorInfo(Kind kind, String name, List<String> fields) {}

    enum Kind {
        BOOL,
        ENUM_UNIT,
        ENUM_TUPLE,
        ENUM_STRUCT,
        TUPLE,
        STRUCT,
        LITERAL
    }

    private static final Pat WILD = new Pat.Wild();

    private final TypedModule typed;
    private int steps;

    private Exhaustiveness(TypedModule typed) {
        this.typed = typed;
    }

    /** The missing patterns (printed), empty when the rows are exhaustive for the column types. */
    static List<String> missingFor(List<List<Pattern>> rows, List<Ty> types, TypedModule typed) {
        Exhaustiveness e = new Exhaustiveness(typed);
        List<List<Pat>> matrix = rows.stream().map(r -> e.row(r, types)).toList();
        Optional<List<List<Pat>>> w = e.missing(matrix, types);
        if (w.isEmpty()) {
            return List.of();
        }
        return w.get().stream().map(v -> show(v.getFirst())).distinct().toList();
    }

    /** For each row: false when it is not useful after the rows before it (an unreachable arm). */
    static List<Boolean> reachable(List<Pattern> arms, Ty type, TypedModule typed) {
        Exhaustiveness e = new Exhaustiveness(typed);
        List<List<Pat>> before = new ArrayList<>();
        List<Boolean> out = new ArrayList<>();
        for (Pattern p : arms) {
            List<Pat> row = List.of(e.pat(p, type));
            Boolean useful = e.useful(before, row, List.of(type));
            out.add(useful == null || useful);
            before.add(row);
        }
        return out;
    }

    // ---------------------------------------------------------------- conversion

    private List<Pat> row(List<Pattern> ps, List<Ty> types) {
        List<Pat> out = new ArrayList<>();
        for (int i = 0; i < ps.size(); i++) {
            out.add(pat(ps.get(i), i < types.size() ? types.get(i) : Ty.ERR));
        }
        return out;
    }

    private Pat pat(Pattern p, Ty type) {
        Ty t = Ty.resolve(type);
        return switch (p) {
            case Pattern.Wildcard w -> WILD;
            case Pattern.Error err -> WILD;
            case Pattern.BoolLit b -> new Pat.Ctor(b.value(), new CtorInfo(Kind.BOOL, Boolean.toString(b.value()), List.of()), List.of());
            case Pattern.IntLit i -> new Pat.Ctor(i.literal().value(), new CtorInfo(Kind.LITERAL, i.literal().text(), List.of()), List.of());
            case Pattern.UnitLit u -> new Pat.Ctor("()", new CtorInfo(Kind.LITERAL, "()", List.of()), List.of());
            case Pattern.Name n -> typed.patternVariant(p)
                    .<Pat>map(v -> t instanceof Ty.Enum e ? ctor(e, v.tag(), List.of()) : WILD)
                    .orElseGet(() -> typed.binding(p).isPresent() ? WILD
                            : new Pat.Ctor(new Object(), new CtorInfo(Kind.LITERAL, n.name().text(), List.of()), List.of()));
            case Pattern.Variant v -> {
                Optional<NameRef.EnumVariant> ev = typed.patternVariant(p);
                if (ev.isEmpty() || !(t instanceof Ty.Enum e) || ev.get().tag() >= e.variants().size()) {
                    yield WILD;
                }
                List<Ty> fts = e.variants().get(ev.get().tag()).fieldTypes();
                List<Pat> args = new ArrayList<>();
                for (int i = 0; i < fts.size(); i++) {
                    args.add(i < v.payload().size() ? pat(v.payload().get(i), fts.get(i)) : WILD);
                }
                yield ctor(e, ev.get().tag(), args);
            }
            case Pattern.Tuple tu -> {
                if (!(t instanceof Ty.Tuple tt) || tt.elements().size() != tu.elements().size()) {
                    yield WILD;
                }
                List<Pat> args = new ArrayList<>();
                for (int i = 0; i < tu.elements().size(); i++) {
                    args.add(pat(tu.elements().get(i), tt.elements().get(i)));
                }
                yield new Pat.Ctor("tuple", new CtorInfo(Kind.TUPLE, "", List.of()), args);
            }
            case Pattern.Struct s -> {
                List<String> names;
                List<Ty> fts;
                int tag = -1;
                Ty.Enum owner = null;
                if (t instanceof Ty.Struct st) {
                    names = st.fieldNames();
                    fts = st.fieldTypes();
                } else if (t instanceof Ty.Enum e && typed.structTarget(p).flatMap(x -> x.variantTag().isPresent()
                        ? Optional.of(x.variantTag().getAsInt()) : Optional.empty()).isPresent()) {
                    tag = typed.structTarget(p).get().variantTag().getAsInt();
                    if (tag >= e.variants().size()) {
                        yield WILD;
                    }
                    owner = e;
                    names = e.variants().get(tag).fieldNames();
                    fts = e.variants().get(tag).fieldTypes();
                } else {
                    yield WILD;
                }
                Map<String, Pattern.FieldPattern> given = s.fields().stream()
                        .collect(Collectors.toMap(f -> f.name().name(), f -> f, (a, b) -> a));
                List<Pat> args = new ArrayList<>();
                for (int i = 0; i < names.size(); i++) {
                    Pattern.FieldPattern fp = given.get(names.get(i));
                    args.add(fp == null || fp.pattern().isEmpty() ? WILD : pat(fp.pattern().get(), fts.get(i)));
                }
                yield owner != null ? ctor(owner, tag, args)
                        : new Pat.Ctor("struct", new CtorInfo(Kind.STRUCT, ((Ty.Struct) t).name(), names), args);
            }
        };
    }

    private static Pat.Ctor ctor(Ty.Enum e, int tag, List<Pat> args) {
        Ty.VariantTy v = e.variants().get(tag);
        Kind kind = switch (v.kind()) {
            case UNIT -> Kind.ENUM_UNIT;
            case TUPLE -> Kind.ENUM_TUPLE;
            case STRUCT -> Kind.ENUM_STRUCT;
        };
        List<Pat> padded = new ArrayList<>(args);
        while (padded.size() < v.fieldTypes().size()) {
            padded.add(WILD);
        }
        return new Pat.Ctor(tag, new CtorInfo(kind, e.name() + "::" + v.name(), v.fieldNames()), padded);
    }

    /** All constructors of a type with a finite constructor set, else null. */
    private static List<Pat.Ctor> ctorsOf(Ty type) {
        return switch (Ty.resolve(type)) {
            case Ty.Bool b -> List.of(
                    new Pat.Ctor(false, new CtorInfo(Kind.BOOL, "false", List.of()), List.of()),
                    new Pat.Ctor(true, new CtorInfo(Kind.BOOL, "true", List.of()), List.of()));
            case Ty.Enum e -> {
                List<Pat.Ctor> out = new ArrayList<>();
                for (int i = 0; i < e.variants().size(); i++) {
                    out.add(ctor(e, i, List.of()));
                }
                yield out;
            }
            case Ty.Tuple t -> List.of(new Pat.Ctor("tuple", new CtorInfo(Kind.TUPLE, "", List.of()),
                    t.elements().stream().map(x -> WILD).toList()));
            case Ty.Struct s -> List.of(new Pat.Ctor("struct", new CtorInfo(Kind.STRUCT, s.name(), s.fieldNames()),
                    s.fieldTypes().stream().map(x -> WILD).toList()));
            default -> null;
        };
    }

    private static List<Ty> argTypes(Ty type, Pat.Ctor c) {
        return switch (Ty.resolve(type)) {
            case Ty.Enum e when c.key() instanceof Integer tag && tag < e.variants().size() -> e.variants().get(tag).fieldTypes();
            case Ty.Tuple t -> t.elements();
            case Ty.Struct s -> s.fieldTypes();
            default -> c.args().stream().map(a -> Ty.ERR).toList();
        };
    }

    // ---------------------------------------------------------------- the algorithm

    private static List<Pat> specialize(List<Pat> row, Pat.Ctor c) {
        Pat head = row.getFirst();
        List<Pat> out = new ArrayList<>();
        if (head instanceof Pat.Ctor h) {
            if (!h.key().equals(c.key())) {
                return null;
            }
            out.addAll(h.args());
            while (out.size() < c.args().size()) {
                out.add(WILD);
            }
        } else {
            for (int i = 0; i < c.args().size(); i++) {
                out.add(WILD);
            }
        }
        out.addAll(row.subList(1, row.size()));
        return out;
    }

    private static List<List<Pat>> specializeAll(List<List<Pat>> rows, Pat.Ctor c) {
        List<List<Pat>> out = new ArrayList<>();
        for (List<Pat> r : rows) {
            List<Pat> s = specialize(r, c);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }

    private static List<List<Pat>> defaults(List<List<Pat>> rows) {
        List<List<Pat>> out = new ArrayList<>();
        for (List<Pat> r : rows) {
            if (r.getFirst() instanceof Pat.Wild) {
                out.add(r.subList(1, r.size()));
            }
        }
        return out;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Null when the budget ran out. */
    private Boolean useful(List<List<Pat>> rows, List<Pat> q, List<Ty> types) {
        if (++steps > BUDGET) {
            return null;
        }
        if (q.isEmpty()) {
            return rows.isEmpty();
        }
        List<Ty> rest = types.subList(1, types.size());
        if (q.getFirst() instanceof Pat.Ctor c) {
            return useful(specializeAll(rows, c), specialize(q, c), concat(argTypes(types.getFirst(), c), rest));
        }
        List<Pat.Ctor> all = ctorsOf(types.getFirst());
        Set<Object> heads = heads(rows);
        if (all != null && all.stream().allMatch(c -> heads.contains(c.key()))) {
            for (Pat.Ctor c : all) {
                Boolean u = useful(specializeAll(rows, c), specialize(q, c), concat(argTypes(types.getFirst(), c), rest));
                if (u == null || u) {
                    return u;
                }
            }
            return false;
        }
        return useful(defaults(rows), q.subList(1, q.size()), rest);
    }

    /** Witness vectors not matched by any row (at most {@link #LIMIT}); empty Optional when the budget ran out. */
    private Optional<List<List<Pat>>> missing(List<List<Pat>> rows, List<Ty> types) {
        if (++steps > BUDGET) {
            return Optional.empty();
        }
        if (types.isEmpty()) {
            return Optional.of(rows.isEmpty() ? List.of(List.of()) : List.of());
        }
        List<Ty> rest = types.subList(1, types.size());
        List<Pat.Ctor> all = ctorsOf(types.getFirst());
        Set<Object> heads = heads(rows);
        List<List<Pat>> out = new ArrayList<>();
        if (all != null && all.stream().allMatch(c -> heads.contains(c.key()))) {
            for (Pat.Ctor c : all) {
                List<Ty> args = argTypes(types.getFirst(), c);
                Optional<List<List<Pat>>> w = missing(specializeAll(rows, c), concat(args, rest));
                if (w.isEmpty()) {
                    return w;
                }
                for (List<Pat> v : w.get()) {
                    out.add(concat(List.of(new Pat.Ctor(c.key(), c.info(), v.subList(0, args.size()))), v.subList(args.size(), v.size())));
                    if (out.size() >= LIMIT) {
                        return Optional.of(out);
                    }
                }
            }
            return Optional.of(out);
        }
        Optional<List<List<Pat>>> w = missing(defaults(rows), rest);
        if (w.isEmpty() || w.get().isEmpty()) {
            return w;
        }
        List<Pat> heads0 = new ArrayList<>();
        if (all == null || heads.isEmpty()) {
            heads0.add(WILD);
        } else {
            for (Pat.Ctor c : all) {
                if (!heads.contains(c.key())) {
                    heads0.add(c);
                }
            }
        }
        for (Pat h : heads0) {
            for (List<Pat> v : w.get()) {
                out.add(concat(List.of(h), v));
                if (out.size() >= LIMIT) {
                    return Optional.of(out);
                }
            }
        }
        return Optional.of(out);
    }

    private static Set<Object> heads(List<List<Pat>> rows) {
        Set<Object> out = new HashSet<>();
        for (List<Pat> r : rows) {
            if (r.getFirst() instanceof Pat.Ctor c) {
                out.add(c.key());
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- printing

    static String show(Pat p) {
        return switch (p) {
            case Pat.Wild w -> "_";
            case Pat.Ctor c -> switch (c.info().kind()) {
                case BOOL, LITERAL, ENUM_UNIT -> c.info().name();
                case ENUM_TUPLE -> c.info().name() + c.args().stream().map(Exhaustiveness::show).collect(Collectors.joining(", ", "(", ")"));
                case TUPLE -> c.args().stream().map(Exhaustiveness::show).collect(Collectors.joining(", ", "(", ")"));
                case ENUM_STRUCT, STRUCT -> {
                    List<String> parts = new ArrayList<>();
                    for (int i = 0; i < c.args().size(); i++) {
                        parts.add(c.info().fields().get(i) + ": " + show(c.args().get(i)));
                    }
                    yield c.info().name() + (parts.isEmpty() ? " { }" : " { " + String.join(", ", parts) + " }");
                }
            };
        };
    }
}
