package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Expr;
import dev.starstream.studio.vm.lang.ast.Ident;
import dev.starstream.studio.vm.lang.ast.ScopedName;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/** Struct literals (and the struct lookup shared with struct patterns): E0016–E0020, E0008 for field values. */
final class StructChecker {
    /** What a struct name denotes: the value type, its fields, and the symbol of the struct or struct variant. */
    record Target(Ty type, List<String> fieldNames, List<Ty> fieldTypes, Symbol symbol, StructTarget target) {}

    private final ModuleContext cx;
    private final BodyChecker body;
    private final Lookup lookup;

    StructChecker(ModuleContext cx, BodyChecker body, Lookup lookup) {
        this.cx = cx;
        this.body = body;
        this.lookup = lookup;
    }

    Target resolve(ScopedName name) {
        if (ModuleContext.missing(name)) {
            return null;
        }
        Namespace ns = lookup.qualifier(name);
        if (ns == null || ns.failed) {
            return null;
        }
        Ident last = name.last();
        Namespace.StructCtor ctor = ns.structs.get(last.name());
        if (ctor == null) {
            boolean exists = ns.types.containsKey(last.name()) || ns.constants.containsKey(last.name()) || ns.children.containsKey(last.name());
            if (exists && ns.constants.get(last.name()) instanceof FailedImport) {
                return null;
            }
            cx.error(DiagnosticCode.E0016, name.span(), exists ? "`" + name.text() + "` is not a struct" : "unknown struct `" + name.text() + "`",
                    exists ? "only structs and struct variants (`Enum::Variant { … }`) are built with `{ … }`"
                            : "declare it with `struct " + last.name() + " { … }`");
            return null;
        }
        cx.use(last.span(), ctor.symbol());
        if (ctor.struct() != null) {
            Ty.Struct s = ctor.struct();
            return new Target(s, s.fieldNames(), s.fieldTypes(), ctor.symbol(),
                    new StructTarget(Ty.toType(s), s.name(), OptionalInt.empty()));
        }
        Ty.Enum e = ctor.owner().fresh();
        Ty.VariantTy v = e.variants().get(ctor.variant());
        return new Target(e, v.fieldNames(), v.fieldTypes(), ctor.symbol(),
                new StructTarget(Ty.toType(e), e.name() + "::" + v.name(), OptionalInt.of(ctor.variant())));
    }

    Ty literal(Expr.StructLit s) {
        Target t = resolve(s.name());
        if (t == null) {
            s.fields().forEach(f -> body.exprs.expr(f.value()));
            return Ty.ERR;
        }
        cx.typed.structTarget(s, t.target());
        Map<String, Expr.FieldInit> seen = new HashMap<>();
        String owner = t.target().name();
        for (Expr.FieldInit f : s.fields()) {
            Ty value = body.exprs.expr(f.value());
            if (ModuleContext.missing(f.name())) {
                continue;
            }
            int i = t.fieldNames().indexOf(f.name().name());
            if (i < 0) {
                cx.error(DiagnosticCode.E0018, f.name().span(), "`" + owner + "` has no field `" + f.name().name() + "`", fieldsHelp(t));
                continue;
            }
            Expr.FieldInit earlier = seen.putIfAbsent(f.name().name(), f);
            if (earlier != null) {
                cx.report(cx.diag(DiagnosticCode.E0019, f.name().span(), "field `" + f.name().name() + "` is given twice")
                        .withRelated(cx.at(earlier.name().span()), "first given here"));
                continue;
            }
            useField(t, f.name());
            Ty expected = t.fieldTypes().get(i);
            if (!Unifier.coerce(value, expected)) {
                cx.error(DiagnosticCode.E0008, f.value().span(), "mismatched types in field `" + f.name().name() + "` of `" + owner
                        + "`: expected `" + Ty.show(expected) + "`, found `" + Ty.show(value) + "`");
            }
        }
        missing(t, seen.keySet(), s.name().span(), "`" + owner + "` literal");
        return t.type();
    }

    void useField(Target t, Ident name) {
        t.symbol().members.stream().filter(m -> m.name().equals(name.name())).findFirst().ifPresent(m -> cx.use(name.span(), m));
    }

    /** E0020 for every field not given. */
    void missing(Target t, java.util.Set<String> given, Span at, String what) {
        List<String> absent = new ArrayList<>();
        for (String f : t.fieldNames()) {
            if (!given.contains(f)) {
                absent.add(f);
            }
        }
        if (!absent.isEmpty()) {
            String list = absent.stream().map(ModuleContext::quote).collect(Collectors.joining(", "));
            cx.error(DiagnosticCode.E0020, at, "missing field" + (absent.size() == 1 ? " " : "s ") + list + " in " + what,
                    "every field must be given exactly once");
        }
    }

    static String fieldsHelp(Target t) {
        return t.fieldNames().isEmpty() ? "`" + t.target().name() + "` has no fields"
                : "available fields: " + t.fieldNames().stream().map(ModuleContext::quote).collect(Collectors.joining(", "));
    }
}
