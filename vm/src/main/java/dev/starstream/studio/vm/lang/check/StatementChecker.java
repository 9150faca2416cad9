package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Expr;
import dev.starstream.studio.vm.lang.ast.Ident;
import dev.starstream.studio.vm.lang.ast.Pattern;
import dev.starstream.studio.vm.lang.ast.ScopedName;
import dev.starstream.studio.vm.lang.ast.Stmt;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Statements (LANGUAGE.md §3.6) with the Studio rules for {@code try}, {@code resume;} and handler clauses. */
final class StatementChecker {
    private final ModuleContext cx;
    private final BodyChecker body;

    StatementChecker(ModuleContext cx, BodyChecker body) {
        this.cx = cx;
        this.body = body;
    }

    void statement(Stmt s) {
        switch (s) {
            case Stmt.Let l -> let(l);
            case Stmt.Assign a -> assign(a);
            case Stmt.While w -> {
                Ty c = body.exprs.expr(w.condition());
                if (!Ty.isError(c) && !Unifier.unify(c, Ty.BOOL)) {
                    cx.error(DiagnosticCode.E0007, w.condition().span(), "`while` condition must be `bool`, found `" + Ty.show(c) + "`");
                }
                body.fn.loops.push(w.span());
                body.block(w.body(), body.scope);
                body.fn.loops.pop();
            }
            case Stmt.Return r -> ret(r);
            case Stmt.Resume r -> resume(r);
            case Stmt.Try t -> tryStmt(t);
            case Stmt.Expression e -> body.exprs.expr(e.expr());
        }
    }

    private void let(Stmt.Let l) {
        Ty value = body.exprs.expr(l.value());
        Ty bound = value;
        if (l.type().isPresent()) {
            Ty declared = body.types.resolve(l.type().get());
            if (!Unifier.coerce(value, declared)) {
                cx.error(DiagnosticCode.E0003, l.value().span(), "mismatched types: expected `" + Ty.show(declared) + "`, found `"
                        + Ty.show(value) + "`", "`" + l.name().name() + "` is declared as `" + Ty.show(declared) + "`");
            }
            bound = declared;
        }
        if (l.pub() && !Privacy.isPublic(l.value(), cx.typed)) {
            publicNeedsPublic(l.name().name(), l.value().span());
        }
        Variable v = body.declare(body.scope, l.name(), Variable.Kind.LET, l.mutable(), l.pub(), bound, l.span().end());
        if (v != null) {
            cx.typed.binding(l, v);
        }
    }

    private void publicNeedsPublic(String name, Span value) {
        cx.error(DiagnosticCode.E0045, value, "public binding `" + name + "` requires a public RHS; wrap private values with `disclose(...)`",
                "write `disclose(…)` around the value, or take it from a `pub` parameter");
    }

    private void assign(Stmt.Assign a) {
        Ty value = body.exprs.expr(a.value());
        Ident target = a.target();
        if (ModuleContext.missing(target)) {
            return;
        }
        Scope.Binding b = body.scope.lookup(target.name());
        if (b == null) {
            cx.typed.name(a, new NameRef.Unresolved());
            Constant c = cx.root.constants.get(target.name());
            if (c != null && !(c instanceof FailedImport)) {
                cx.error(DiagnosticCode.E0004, target.span(), "cannot assign to " + Lookup.describe(c),
                        "only `let mut` variables and storage fields can be assigned");
            } else if (c == null) {
                cx.error(DiagnosticCode.E0001, target.span(), "unknown name `" + target.name() + "`",
                        "declare it first with `let mut " + target.name() + " = …;`");
            }
            return;
        }
        Ty targetType = body.useBinding(a, target, b);
        boolean isPublic;
        switch (b) {
            case Scope.Binding.Var v -> {
                targetType = v.variable().ty();
                isPublic = v.variable().pub();
                if (!v.variable().mutable()) {
                    cx.report(cx.diag(DiagnosticCode.E0004, target.span(), "cannot assign to immutable variable `" + target.name() + "`")
                            .withRelated(cx.at(v.variable().nameSpan()), "declared here")
                            .withHelp(v.variable().kind() == Variable.Kind.LET ? "declare it with `let mut " + target.name() + "`"
                                    : "parameters and pattern bindings cannot be assigned; copy it into a `let mut`"));
                    return;
                }
            }
            case Scope.Binding.Storage st -> isPublic = true;
            case Scope.Binding.Helper h -> {
                cx.error(DiagnosticCode.E0004, target.span(), "cannot assign to function `" + target.name() + "`",
                        "only `let mut` variables and storage fields can be assigned");
                return;
            }
        }
        if (!Unifier.coerce(value, targetType)) {
            cx.error(DiagnosticCode.E0003, a.value().span(), "mismatched types: expected `" + Ty.show(targetType) + "`, found `"
                    + Ty.show(value) + "`", "`" + target.name() + "` has type `" + Ty.show(targetType) + "`");
        }
        if (isPublic && !Privacy.isPublic(a.value(), cx.typed)) {
            publicNeedsPublic(target.name(), a.value().span());
        }
    }

