package dev.starstream.studio.vm.wasm.codegen.ir;

import java.util.List;

/**
 * A pre-order walk over IR in evaluation order. Override the hooks of interest; {@link #clause}
 * brackets the body of a {@code with} clause (a separate wasm function), and {@link #declare} is
 * called for every variable a statement or pattern introduces, before its uses.
 */
public abstract class IrWalker {

    /** Called for each expression before its components. */
    protected void expr(IrExpr e) {}

    /** Called for each statement before its components. */
    protected void stmt(IrStmt s) {}

    /** Called for each variable introduced (parameter, let, pattern binding). */
    protected void declare(IrVar v) {}

    /** Called for every variable read or written, and for the variable an {@code is} test narrows. */
    protected void use(IrVar v, boolean write) {}

    /** Walks a clause body; override to track the scope change and call {@code super.clause}. */
    protected void clause(IrStmt.Try owner, int index, IrStmt.Clause clause) {
        clause.patterns().forEach(this::pattern);
        block(clause.body());
    }

    public void function(IrFunction f) {
        f.params().forEach(this::declare);
        block(f.body());
    }

    public void block(IrBlock b) {
        b.statements().forEach(this::statement);
        b.tail().ifPresent(this::expression);
    }

    public void statement(IrStmt s) {
        stmt(s);
        switch (s) {
            case IrStmt.Let l -> {
                expression(l.value());
                declare(l.var());
            }
            case IrStmt.Assign a -> {
                expression(a.value());
                if (a.place() instanceof IrStmt.LocalPlace p) {
                    use(p.var(), true);
                }
            }
            case IrStmt.While w -> {
                expression(w.condition());
                block(w.body());
            }
            case IrStmt.Return r -> r.value().ifPresent(this::expression);
            case IrStmt.Resume r -> { }
            case IrStmt.Try t -> {
                block(t.body());
                for (int i = 0; i < t.clauses().size(); i++) {
                    clause(t, i, t.clauses().get(i));
                }
            }
            case IrStmt.Expression e -> expression(e.expr());
        }
    }

    public void pattern(IrPattern p) {
        switch (p) {
            case IrPattern.Bind b -> declare(b.var());
            case IrPattern.Tuple t -> t.elements().forEach(this::pattern);
            case IrPattern.Struct s -> s.fields().forEach(this::pattern);
            case IrPattern.Variant v -> v.payload().forEach(this::pattern);
            case IrPattern.Wildcard w -> { }
            case IrPattern.IntLit i -> { }
            case IrPattern.BoolLit b -> { }
            case IrPattern.UnitLit u -> { }
        }
    }

    public void expression(IrExpr e) {
        expr(e);
        switch (e) {
            case IrExpr.Local l -> use(l.var(), false);
            case IrExpr.Unary u -> expression(u.operand());
            case IrExpr.Binary b -> {
                expression(b.left());
                expression(b.right());
            }
            case IrExpr.Tuple t -> all(t.elements());
            case IrExpr.Struct s -> s.fields().forEach(f -> expression(f.value()));
            case IrExpr.Variant v -> v.payload().forEach(f -> expression(f.value()));
            case IrExpr.Field f -> expression(f.target());
            case IrExpr.Call c -> all(c.args());
            case IrExpr.NewProcess n -> all(n.args());
            case IrExpr.MethodCall m -> {
                expression(m.handle());
                all(m.args());
            }
            case IrExpr.TokenOp t -> {
                expression(t.token());
                expression(t.utxo());
            }
            case IrExpr.Burn b -> {
                expression(b.token());
                all(b.args());
            }
            case IrExpr.Emit em -> all(em.args());
            case IrExpr.Raise r -> all(r.args());
            case IrExpr.RuntimeCall r -> all(r.args());
            case IrExpr.BlockExpr b -> block(b.block());
            case IrExpr.If i -> {
                for (IrExpr.Branch br : i.branches()) {
                    switch (br.condition()) {
                        case IrExpr.Condition.Test t -> expression(t.expr());
                        case IrExpr.Condition.IsAbi is -> use(is.var(), false);
                    }
                    block(br.body());
                }
                i.otherwise().ifPresent(this::block);
            }
            case IrExpr.Match m -> {
                expression(m.scrutinee());
                for (IrExpr.Arm arm : m.arms()) {
                    pattern(arm.pattern());
                    block(arm.body());
                }
            }
            case IrExpr.IntConst c -> { }
            case IrExpr.BoolConst c -> { }
            case IrExpr.UnitConst c -> { }
            case IrExpr.StorageGet g -> { }
            case IrExpr.Yield y -> { }
        }
    }

    private void all(List<IrExpr> exprs) {
        exprs.forEach(this::expression);
    }

    /** True when {@code e} contains a {@code yield} anywhere inside. */
    public static boolean hasYield(IrExpr e) {
        return new YieldFinder().find(w -> w.expression(e));
    }

    public static boolean hasYield(IrStmt s) {
        return new YieldFinder().find(w -> w.statement(s));
    }

    public static boolean hasYield(IrBlock b) {
        return new YieldFinder().find(w -> w.block(b));
    }

    private static final class YieldFinder extends IrWalker {
        private boolean found;

        boolean find(java.util.function.Consumer<IrWalker> walk) {
            walk.accept(this);
            return found;
        }

        @Override
        protected void expr(IrExpr e) {
            if (e instanceof IrExpr.Yield) {
                found = true;
            }
        }
    }
}
