package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.syntax.Span;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Step 4 of LANGUAGE.md §3.3 for one function: unresolved integer-literal variables default to
 * {@code i64} (other open variables to {@code ()}), then every literal is range-checked with its
 * sign applied (RUNTIME A.7, E0044), deferred negations are checked (E0005), and handles live
 * across a {@code yield} are reported (E1004).
 */
final class FunctionFinisher {
    private static final BigInteger I128_MAX = BigInteger.ONE.shiftLeft(127).subtract(BigInteger.ONE);

    private final ModuleContext cx;
    private final FnContext fn;

    FunctionFinisher(ModuleContext cx, FnContext fn) {
        this.cx = cx;
        this.fn = fn;
    }

    void finish() {
        for (Ty.Var v : fn.vars) {
            Ty.defaultVariables(v);
        }
        for (FnContext.Literal l : fn.literals) {
            BigInteger value = l.negated() ? l.literal().value().negate() : l.literal().value();
            String shown = (l.negated() ? "-" : "") + l.literal().text();
            Span span = l.span();
            if (l.literal().value().compareTo(I128_MAX) > 0) {
                cx.error(DiagnosticCode.E0044, l.literal().span(), "integer literal `" + l.literal().text() + "` is too large",
                        "the largest integer literal is 2^127 - 1");
                continue;
            }
            if (Ty.resolve(l.ty()) instanceof Ty.Int i && !i.kind().contains(value)) {
                cx.error(DiagnosticCode.E0044, span, "integer literal `" + shown + "` does not fit in type `" + i.kind().typeName() + "`",
                        "`" + i.kind().typeName() + "` holds " + i.kind().min() + " to " + i.kind().max());
            }
        }
        for (FnContext.Negation n : fn.negations) {
            if (Ty.resolve(n.ty()) instanceof Ty.Int i && !i.kind().signed()) {
                cx.error(DiagnosticCode.E0005, n.node().span(), "cannot negate unsigned type `" + i.kind().typeName() + "`",
                        "only signed integers (`i8` … `i64`) can be negated");
            }
        }
        handlesAcrossYields();
    }

    /** E1004: a handle-typed variable in scope at a yield and used after it (or again in a loop around it). */
    private void handlesAcrossYields() {
        Set<Variable> reported = new HashSet<>();
        for (int k = 0; k < fn.yields.size(); k++) {
            YieldPoint y = fn.yields.get(k);
            List<Span> loops = fn.yieldLoops.get(k);
            int at = y.node().span().end();
            for (Variable v : y.inScope()) {
                if (reported.contains(v) || !Ty.containsHandle(v.ty())) {
                    continue;
                }
                boolean live = fn.uses.stream().anyMatch(u -> u.variable() == v && (u.offset() >= at
                        || loops.stream().anyMatch(l -> l.start() > v.nameSpan().start() && l.start() <= u.offset() && u.offset() < l.end())));
                if (live) {
                    reported.add(v);
                    cx.report(cx.diag(DiagnosticCode.E1004, y.node().span(), "`" + v.name() + "` holds a handle (`" + Ty.show(v.ty())
                            + "`) that is still used after this `yield`")
                            .withRelated(cx.at(v.nameSpan()), "`" + v.name() + "` declared here")
                            .withHelp("handles are process ids local to one transaction; finish using `" + v.name() + "` before the `yield`"));
                }
            }
        }
    }
}