    private void ret(Stmt.Return r) {
        FnContext fn = body.fn;
        fn.sawReturn = true;
        Ty value = r.value().map(body.exprs::expr).orElse(Ty.UNIT);
        if (fn.handlerDepth > 0) {
            cx.error(DiagnosticCode.E1003, keyword(r.span(), "return"), "`return` is not allowed in a handler clause",
                    "the clause's value answers the `raise`: end the clause's block with that value");
            return;
        }
        if (!Unifier.coerce(value, fn.result)) {
            Span at = r.value().map(Expr::span).orElse(r.span());
            cx.error(DiagnosticCode.E0009, at, "mismatched return type: expected `" + Ty.show(fn.result) + "`, found `" + Ty.show(value)
                    + "`", "`" + fn.fn.name() + "` returns `" + Ty.show(fn.result) + "`");
        }
    }

    private void resume(Stmt.Resume r) {
        FnContext fn = body.fn;
        fn.sawReturn = true;
        if (fn.handlerDepth > 0) {
            cx.error(DiagnosticCode.E1003, r.span(), "`resume;` is not allowed in a handler clause",
                    "a handler answers its `raise` with the clause's value; it cannot resume a utxo");
            return;
        }
        boolean implOfUtxo = fn.fn.role() == FunctionInfo.Role.IMPL_METHOD && fn.owner != null && !fn.owner.isToken();
        if (!implOfUtxo) {
            String help = fn.owner != null && fn.owner.isToken()
                    ? "tokens never yield, so there is nothing to resume"
                    : "`resume;` ends an ABI method of a utxo and continues its `main fn` from the `yield`";
            cx.error(DiagnosticCode.E1002, r.span(), "`resume;` is only allowed as the last statement of a utxo's ABI method", help);
        } else if (fn.lastStatementResume != r) {
            cx.error(DiagnosticCode.E1002, r.span(), "`resume;` must be the last statement of `" + fn.fn.name() + "`",
                    "move `resume;` to the end of the method");
        }
        if (!Unifier.unify(fn.result, Ty.UNIT)) {
            cx.error(DiagnosticCode.E0009, r.span(), "`resume;` returns `()`, but `" + fn.fn.name() + "` returns `" + Ty.show(fn.result) + "`");
        }
    }

    private void tryStmt(Stmt.Try t) {
        FnContext fn = body.fn;
        fn.fn.tries.add(t);
        if (fn.owner != null) {
            cx.error(DiagnosticCode.E1001, keyword(t.span(), "try"), "`try` is not allowed in " + (fn.owner.isToken() ? "token" : "utxo")
                    + " code", "handle effects in the coordination script (a `script fn`) that calls into `" + fn.owner.name() + "`");
        }
        Ty bodyType = body.block(t.body(), body.scope);
        if (!Unifier.unify(bodyType, Ty.UNIT)) {
            cx.error(DiagnosticCode.E0008, ExprChecker.valueSpan(t.body()), "the body of `try` must have type `()`, found `"
                    + Ty.show(bodyType) + "`", "end the last expression with `;`");
        }
        Map<AbiInfo.Member, Stmt.WithClause> seen = new IdentityHashMap<>();
        for (Stmt.WithClause clause : t.clauses()) {
            withClause(clause, seen);
        }
    }

