package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Ident;
import dev.starstream.studio.vm.lang.ast.TypeExpr;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;

/** Turns written types into checker types: unknown names are E0011 (E0017 for a missing namespace), wrong generic arity E0042. */
final class TypeResolver {
    private final ModuleContext cx;
    private final Lookup lookup;

    TypeResolver(ModuleContext cx, Lookup lookup) {
        this.cx = cx;
        this.lookup = lookup;
    }

    Ty resolve(TypeExpr type) {
        return switch (type) {
            case TypeExpr.Unit u -> Ty.UNIT;
            case TypeExpr.Error e -> Ty.ERR;
            case TypeExpr.Tuple t -> new Ty.Tuple(t.elements().stream().map(this::resolve).toList());
            case TypeExpr.Named n -> named(n);
        };
    }

    private Ty named(TypeExpr.Named n) {
        if (ModuleContext.missing(n.name())) {
            return Ty.ERR;
        }
        Namespace ns = lookup.qualifier(n.name());
        if (ns == null || ns.failed) {
            n.args().forEach(this::resolve);
            return Ty.ERR;
        }
        Ident last = n.name().last();
        Namespace.TypeEntry entry = ns.types.get(last.name());
        if (entry == null) {
            unknown(n, ns, last);
            n.args().forEach(this::resolve);
            return Ty.ERR;
        }
        cx.use(last.span(), entry.symbol());
        List<Ty> args = new ArrayList<>();
        for (TypeExpr a : n.args()) {
            args.add(resolve(a));
        }
        if ((n.genericList() || entry.arity() > 0) && args.size() != entry.arity()) {
            String message = entry.arity() == 0
                    ? "type `" + last.name() + "` takes no generic arguments"
                    : "`" + last.name() + "` takes " + entry.arity() + " generic argument" + (entry.arity() == 1 ? "" : "s")
                            + ", found " + args.size();
            String help = entry.arity() == 0 ? "write `" + last.name() + "`"
                    : "write `" + last.name() + (entry.arity() == 1 ? "<T>`" : "<T, E>`");
            cx.error(DiagnosticCode.E0042, n.span(), message, help);
            while (args.size() < entry.arity()) {
                args.add(Ty.ERR);
            }
            if (args.size() > entry.arity()) {
                args = args.subList(0, entry.arity());
            }
        }
        return entry.make().apply(args);
    }

    private void unknown(TypeExpr.Named n, Namespace ns, Ident last) {
        String name = n.name().text();
        var d = cx.diag(DiagnosticCode.E0011, n.name().span(), "unknown type `" + name + "`");
        Integer declared = ns == cx.root ? cx.declaredTypes.get(last.name()) : null;
        if (declared != null && declared == cx.order && cx.registering) {
            d = d.withHelp("`" + name + "` cannot contain itself: recursive types are not supported");
        } else if (declared != null && declared > cx.order) {
            d = d.withHelp("`" + name + "` is declared later in this file; move its declaration above this one "
                    + "(a type must be declared before a signature or field mentions it)");
        } else if (ns.constants.containsKey(last.name())) {
            d = d.withHelp("`" + name + "` is a function or constant, not a type");
        } else if (ns.children.containsKey(last.name())) {
            d = d.withHelp("`" + name + "` is a namespace, not a type");
        }
        cx.report(d);
    }
}
