package dev.starstream.studio.vm.format;

import static dev.starstream.studio.vm.format.Doc.concat;
import static dev.starstream.studio.vm.format.Doc.text;

import dev.starstream.studio.vm.lang.ast.BinaryOp;
import dev.starstream.studio.vm.lang.ast.Block;
import dev.starstream.studio.vm.lang.ast.Expr;
import dev.starstream.studio.vm.lang.ast.Ident;
import dev.starstream.studio.vm.lang.ast.Node;
import dev.starstream.studio.vm.lang.ast.Pattern;
import dev.starstream.studio.vm.lang.ast.ScopedName;
import dev.starstream.studio.vm.lang.ast.Stmt;
import dev.starstream.studio.vm.lang.ast.TypeExpr;
import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Blocks, statements, expressions, patterns and types as documents (LANGUAGE.md §4.3). Every node
 * first takes the comments that come before it in the source, so comments inside expressions,
 * argument lists and types keep their place.
 */
final class CodePrinter {
    private static final Doc COMMA_SPACE = text(", ");

    private final CommentFlow flow;
    private final SourceTokens tokens;

    CodePrinter(CommentFlow flow, SourceTokens tokens) {
        this.flow = flow;
        this.tokens = tokens;
    }

    CommentFlow flow() {
        return flow;
    }

    SourceTokens tokens() {
        return tokens;
    }

    /** {@code lead} (comments) then {@code body}, without allocating when there are no comments. */
    static Doc lead(Doc lead, Doc body) {
        return lead == Doc.EMPTY ? body : concat(lead, body);
    }

    // ---------------------------------------------------------------- names and small pieces

    Doc ident(Ident id) {
        return lead(flow.before(id.span().start()), text(id.name()));
    }

    Doc scoped(ScopedName name) {
        if (name.isSimple()) {
            return ident(name.last());
        }
        List<Doc> parts = new ArrayList<>();
        for (Ident segment : name.segments()) {
            if (!parts.isEmpty()) {
                parts.add(text("::"));
            }
            parts.add(ident(segment));
        }
        return concat(parts);
    }

