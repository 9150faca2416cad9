package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Expr;
import dev.starstream.studio.vm.lang.ast.Stmt;
import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The state of checking one function body. */
final class FnContext {
    /** An integer literal (in an expression or a pattern) to range-check once types are final. */
    record Literal(Expr.IntLit literal, Ty ty, boolean negated, Span span) {}

    /** {@code -e} on a non-literal whose type was still open: unsigned once resolved is E0005. */
    record Negation(Expr.Unary node, Ty ty) {}

    /** A use of a variable at an offset (for liveness across {@code yield}, E1004). */
    record Use(Variable variable, int offset) {}

    final FunctionInfo fn;
    final @Nullable UtxoInfo owner;
    final Ty result;
    final List<Ty.Var> vars = new ArrayList<>();
    final List<Literal> literals = new ArrayList<>();
    final List<Negation> negations = new ArrayList<>();
    final List<Use> uses = new ArrayList<>();
    final List<YieldPoint> yields = new ArrayList<>();
    final Deque<Span> loops = new ArrayDeque<>();
    /** For each yield: the loops around it. */
    final List<List<Span>> yieldLoops = new ArrayList<>();
    int handlerDepth;
    boolean sawReturn;
    Stmt.@Nullable Resume lastStatementResume;

    FnContext(FunctionInfo fn, @Nullable UtxoInfo owner, Ty result) {
        this.fn = fn;
        this.owner = owner;
        this.result = result;
    }

    Ty.Var fresh(boolean intLiteral) {
        Ty.Var v = new Ty.Var(intLiteral);
        vars.add(v);
        return v;
    }

    boolean inUtxoCode() {
        return owner != null;
    }
}
