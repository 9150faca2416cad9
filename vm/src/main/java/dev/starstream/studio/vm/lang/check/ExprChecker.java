package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.BinaryOp;
import dev.starstream.studio.vm.lang.ast.Block;
import dev.starstream.studio.vm.lang.ast.Expr;
import dev.starstream.studio.vm.lang.ast.Ident;
import dev.starstream.studio.vm.lang.ast.ScopedName;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Infers the type of every expression (LANGUAGE.md §3.5) except calls ({@link CallChecker}). */
final class ExprChecker {
    private final ModuleContext cx;
    private final BodyChecker body;
    private final Lookup lookup;

    ExprChecker(ModuleContext cx, BodyChecker body, Lookup lookup) {
        this.cx = cx;
        this.body = body;
        this.lookup = lookup;
    }

    Ty expr(Expr e) {
        Ty t = switch (e) {
            case Expr.IntLit i -> literal(i, false, i.span());
            case Expr.BoolLit b -> Ty.BOOL;
            case Expr.UnitLit u -> Ty.UNIT;
            case Expr.Name n -> name(n);
            case Expr.Unary u -> unary(u);
            case Expr.Binary b -> binary(b);
            case Expr.Grouping g -> expr(g.inner());
            case Expr.Tuple tu -> new Ty.Tuple(tu.elements().stream().map(this::expr).toList());
            case Expr.StructLit s -> body.structs.literal(s);
            case Expr.Field f -> field(f);
            case Expr.Call c -> body.calls.call(c);
            case Expr.Emit em -> body.calls.emit(em);
            case Expr.Raise r -> body.calls.raise(r);
            case Expr.Runtime r -> body.calls.runtime(r);
            case Expr.Disclose d -> disclose(d);
            case Expr.BlockExpr b -> body.block(b.block(), body.scope);
            case Expr.Yield y -> body.yields.yield(y);
            case Expr.If i -> ifExpr(i);
            case Expr.Match m -> body.matches.match(m);
            case Expr.Error err -> Ty.ERR;
        };
        cx.typed.type(e, t);
        return t;
    }

    private Ty literal(Expr.IntLit literal, boolean negated, Span span) {
        Ty.Var v = body.fn.fresh(true);
        body.fn.literals.add(new FnContext.Literal(literal, v, negated, span));
        return v;
    }

    // ---------------------------------------------------------------- names

    private Ty name(Expr.Name n) {
        ScopedName sn = n.name();
        if (ModuleContext.missing(sn)) {
            cx.typed.name(n, new NameRef.Unresolved());
            return Ty.ERR;
        }
        if (sn.isSimple()) {
            Scope.Binding b = body.scope.lookup(sn.last().name());
            if (b != null) {
                return body.useBinding(n, sn.last(), b);
            }
        }
        Namespace ns = lookup.qualifier(sn);
        if (ns == null || ns.failed) {
            cx.typed.name(n, new NameRef.Unresolved());
            return Ty.ERR;
        }
        Constant c = ns.constants.get(sn.last().name());
        if (c == null) {
            unknownName(sn, ns);
            cx.typed.name(n, new NameRef.Unresolved());
            return Ty.ERR;
        }
        return body.useConstant(n, sn.last(), c);
    }

    void unknownName(ScopedName sn, Namespace ns) {
        String name = sn.last().name();
        var d = cx.diag(DiagnosticCode.E0001, sn.span(), "unknown name `" + sn.text() + "`");
        if (ns.structs.containsKey(name)) {
            d = d.withHelp("`" + sn.text() + "` is a struct; build a value with `" + sn.text() + " { … }`");
        } else if (ns.types.containsKey(name)) {
            d = d.withHelp("`" + sn.text() + "` is a type, not a value");
        } else if (ns.children.containsKey(name)) {
            d = d.withHelp("`" + sn.text() + "` is a namespace; name one of its members, e.g. `" + sn.text() + "::…`");
        } else if (sn.isSimple()) {
            for (Namespace child : cx.root.children.values()) {
                Constant k = child.constants.get(name);
                if (k instanceof VariantConstant) {
                    d = d.withHelp("did you mean `" + child.name + "::" + name + "`?");
                    break;
                }
            }
        }
        cx.report(d);
    }

    // ---------------------------------------------------------------- operators

