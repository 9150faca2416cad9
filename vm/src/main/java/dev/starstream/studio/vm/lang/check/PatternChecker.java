package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Ident;
import dev.starstream.studio.vm.lang.ast.Pattern;
import dev.starstream.studio.vm.lang.ast.ScopedName;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Types patterns against the scrutinee (LANGUAGE.md §3.9; RUNTIME A.7: literal patterns take the
 * scrutinee's type) and binds their names. Returns false when the pattern has an error, so that
 * exhaustiveness is not judged on it.
 */
final class PatternChecker {
    private final ModuleContext cx;
    private final BodyChecker body;
    private final Lookup lookup;

    PatternChecker(ModuleContext cx, BodyChecker body, Lookup lookup) {
        this.cx = cx;
        this.body = body;
        this.lookup = lookup;
    }

    boolean check(Pattern p, Ty expected, Scope scope, Map<String, Variable> bound, Variable.Kind kind, int visibleFrom) {
        cx.typed.type(p, expected);
        return switch (p) {
            case Pattern.Wildcard w -> true;
            case Pattern.Error e -> false;
            case Pattern.BoolLit b -> literal(p, Ty.BOOL, expected, "`" + b.value() + "`");
            case Pattern.UnitLit u -> literal(p, Ty.UNIT, expected, "`()`");
            case Pattern.IntLit i -> {
                Ty.Var v = body.fn.fresh(true);
                if (!literal(p, v, expected, "integer literal `" + i.literal().text() + "`")) {
                    yield false;
                }
                body.fn.literals.add(new FnContext.Literal(i.literal(), v, false, i.span()));
                yield true;
            }
            case Pattern.Name n -> name(n, expected, scope, bound, kind, visibleFrom);
            case Pattern.Variant v -> variant(v, expected, scope, bound, kind, visibleFrom);
            case Pattern.Struct s -> struct(s, expected, scope, bound, kind, visibleFrom);
            case Pattern.Tuple t -> tuple(t, expected, scope, bound, kind, visibleFrom);
        };
    }

    private boolean literal(Pattern p, Ty type, Ty expected, String what) {
        if (Ty.isError(expected)) {
            return false;
        }
        if (!Unifier.unify(expected, type)) {
            cx.error(DiagnosticCode.E0008, p.span(), "mismatched types: expected `" + Ty.show(expected) + "`, found " + what);
            return false;
        }
        return true;
    }

    private boolean name(Pattern.Name n, Ty expected, Scope scope, Map<String, Variable> bound, Variable.Kind kind, int visibleFrom) {
        ScopedName sn = n.name();
        if (ModuleContext.missing(sn)) {
            return false;
        }
        Constant c;
        if (sn.isSimple()) {
            c = cx.root.constants.get(sn.last().name());
        } else {
            Namespace ns = lookup.qualifier(sn);
            if (ns == null || ns.failed) {
                return false;
            }
            c = ns.constants.get(sn.last().name());
            if (c == null) {
                body.exprs.unknownName(sn, ns);
                return false;
            }
        }
        if (c == null) {
            return bind(n, sn.last(), expected, scope, bound, kind, visibleFrom);
        }
        if (c instanceof FailedImport) {
            return false;
        }
        Symbol s = Lookup.symbolOf(c);
        if (s != null) {
            cx.use(sn.last().span(), s);
        }
        Ty t = switch (c) {
            case VariantConstant v -> body.variantValue(v);
            case FunctionInfo f -> f.ty();
            case AbiInfo.Member m -> m.ty();
            case RuntimeFunctionInfo r -> r.ty();
            case FailedImport f -> Ty.ERR;
        };
        if (!Ty.isError(expected) && !Unifier.unify(expected, t)) {
            var d = cx.diag(DiagnosticCode.E0025, n.span(), "pattern `" + sn.text() + "` has type `" + Ty.show(t)
                    + "` but the scrutinee has type `" + Ty.show(expected) + "`");
            if (c instanceof VariantConstant && t instanceof Ty.Fn) {
                d = d.withHelp("`" + sn.text() + "` carries a payload: write `" + sn.text() + "(…)`");
            }
            cx.report(d);
            return false;
        }
        if (c instanceof VariantConstant v) {
            cx.typed.patternVariant(n, new NameRef.EnumVariant(v.owner().name, v.name(), v.index()));
        }
        return !Ty.isError(expected);
    }

    private boolean bind(dev.starstream.studio.vm.lang.ast.Node p, Ident name, Ty type, Scope scope, Map<String, Variable> bound, Variable.Kind kind, int visibleFrom) {
        Variable earlier = bound.get(name.name());
        if (earlier != null) {
            cx.report(cx.diag(DiagnosticCode.E0002, name.span(), "`" + name.name() + "` is bound more than once in this pattern")
                    .withRelated(cx.at(earlier.nameSpan()), "first bound here"));
            return false;
        }
        Variable v = body.declare(scope, name, kind, false, false, type, visibleFrom);
        if (v == null) {
            return false;
        }
        bound.put(name.name(), v);
        cx.typed.binding(p, v);
        return true;
    }

    private boolean variant(Pattern.Variant v, Ty expected, Scope scope, Map<String, Variable> bound, Variable.Kind kind, int visibleFrom) {
        ScopedName sn = v.name();
        List<Ty> payloadTypes = new ArrayList<>();
        boolean ok = false;
        Namespace ns = ModuleContext.missing(sn) ? null : lookup.qualifier(sn);
        Constant c = ns == null || ns.failed ? null : ns.constants.get(sn.last().name());
        if (ns != null && !ns.failed && c == null) {
            body.exprs.unknownName(sn, ns);
        } else if (c instanceof VariantConstant vc) {
            Symbol s = vc.symbol();
            cx.use(sn.last().span(), s);
            Ty.Enum e = vc.owner().fresh();
            Ty.VariantTy variant = e.variants().get(vc.index());
            if (variant.kind() == dev.starstream.studio.vm.lang.types.Type.PayloadKind.STRUCT) {
                cx.error(DiagnosticCode.E0023, sn.span(), "`" + sn.text() + "` has named fields",
                        "write `" + sn.text() + " { … }`");
            } else if (variant.fieldTypes().size() != v.payload().size()) {
                cx.error(DiagnosticCode.E0024, v.span(), "`" + sn.text() + "` has " + variant.fieldTypes().size() + " field"
                        + (variant.fieldTypes().size() == 1 ? "" : "s") + " but the pattern has " + v.payload().size());
            } else if (!Ty.isError(expected) && !Unifier.unify(expected, e)) {
                cx.error(DiagnosticCode.E0025, v.span(), "pattern `" + sn.text() + "(…)` has type `" + Ty.show(e)
                        + "` but the scrutinee has type `" + Ty.show(expected) + "`");
                payloadTypes.addAll(variant.fieldTypes());
            } else {
                payloadTypes.addAll(variant.fieldTypes());
                cx.typed.patternVariant(v, new NameRef.EnumVariant(vc.owner().name, vc.name(), vc.index()));
                ok = !Ty.isError(expected);
            }
        } else if (c != null && !(c instanceof FailedImport)) {
            Symbol s = Lookup.symbolOf(c);
            if (s != null) {
                cx.use(sn.last().span(), s);
            }
            cx.error(DiagnosticCode.E0023, sn.span(), Lookup.describe(c) + " is not an enum variant constructor",
                    "a `Name(…)` pattern names a tuple variant such as `Option::Some`");
        }
        for (int i = 0; i < v.payload().size(); i++) {
            ok &= check(v.payload().get(i), i < payloadTypes.size() ? payloadTypes.get(i) : Ty.ERR, scope, bound, kind, visibleFrom);
        }
        return ok;
    }

    private boolean struct(Pattern.Struct s, Ty expected, Scope scope, Map<String, Variable> bound, Variable.Kind kind, int visibleFrom) {
        StructChecker.Target t = body.structs.resolve(s.name());
        boolean ok = t != null && !Ty.isError(expected);
        if (t != null) {
            cx.typed.structTarget(s, t.target());
            if (!Ty.isError(expected) && !Unifier.unify(expected, t.type())) {
                cx.error(DiagnosticCode.E0025, s.span(), "pattern `" + s.name().text() + " { … }` has type `" + Ty.show(t.type())
                        + "` but the scrutinee has type `" + Ty.show(expected) + "`");
                ok = false;
            }
        }
        Map<String, Pattern.FieldPattern> seen = new HashMap<>();
        for (Pattern.FieldPattern f : s.fields()) {
            Ty fieldType = Ty.ERR;
            if (t != null && !ModuleContext.missing(f.name())) {
                int i = t.fieldNames().indexOf(f.name().name());
                Pattern.FieldPattern earlier = seen.putIfAbsent(f.name().name(), f);
                if (i < 0) {
                    cx.error(DiagnosticCode.E0018, f.name().span(), "`" + t.target().name() + "` has no field `" + f.name().name() + "`",
                            StructChecker.fieldsHelp(t));
                    ok = false;
                } else if (earlier != null) {
                    cx.report(cx.diag(DiagnosticCode.E0019, f.name().span(), "field `" + f.name().name() + "` is given twice")
                            .withRelated(cx.at(earlier.name().span()), "first given here"));
                    ok = false;
                } else {
                    body.structs.useField(t, f.name());
                    fieldType = t.fieldTypes().get(i);
                }
            }
            if (f.pattern().isPresent()) {
                ok &= check(f.pattern().get(), fieldType, scope, bound, kind, visibleFrom);
            } else if (!ModuleContext.missing(f.name())) {
                ok &= bind(f, f.name(), fieldType, scope, bound, kind, visibleFrom);
            }
        }
        if (t != null) {
            int before = cx.diagnostics.size();
            body.structs.missing(t, seen.keySet(), s.name().span(), "pattern `" + t.target().name() + " { … }`");
            ok &= cx.diagnostics.size() == before;
        }
        return ok;
    }

    private boolean tuple(Pattern.Tuple t, Ty expected, Scope scope, Map<String, Variable> bound, Variable.Kind kind, int visibleFrom) {
        Ty e = Ty.resolve(expected);
        List<Ty> elements = new ArrayList<>();
        boolean ok = true;
        if (e instanceof Ty.Var) {
            for (int i = 0; i < t.elements().size(); i++) {
                elements.add(body.fn.fresh(false));
            }
            Unifier.unify(e, new Ty.Tuple(elements));
        } else if (e instanceof Ty.Tuple tt && tt.elements().size() == t.elements().size()) {
            elements.addAll(tt.elements());
        } else {
            if (!(e instanceof Ty.Err)) {
                cx.error(DiagnosticCode.E0056, t.span(), "a tuple pattern with " + t.elements().size() + " elements does not fit type `"
                        + Ty.show(e) + "`");
            }
            ok = false;
        }
        for (int i = 0; i < t.elements().size(); i++) {
            ok &= check(t.elements().get(i), i < elements.size() ? elements.get(i) : Ty.ERR, scope, bound, kind, visibleFrom);
        }
        return ok;
    }
}
