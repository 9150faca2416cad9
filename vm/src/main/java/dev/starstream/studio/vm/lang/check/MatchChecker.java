package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Expr;
import dev.starstream.studio.vm.lang.ast.Pattern;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Collectors;

/** {@code match}: arms typed against the scrutinee, arm values unified with the first (E0008), then E0027/E0028. */
final class MatchChecker {
    private final ModuleContext cx;
    private final BodyChecker body;

    MatchChecker(ModuleContext cx, BodyChecker body) {
        this.cx = cx;
        this.body = body;
    }

    Ty match(Expr.Match m) {
        Ty scrutinee = body.exprs.expr(m.scrutinee());
        Ty first = null;
        boolean patternsOk = !Ty.isError(scrutinee);
        List<Pattern> patterns = new ArrayList<>();
        for (Expr.MatchArm arm : m.arms()) {
            Scope scope = new Scope(body.scope);
            patternsOk &= body.patterns.check(arm.pattern(), scrutinee, scope, new HashMap<>(), Variable.Kind.PATTERN,
                    arm.body().span().start());
            patterns.add(arm.pattern());
            Ty value = body.block(arm.body(), scope);
            if (first == null) {
                first = value;
            } else if (!Unifier.unify(first, value)) {
                cx.report(cx.diag(DiagnosticCode.E0008, ExprChecker.valueSpan(arm.body()), "`match` arms have different types: expected `"
                        + Ty.show(first) + "`, found `" + Ty.show(value) + "`")
                        .withRelated(cx.at(ExprChecker.valueSpan(m.arms().getFirst().body())), "the first arm has type `" + Ty.show(first) + "`"));
            }
        }
        if (patternsOk) {
            exhaustiveness(m, scrutinee, patterns);
        }
        return first == null ? Ty.UNIT : first;
    }

    private void exhaustiveness(Expr.Match m, Ty scrutinee, List<Pattern> patterns) {
        List<Boolean> reachable = Exhaustiveness.reachable(patterns, scrutinee, cx.typed);
        for (int i = 0; i < patterns.size(); i++) {
            if (!reachable.get(i)) {
                cx.error(DiagnosticCode.E0028, patterns.get(i).span(), "unreachable pattern",
                        "earlier arms already match every value this arm matches; remove it or move it up");
            }
        }
        List<String> missing = Exhaustiveness.missingFor(patterns.stream().map(List::of).toList(), List.of(scrutinee), cx.typed);
        if (!missing.isEmpty()) {
            Span at = new Span(m.span().start(), m.scrutinee().span().end());
            boolean onlyWildcard = missing.size() == 1 && missing.getFirst().equals("_");
            String shown = missing.stream().limit(5).map(ModuleContext::quote).collect(Collectors.joining(", "))
                    + (missing.size() > 5 ? " and more" : "");
            var d = cx.diag(DiagnosticCode.E0027, at, "non-exhaustive match");
            d = onlyWildcard
                    ? d.withHelp("add a `_ => { … }` arm: values of type `" + Ty.show(scrutinee) + "` cannot all be listed")
                    : d.withNote("missing pattern" + (missing.size() == 1 ? ": " : "s: ") + shown)
                            .withHelp("add arms for the missing patterns, or a `_ => { … }` arm");
            cx.report(d);
        }
    }
}