    /**
     * {@code open items… close}, items inline and separated; a comment before a separator stays
     * before it, a comment before the closer stays inside.
     */
    <T extends Node> Doc inlineList(String open, List<T> items, Function<T, Doc> print, String separator, int closeOffset,
            String close) {
        List<Doc> docs = new ArrayList<>(items.size() * 3);
        Doc sep = separator.equals(", ") ? COMMA_SPACE : text(separator);
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            docs.add(print.apply(item));
            if (i + 1 < items.size()) {
                if (flow.hasBefore(items.get(i + 1).span().start())) {
                    docs.add(flow.before(tokens.next(item.span().end())));
                }
                docs.add(sep);
            }
        }
        docs.add(flow.before(closeOffset));
        return concat(text(open), Doc.nest(Doc.concat(docs)), text(close));
    }

    /** {@code ()} (the unit value, type or pattern), keeping a comment written between the brackets. */
    Doc unit(Span span) {
        return concat(text("("), flow.before(span.end() - 1), text(")"));
    }

    // ---------------------------------------------------------------- types

    Doc type(TypeExpr t) {
        Doc lead = flow.before(t.span().start());
        Doc body = switch (t) {
            case TypeExpr.Named n -> n.genericList()
                    ? concat(scoped(n.name()), inlineList("<", n.args(), this::type, ", ", n.span().end() - 1, ">"))
                    : scoped(n.name());
            case TypeExpr.Tuple tu -> inlineList("(", tu.elements(), this::type, ", ", tu.span().end() - 1, ")");
            case TypeExpr.Unit u -> unit(u.span());
            case TypeExpr.Error e -> throw incomplete(e.span());
        };
        return lead(lead, body);
    }

    // ---------------------------------------------------------------- blocks and statements

    /**
     * {@code { }} when empty; otherwise one item per line. The lines are soft ({@code hard} false):
     * outside a group they always break, inside a binary operand that fits they are spaces.
     */
    Doc block(Block b, boolean hard) {
        Doc lead = flow.before(b.span().start());
        int close = b.span().end() - 1;
        if (b.statements().isEmpty() && b.tail().isEmpty() && !flow.hasBefore(close)) {
            return lead(lead, text("{ }"));
        }
        Doc line = hard ? Doc.HARDLINE : Doc.LINE;
        List<Doc> inner = new ArrayList<>();
        for (Stmt s : b.statements()) {
            inner.add(line);
            inner.add(statement(s));
        }
        b.tail().ifPresent(tail -> {
            inner.add(line);
            inner.add(expr(tail));
        });
        inner.add(inner.isEmpty() ? flow.insideEmpty(close) : flow.before(close));
        return lead(lead, concat(text("{"), Doc.nest(Doc.concat(inner)), line, text("}")));
    }

    Doc statement(Stmt s) {
        Doc lead = flow.before(s.span().start());
        Doc body = switch (s) {
            case Stmt.Let l -> concat(
                    text("let " + (l.pub() ? "pub " : "") + (l.mutable() ? "mut " : "")),
                    ident(l.name()),
                    l.type().map(t -> concat(text(": "), type(t))).orElse(Doc.EMPTY),
                    text(" = "),
                    expr(l.value()),
                    text(";"));
            case Stmt.Assign a -> concat(ident(a.target()), text(" = "), expr(a.value()), text(";"));
            case Stmt.While w -> concat(text("while ("), expr(w.condition()),
                    flow.hasBefore(w.body().span().start())
                            ? flow.before(tokens.closing(w.condition().span().end(), ')')) : Doc.EMPTY,
                    text(") "), block(w.body(), false));
            case Stmt.Return r -> r.value()
                    .map(v -> concat(text("return "), expr(v), text(";")))
                    .orElse(text("return;"));
            case Stmt.Resume r -> text("resume;");
            case Stmt.Try t -> tryStatement(t);
            case Stmt.Expression e -> concat(expr(e.expr()), text(e.semicolon() || !isBlockLike(e.expr()) ? ";" : ""));
        };
        return lead(lead, body);
    }

    private Doc tryStatement(Stmt.Try t) {
        List<Doc> parts = new ArrayList<>();
        parts.add(text("try "));
        parts.add(block(t.body(), false));
        for (Stmt.WithClause w : t.clauses()) {
            parts.add(text(" "));
            parts.add(flow.before(w.span().start()));
            parts.add(text("with "));
            parts.add(scoped(w.effect()));
            // Patterns joined by "," without a space: upstream's canonical form (LANGUAGE.md §4.3).
            int close = flow.hasBefore(w.body().span().start())
                    ? tokens.closing(w.patterns().isEmpty() ? w.effect().span().end() : w.patterns().getLast().span().end(), ')')
                    : w.body().span().start();
            parts.add(inlineList("(", w.patterns(), this::pattern, ",", close, ") "));
            parts.add(block(w.body(), false));
        }
        return concat(parts);
    }

    static boolean isBlockLike(Expr e) {
        return e instanceof Expr.If || e instanceof Expr.Match || e instanceof Expr.BlockExpr;
    }

    // ---------------------------------------------------------------- expressions

    Doc expr(Expr e) {
        Doc lead = flow.before(e.span().start());
        return lead(lead, exprBody(e));
    }

    private Doc exprBody(Expr e) {
        int close = e.span().end() - 1;
        return switch (e) {
            case Expr.IntLit i -> text(i.text());
            case Expr.BoolLit b -> text(b.value() ? "true" : "false");
            case Expr.UnitLit u -> unit(u.span());
            case Expr.Name n -> scoped(n.name());
            case Expr.Unary u -> concat(text(u.op().symbol()), operand(u.operand(), u.operand() instanceof Expr.Binary));
            case Expr.Binary b -> binary(b);
            case Expr.Grouping g -> concat(text("("), expr(g.inner()), flow.before(close), text(")"));
            case Expr.Tuple t -> inlineList("(", t.elements(), this::expr, ", ", close, ")");
            case Expr.StructLit s -> structLiteral(s);
            case Expr.Field f -> concat(operand(f.target(), isLoose(f.target())), text("."), ident(f.field()));
            case Expr.Call c -> concat(operand(c.callee(), isLoose(c.callee())),
                    inlineList("(", c.args(), this::expr, ", ", close, ")"));
            case Expr.Emit em -> concat(text("emit "), scoped(em.event()), inlineList("(", em.args(), this::expr, ", ", close, ")"));
            case Expr.Raise r -> concat(text("raise "), scoped(r.effect()), inlineList("(", r.args(), this::expr, ", ", close, ")"));
            case Expr.Runtime r -> concat(text("runtime "), scoped(r.function()),
                    inlineList("(", r.args(), this::expr, ", ", close, ")"));
            case Expr.Disclose d -> concat(text("disclose("), expr(d.value()), flow.before(close), text(")"));
            case Expr.BlockExpr b -> block(b.block(), false);
            case Expr.Yield y -> inlineList("yield(", y.abis(), this::ident, ", ", close, ")");
            case Expr.If i -> ifExpr(i);
            case Expr.Match m -> match(m);
            case Expr.Error err -> throw incomplete(err.span());
        };
    }

    /** An operand that needs parentheses to keep the AST's shape (never the case for parsed code, which has its own). */
    private Doc operand(Expr e, boolean parenthesize) {
        return parenthesize ? concat(text("("), expr(e), text(")")) : expr(e);
    }

    private static boolean isLoose(Expr e) {
        return e instanceof Expr.Binary || e instanceof Expr.Unary;
    }

    /** Each operand is a group: a struct literal or {@code if} inside it stays on one line when it fits. */
    private Doc binary(Expr.Binary b) {
        BinaryOp op = b.op();
        boolean wrapLeft = b.left() instanceof Expr.Binary l && l.op().precedence() < op.precedence();
        boolean wrapRight = b.right() instanceof Expr.Binary r && r.op().precedence() <= op.precedence();
        Doc left = Doc.group(operand(b.left(), wrapLeft));
        Doc symbol = text(" " + op.symbol() + " ");
        Doc right = Doc.group(operand(b.right(), wrapRight));
        return concat(left, symbol, right);
    }

    private Doc structLiteral(Expr.StructLit s) {
        Doc name = scoped(s.name());
        int close = s.span().end() - 1;
        if (s.fields().isEmpty() && !flow.hasBefore(close)) {
            return concat(name, text(" { }"));
        }
        List<Doc> inner = new ArrayList<>();
        for (int i = 0; i < s.fields().size(); i++) {
            Expr.FieldInit f = s.fields().get(i);
            inner.add(Doc.LINE);
            inner.add(flow.before(f.span().start()));
            inner.add(ident(f.name()));
            inner.add(text(": "));
            inner.add(expr(f.value()));
            inner.add(i + 1 < s.fields().size() ? text(",") : new Doc.IfBreak(",", ""));
        }
        inner.add(inner.isEmpty() ? flow.insideEmpty(close) : flow.before(close));
        return concat(name, text(" {"), Doc.nest(concat(inner)), Doc.LINE, text("}"));
    }

    private Doc ifExpr(Expr.If i) {
        List<Doc> parts = new ArrayList<>();
        int previousEnd = -1;
        for (Expr.IfBranch branch : i.branches()) {
            if (previousEnd >= 0) {
                parts.add(text(" "));
                parts.add(elseComments(previousEnd, branch.span().start()));
                parts.add(text("else "));
            }
            parts.add(text("if "));
            parts.add(condition(branch.condition()));
            parts.add(text(" "));
            parts.add(block(branch.body(), false));
            previousEnd = branch.body().span().end();
        }
        int afterBranches = previousEnd;
        i.elseBlock().ifPresent(b -> {
            parts.add(text(" "));
            parts.add(elseComments(afterBranches, b.span().start()));
            parts.add(text("else "));
            parts.add(block(b, false));
        });
        return concat(parts);
    }

    /** Comments between a branch's {@code }} and the {@code else} after it. */
    private Doc elseComments(int previousEnd, int nextStart) {
        return flow.hasBefore(nextStart) ? flow.before(tokens.next(previousEnd)) : Doc.EMPTY;
    }

    private Doc condition(Expr.Condition c) {
        Doc lead = flow.before(c.span().start());
        Doc body = switch (c) {
            case Expr.Condition.Test t -> concat(text("("), expr(t.expr()), flow.before(t.span().end() - 1), text(")"));
            case Expr.Condition.Is is -> concat(ident(is.variable()), text(" is "), ident(is.abi()));
        };
        return lead(lead, body);
    }

    /** {@code match e {} then one {@code pattern => {…},} per line (always a trailing comma). */
    private Doc match(Expr.Match m) {
        Doc head = concat(text("match "), expr(m.scrutinee()));
        int close = m.span().end() - 1;
        if (m.arms().isEmpty() && !flow.hasBefore(close)) {
            return concat(head, text(" { }"));
        }
        List<Doc> inner = new ArrayList<>();
        for (Expr.MatchArm arm : m.arms()) {
            inner.add(Doc.HARDLINE);
            inner.add(flow.before(arm.span().start()));
            inner.add(pattern(arm.pattern()));
            inner.add(text(" => "));
            inner.add(block(arm.body(), true));
            inner.add(text(","));
        }
        inner.add(inner.isEmpty() ? flow.insideEmpty(close) : flow.before(close));
        return concat(head, text(" {"), Doc.nest(concat(inner)), Doc.HARDLINE, text("}"));
    }

    // ---------------------------------------------------------------- patterns

    Doc pattern(Pattern p) {
        Doc lead = flow.before(p.span().start());
        int close = p.span().end() - 1;
        Doc body = switch (p) {
            case Pattern.Wildcard w -> text("_");
            case Pattern.IntLit i -> text(i.literal().text());
            case Pattern.BoolLit b -> text(b.value() ? "true" : "false");
            case Pattern.UnitLit u -> unit(u.span());
            case Pattern.Name n -> scoped(n.name());
            case Pattern.Struct s -> s.fields().isEmpty() && !flow.hasBefore(close)
                    ? concat(scoped(s.name()), text(" { }"))
                    : concat(scoped(s.name()), inlineList(" { ", s.fields(), this::fieldPattern, ", ", close, " }"));
            case Pattern.Variant v -> concat(scoped(v.name()), inlineList("(", v.payload(), this::pattern, ", ", close, ")"));
            case Pattern.Tuple t -> inlineList("(", t.elements(), this::pattern, ", ", close, ")");
            case Pattern.Error e -> throw incomplete(e.span());
        };
        return lead(lead, body);
    }

    private Doc fieldPattern(Pattern.FieldPattern f) {
        Doc lead = flow.before(f.span().start());
        Doc body = f.pattern().map(p -> concat(ident(f.name()), text(": "), pattern(p))).orElseGet(() -> ident(f.name()));
        return lead(lead, body);
    }

    static IllegalArgumentException incomplete(Span at) {
        return new IllegalArgumentException("the program has a syntax error at " + at + " and cannot be formatted");
    }
}
