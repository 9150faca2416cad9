package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Block;
import dev.starstream.studio.vm.lang.ast.Definition;
import dev.starstream.studio.vm.lang.ast.Expr;
import dev.starstream.studio.vm.lang.ast.FnDecl;
import dev.starstream.studio.vm.lang.ast.Node;
import dev.starstream.studio.vm.lang.ast.Program;
import dev.starstream.studio.vm.lang.ast.Stmt;
import java.util.function.Consumer;

/**
 * A pre-order walk over the statements and expressions of a program, in source order. Statements
 * and block tail expressions go to {@code statements} before what they contain; every expression
 * (tails included) goes to {@code expressions}. Patterns and types are not visited.
 */
final class AstWalk {
    private final Consumer<Node> statements;
    private final Consumer<Expr> expressions;

    private AstWalk(Consumer<Node> statements, Consumer<Expr> expressions) {
        this.statements = statements;
        this.expressions = expressions;
    }

    static void statements(Program program, Consumer<Node> statements) {
        program(new AstWalk(statements, e -> { }), program);
    }

    static void expressions(FnDecl fn, Consumer<Expr> expressions) {
        new AstWalk(s -> { }, expressions).fn(fn);
    }

    private static void program(AstWalk w, Program program) {
        for (Definition d : program.definitions()) {
            switch (d) {
                case Definition.FunctionDef f -> w.fn(f.function());
                case Definition.UtxoDef u -> u.parts().forEach(w::part);
                case Definition.TokenDef t -> t.parts().forEach(w::part);
                default -> { }
            }
        }
    }

    private void part(Definition.Part p) {
        switch (p) {
            case Definition.Part.Function f -> fn(f.function());
            case Definition.Part.Impl i -> i.functions().forEach(this::fn);
            case Definition.Part.Storage s -> { }
        }
    }

    private void fn(FnDecl fn) {
        blockBody(fn.body());
    }

    private void blockBody(Block b) {
        for (Stmt s : b.statements()) {
            stmt(s);
        }
        b.tail().ifPresent(t -> {
            statements.accept(t);
            expr(t);
        });
    }

    private void stmt(Stmt s) {
        statements.accept(s);
        switch (s) {
            case Stmt.Let l -> expr(l.value());
            case Stmt.Assign a -> expr(a.value());
            case Stmt.While w -> {
                expr(w.condition());
                blockBody(w.body());
            }
            case Stmt.Return r -> r.value().ifPresent(this::expr);
            case Stmt.Resume r -> { }
            case Stmt.Try t -> {
                blockBody(t.body());
                t.clauses().forEach(c -> blockBody(c.body()));
            }
            case Stmt.Expression e -> expr(e.expr());
        }
    }

    private void expr(Expr e) {
        expressions.accept(e);
        exprChildren(e);
    }

    private void exprChildren(Expr e) {
        switch (e) {
            case Expr.Unary u -> expr(u.operand());
            case Expr.Binary b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.Grouping g -> expr(g.inner());
            case Expr.Tuple t -> t.elements().forEach(this::expr);
            case Expr.StructLit s -> s.fields().forEach(f -> expr(f.value()));
            case Expr.Field f -> expr(f.target());
            case Expr.Call c -> {
                expr(c.callee());
                c.args().forEach(this::expr);
            }
            case Expr.Emit em -> em.args().forEach(this::expr);
            case Expr.Raise r -> r.args().forEach(this::expr);
            case Expr.Runtime r -> r.args().forEach(this::expr);
            case Expr.Disclose d -> expr(d.value());
            case Expr.BlockExpr b -> blockBody(b.block());
            case Expr.If i -> {
                for (Expr.IfBranch br : i.branches()) {
                    if (br.condition() instanceof Expr.Condition.Test t) {
                        expr(t.expr());
                    }
                    blockBody(br.body());
                }
                i.elseBlock().ifPresent(this::blockBody);
            }
            case Expr.Match m -> {
                expr(m.scrutinee());
                m.arms().forEach(a -> blockBody(a.body()));
            }
            case Expr.IntLit i -> { }
            case Expr.BoolLit b -> { }
            case Expr.UnitLit u -> { }
            case Expr.Name n -> { }
            case Expr.Yield y -> { }
            case Expr.Error err -> { }
        }
    }
}