    private Ty unary(Expr.Unary u) {
        if (u.op() == dev.starstream.studio.vm.lang.ast.UnaryOp.NOT) {
            Ty t = expr(u.operand());
            if (!Ty.isError(t) && !Unifier.unify(t, Ty.BOOL)) {
                cx.error(DiagnosticCode.E0005, u.span(), "cannot apply `!` to a value of type `" + Ty.show(t) + "`",
                        "`!` negates a `bool`");
            }
            return Ty.BOOL;
        }
        if (u.operand() instanceof Expr.IntLit lit) {
            Ty t = literal(lit, true, u.span());
            cx.typed.type(lit, t);
            return t;
        }
        Ty t = expr(u.operand());
        switch (Ty.resolve(t)) {
            case Ty.Int i when !i.kind().signed() -> cx.error(DiagnosticCode.E0005, u.span(),
                    "cannot negate unsigned type `" + i.kind().typeName() + "`", "only signed integers (`i8` … `i64`) can be negated");
            case Ty.Int i -> { }
            case Ty.Err e -> { }
            case Ty.Var v -> {
                v.intLiteral = true;
                body.fn.negations.add(new FnContext.Negation(u, v));
            }
            default -> cx.error(DiagnosticCode.E0005, u.span(), "cannot negate a value of type `" + Ty.show(t) + "`",
                    "`-` negates a signed integer");
        }
        return t;
    }

    private Ty binary(Expr.Binary b) {
        Ty left = expr(b.left());
        Ty right = expr(b.right());
        BinaryOp op = b.op();
        Ty l = Ty.resolve(left);
        Ty r = Ty.resolve(right);
        Ty result = op.isArithmetic() ? left : Ty.BOOL;
        if (l instanceof Ty.Err || r instanceof Ty.Err) {
            return op.isArithmetic() ? (l instanceof Ty.Err ? right : left) : Ty.BOOL;
        }
        String sym = op.symbol();
        if (op.isLogical()) {
            boolean ok = Unifier.unify(left, Ty.BOOL) & Unifier.unify(right, Ty.BOOL);
            if (!ok) {
                cx.error(DiagnosticCode.E0006, b.span(), "binary `" + sym + "` needs `bool` operands; found `" + Ty.show(left)
                        + "` and `" + Ty.show(right) + "`");
            }
            return Ty.BOOL;
        }
        boolean intLike = isIntLike(l) && isIntLike(r);
        if (op.isArithmetic()) {
            if (l instanceof Ty.Var lv && !lv.intLiteral && isIntLike(r)) {
                lv.intLiteral = true;
            }
            if (r instanceof Ty.Var rv && !rv.intLiteral && isIntLike(Ty.resolve(left))) {
                rv.intLiteral = true;
            }
            if (isIntLike(Ty.resolve(left)) && isIntLike(Ty.resolve(right))) {
                if (!Unifier.unify(left, right)) {
                    mismatch(b, left, right);
                }
                return left;
            }
            if (sameKind(l, r)) {
                cx.error(DiagnosticCode.E0006, b.span(), "binary `" + sym + "` needs integer operands; found `" + Ty.show(left) + "`");
            } else {
                mismatch(b, left, right);
            }
            return isIntLike(l) ? left : isIntLike(r) ? right : Ty.ERR;
        }
        // comparisons and equalities: both integers of the same width, or both bool
        if (l instanceof Ty.Var || r instanceof Ty.Var) {
            if (!Unifier.unify(left, right)) {
                mismatch(b, left, right);
            } else if (!isIntLike(Ty.resolve(left)) && !(Ty.resolve(left) instanceof Ty.Bool)
                    && !(Ty.resolve(left) instanceof Ty.Var)) {
                notComparable(b, left);
            }
            return Ty.BOOL;
        }
        if (intLike || (l instanceof Ty.Bool && r instanceof Ty.Bool)) {
            if (!Unifier.unify(left, right)) {
                mismatch(b, left, right);
            }
            return Ty.BOOL;
        }
        if (sameKind(l, r) && Unifier.unify(left, right)) {
            notComparable(b, left);
        } else {
            mismatch(b, left, right);
        }
        return result;
    }

    private void mismatch(Expr.Binary b, Ty left, Ty right) {
        cx.error(DiagnosticCode.E0006, b.span(), "binary `" + b.op().symbol() + "` operands must match; found `" + Ty.show(left)
                + "` and `" + Ty.show(right) + "`");
    }

    private void notComparable(Expr.Binary b, Ty t) {
        String sym = b.op().symbol();
        String message = b.op().isEquality()
                ? "binary `" + sym + "` cannot compare values of type `" + Ty.show(t) + "`"
                : "binary `" + sym + "` needs integer or `bool` operands; found `" + Ty.show(t) + "`";
        cx.error(DiagnosticCode.E0006, b.span(), message, "only integers and booleans can be compared; compare their parts instead");
    }

    private static boolean isIntLike(Ty t) {
        return t instanceof Ty.Int || (t instanceof Ty.Var v && v.intLiteral);
    }

    private static boolean sameKind(Ty a, Ty b) {
        return a.getClass() == b.getClass();
    }