    private void withClause(Stmt.WithClause clause, Map<AbiInfo.Member, Stmt.WithClause> seen) {
        AbiInfo.Member effect = effectOf(clause.effect());
        Scope scope = new Scope(body.scope);
        List<Ty> paramTypes = new ArrayList<>();
        boolean duplicate = false;
        if (effect != null) {
            paramTypes.addAll(effect.ty().params());
            if (clause.patterns().size() != paramTypes.size()) {
                cx.error(DiagnosticCode.E0030, clause.effect().span(), "effect `" + effect.name() + "` has " + count(paramTypes.size(), "parameter")
                        + ", but the clause lists " + count(clause.patterns().size(), "pattern"));
            }
            Stmt.WithClause earlier = seen.get(effect);
            if (earlier != null) {
                duplicate = true;
                cx.report(cx.diag(DiagnosticCode.E0028, clause.effect().span(), "effect `" + effect.name()
                        + "` is already handled by an earlier clause of this `try`")
                        .withRelated(cx.at(earlier.effect().span()), "handled here first")
                        .withHelp("remove this clause; the first clause for an effect answers every `raise`"));
            } else {
                seen.put(effect, clause);
            }
        }
        List<Variable> bindings = new ArrayList<>();
        Map<String, Variable> bound = new java.util.HashMap<>();
        List<Ty> patternTypes = new ArrayList<>();
        boolean patternsOk = true;
        for (int i = 0; i < clause.patterns().size(); i++) {
            Pattern p = clause.patterns().get(i);
            Ty expected = i < paramTypes.size() ? paramTypes.get(i) : Ty.ERR;
            int before = body.fn.fn.variables().size();
            patternsOk &= body.patterns.check(p, expected, scope, bound, Variable.Kind.HANDLER_PATTERN, clause.body().span().start());
            bindings.addAll(body.fn.fn.variables().subList(before, body.fn.fn.variables().size()));
            patternTypes.add(expected);
        }
        if (patternsOk && effect != null && clause.patterns().size() == paramTypes.size()) {
            for (int i = 0; i < clause.patterns().size(); i++) {
                List<String> missing = Exhaustiveness.missingFor(List.of(List.of(clause.patterns().get(i))), List.of(patternTypes.get(i)),
                        cx.typed);
                if (!missing.isEmpty()) {
                    cx.error(DiagnosticCode.E0027, clause.patterns().get(i).span(), "refutable pattern in a handler clause: `"
                            + missing.getFirst() + "` is not covered", "a handler pattern must match every value; use a name or `_`");
                }
            }
        }
        body.fn.handlerDepth++;
        Ty value = body.block(clause.body(), scope);
        body.fn.handlerDepth--;
        if (effect != null) {
            Ty expected = effect.ty().result();
            if (!Unifier.coerce(value, expected)) {
                cx.error(DiagnosticCode.E0008, ExprChecker.valueSpan(clause.body()), "the handler for `" + effect.name() + "` must produce `"
                        + Ty.show(expected) + "` (the effect's return type), found `" + Ty.show(value) + "`",
                        "the clause's value is what the `raise` evaluates to");
            }
            cx.typed.handled(clause, new HandledEffect(effect, bindings, duplicate));
        }
    }

    private AbiInfo.Member effectOf(ScopedName name) {
        if (ModuleContext.missing(name)) {
            return null;
        }
        Namespace ns = body.lookup.qualifier(name);
        if (ns == null || ns.failed) {
            return null;
        }
        Constant c = ns.constants.get(name.last().name());
        if (c == null) {
            cx.error(DiagnosticCode.E0001, name.span(), "unknown effect `" + name.text() + "`");
            return null;
        }
        Symbol s = Lookup.symbolOf(c);
        if (s != null) {
            cx.use(name.last().span(), s);
        }
        if (c instanceof AbiInfo.Member m && m.kind() == AbiInfo.Member.Kind.EFFECT) {
            return m;
        }
        if (!(c instanceof FailedImport)) {
            String help = c instanceof AbiInfo.Member m && m.kind() == AbiInfo.Member.Kind.EVENT
                    ? "events are emitted with `emit`, not handled" : "a `with` clause handles an `effect` declared in an `abi`";
            cx.error(DiagnosticCode.E0041, name.span(), Lookup.describe(c) + " is not an effect", help);
        }
        return null;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** The span of the keyword that starts a statement. */
    static Span keyword(Span statement, String keyword) {
        return new Span(statement.start(), Math.min(statement.end(), statement.start() + keyword.length()));
    }
}