    // ---------------------------------------------------------------- fields, disclose

    private Ty field(Expr.Field f) {
        Ty target = expr(f.target());
        Ident name = f.field();
        if (ModuleContext.missing(name)) {
            return Ty.ERR;
        }
        Ty t = Ty.resolve(target);
        switch (t) {
            case Ty.Struct s -> {
                int i = s.indexOf(name.name());
                if (i < 0) {
                    cx.error(DiagnosticCode.E0022, name.span(), "no field `" + name.name() + "` on type `" + s.name() + "`",
                            s.fieldNames().isEmpty() ? "`" + s.name() + "` has no fields"
                                    : "available fields: " + s.fieldNames().stream().map(ModuleContext::quote).collect(Collectors.joining(", ")));
                    return Ty.ERR;
                }
                if (s.symbol() != null) {
                    s.symbol().members.stream().filter(m -> m.name().equals(name.name())).findFirst()
                            .ifPresent(m -> cx.use(name.span(), m));
                }
                return s.fieldTypes().get(i);
            }
            case Ty.Err e -> {
                return Ty.ERR;
            }
            case Ty.Abi a -> {
                return body.calls.methodType(f, t).orElse(Ty.ERR);
            }
            case Ty.Utxo u -> {
                return body.calls.methodType(f, t).orElse(Ty.ERR);
            }
            case Ty.Token tk -> {
                return body.calls.methodType(f, t).orElse(Ty.ERR);
            }
            case Ty.AnyToken tk -> {
                return body.calls.methodType(f, t).orElse(Ty.ERR);
            }
            case Ty.AnyUtxo u -> {
                cx.error(DiagnosticCode.E0021, f.span(), "cannot use `." + name.name() + "` on a `Utxo` that has not been narrowed",
                        "narrow the handle first: `if h is SomeAbi { h." + name.name() + "(…); }`");
                return Ty.ERR;
            }
            case Ty.Var v -> {
                cx.error(DiagnosticCode.E0021, f.span(), "the type of this value must be known before `." + name.name() + "`",
                        "add a type annotation to the variable");
                return Ty.ERR;
            }
            default -> {
                cx.error(DiagnosticCode.E0021, f.span(), "type `" + Ty.show(t) + "` has no fields");
                return Ty.ERR;
            }
        }
    }

    private Ty disclose(Expr.Disclose d) {
        Ty t = expr(d.value());
        if (!(d.value() instanceof Expr.Error) && Privacy.isPublic(d.value(), cx.typed)) {
            cx.error(DiagnosticCode.W0001, d.span(), "unnecessary `disclose(...)`: the value is already public",
                    "remove `disclose`");
        }
        return t;
    }

    // ---------------------------------------------------------------- if

    private Ty ifExpr(Expr.If i) {
        List<Ty> types = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        for (Expr.IfBranch branch : i.branches()) {
            Scope scope = body.scope;
            switch (branch.condition()) {
                case Expr.Condition.Test test -> {
                    Ty c = expr(test.expr());
                    if (!Ty.isError(c) && !Unifier.unify(c, Ty.BOOL)) {
                        cx.error(DiagnosticCode.E0007, test.expr().span(), "`if` condition must be `bool`, found `" + Ty.show(c) + "`");
                    }
                }
                case Expr.Condition.Is is -> scope = body.narrow(is);
            }
            types.add(body.block(branch.body(), scope));
            blocks.add(branch.body());
        }
        if (i.elseBlock().isEmpty()) {
            for (int k = 0; k < types.size(); k++) {
                if (!Unifier.unify(types.get(k), Ty.UNIT)) {
                    cx.error(DiagnosticCode.E0008, valueSpan(blocks.get(k)), "`if` without `else` must have type `()`, found `"
                            + Ty.show(types.get(k)) + "`", "add an `else` branch, or end the last expression with `;`");
                }
            }
            return Ty.UNIT;
        }
        Block elseBlock = i.elseBlock().get();
        types.add(body.block(elseBlock, body.scope));
        blocks.add(elseBlock);
        Ty first = types.getFirst();
        for (int k = 1; k < types.size(); k++) {
            if (!Unifier.unify(first, types.get(k))) {
                cx.report(cx.diag(DiagnosticCode.E0008, valueSpan(blocks.get(k)), "`if` and `else` have different types: expected `"
                        + Ty.show(first) + "`, found `" + Ty.show(types.get(k)) + "`")
                        .withRelated(cx.at(valueSpan(blocks.getFirst())), "the first branch has type `" + Ty.show(first) + "`"));
            }
        }
        return first;
    }

    /** Where a block's value comes from: its tail expression, else the whole block. */
    static Span valueSpan(Block b) {
        return b.tail().map(Expr::span).orElse(b.span());
    }
}
