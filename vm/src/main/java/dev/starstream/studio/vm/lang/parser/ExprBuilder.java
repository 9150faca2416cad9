package dev.starstream.studio.vm.lang.parser;

import dev.starstream.studio.vm.lang.ast.BinaryOp;
import dev.starstream.studio.vm.lang.ast.Block;
import dev.starstream.studio.vm.lang.ast.Expr;
import dev.starstream.studio.vm.lang.ast.Ident;
import dev.starstream.studio.vm.lang.ast.Pattern;
import dev.starstream.studio.vm.lang.ast.ScopedName;
import dev.starstream.studio.vm.lang.ast.TypeExpr;
import dev.starstream.studio.vm.lang.ast.UnaryOp;
import dev.starstream.studio.vm.lang.parser.StarstreamParser.*;
import dev.starstream.studio.vm.lang.syntax.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.Token;
import org.jspecify.annotations.Nullable;

/** Builds expressions, patterns and types from the parse tree. */
final class ExprBuilder {
    private final BuildContext cx;
    private final AstBuilder blocks;

    ExprBuilder(BuildContext cx, AstBuilder blocks) {
        this.cx = cx;
        this.blocks = blocks;
    }

    // ---------------------------------------------------------------- expressions

    Expr expr(@Nullable ExpressionContext c) {
        if (c == null) {
            return new Expr.Error(Span.EMPTY);
        }
        Span span = cx.span(c);
        return switch (c) {
            case PostfixExprContext p -> postfix(p.postfix());
            case UnaryExprContext u -> new Expr.Unary(
                    u.op.getType() == StarstreamParser.MINUS ? UnaryOp.NEGATE : UnaryOp.NOT, expr(u.expression()), span);
            case MulExprContext b -> binary(b.op, b.expression(0), b.expression(1), span);
            case AddExprContext b -> binary(b.op, b.expression(0), b.expression(1), span);
            case CompareExprContext b -> binary(b.op, b.expression(0), b.expression(1), span);
            case EqualityExprContext b -> binary(b.op, b.expression(0), b.expression(1), span);
            case AndExprContext b -> binary(b.op, b.expression(0), b.expression(1), span);
            case OrExprContext b -> binary(b.op, b.expression(0), b.expression(1), span);
            default -> new Expr.Error(span);
        };
    }

    private Expr binary(Token op, @Nullable ExpressionContext left, @Nullable ExpressionContext right, Span span) {
        BinaryOp operator = switch (op.getType()) {
            case StarstreamParser.STAR -> BinaryOp.MUL;
            case StarstreamParser.SLASH -> BinaryOp.DIV;
            case StarstreamParser.PERCENT -> BinaryOp.REM;
            case StarstreamParser.PLUS -> BinaryOp.ADD;
            case StarstreamParser.MINUS -> BinaryOp.SUB;
            case StarstreamParser.LT -> BinaryOp.LT;
            case StarstreamParser.LE -> BinaryOp.LE;
            case StarstreamParser.GT -> BinaryOp.GT;
            case StarstreamParser.GE -> BinaryOp.GE;
            case StarstreamParser.EQ -> BinaryOp.EQ;
            case StarstreamParser.NE -> BinaryOp.NE;
            case StarstreamParser.AND -> BinaryOp.AND;
            default -> BinaryOp.OR;
        };
        Expr l = expr(left);
        Expr r = right == null ? new Expr.Error(Span.at(span.end())) : expr(right);
        return new Expr.Binary(operator, l, r, span);
    }

    private Expr postfix(@Nullable PostfixContext c) {
        if (c == null) {
            return new Expr.Error(Span.EMPTY);
        }
        Span span = cx.span(c);
        return switch (c) {
            case PrimaryPostfixContext p -> primary(p.primary());
            case CallPostfixContext call -> new Expr.Call(postfix(call.postfix()), args(call.argList()), span);
            case FieldPostfixContext f -> new Expr.Field(postfix(f.postfix()), blocks.name(f.name(), f), span);
            default -> new Expr.Error(span);
        };
    }

    private List<Expr> args(@Nullable ArgListContext c) {
        return c == null ? List.of() : c.expression().stream().map(this::expr).toList();
    }

    private Expr primary(@Nullable PrimaryContext c) {
        if (c == null) {
            return new Expr.Error(Span.EMPTY);
        }
        Span span = cx.span(c);
        return switch (c) {
            case TupleLiteralContext t -> new Expr.Tuple(t.expression().stream().map(this::expr).toList(), span);
            case GroupingContext g -> new Expr.Grouping(expr(g.expression()), span);
            case IntLiteralContext i -> intLit(i.INTEGER().getSymbol());
            case BoolLiteralContext b -> new Expr.BoolLit(b.TRUE() != null, span);
            case UnitLiteralContext u -> new Expr.UnitLit(span);
            case StructLiteralContext s -> new Expr.StructLit(blocks.scoped(s.scopedName()),
                    s.fieldInit().stream().map(f -> new Expr.FieldInit(blocks.name(f.name(), f), expr(f.expression()), cx.span(f)))
                            .toList(),
                    span);
            case DiscloseExprContext d -> new Expr.Disclose(expr(d.expression()), span);
            case EmitExprContext e -> new Expr.Emit(blocks.scoped(e.scopedName()), args(e.argList()), span);
            case RaiseExprContext r -> new Expr.Raise(blocks.scoped(r.scopedName()), args(r.argList()), span);
            case RuntimeExprContext r -> new Expr.Runtime(blocks.scoped(r.scopedName()), args(r.argList()), span);
            case YieldExprContext y -> new Expr.Yield(y.name().stream().map(n -> blocks.name(n, y)).toList(), span);
            case IfPrimaryContext i -> ifExpr(i.ifExpr());
            case MatchPrimaryContext m -> matchExpr(m.matchExpr());
            case BlockPrimaryContext b -> new Expr.BlockExpr(blocks.block(b.block()));
            case NamePrimaryContext n -> new Expr.Name(blocks.scoped(n.scopedName()), span);
            default -> new Expr.Error(span);
        };
    }

    Expr blockLike(@Nullable BlockLikeContext c) {
        if (c == null) {
            return new Expr.Error(Span.EMPTY);
        }
        if (c.ifExpr() != null) {
            return ifExpr(c.ifExpr());
        }
        if (c.matchExpr() != null) {
            return matchExpr(c.matchExpr());
        }
        return new Expr.BlockExpr(blocks.block(c.block()));
    }

    private Expr ifExpr(IfExprContext c) {
        List<Expr.IfBranch> branches = new ArrayList<>();
        List<IfConditionContext> conditions = c.ifCondition();
        List<BlockContext> bodies = c.block();
        for (int i = 0; i < conditions.size(); i++) {
            IfConditionContext cond = conditions.get(i);
            Block body = i < bodies.size() ? blocks.block(bodies.get(i)) : new Block(List.of(), Optional.empty(), cx.endOf(c));
            branches.add(new Expr.IfBranch(condition(cond), body, cx.span(cond).to(body.span())));
        }
        Optional<Block> elseBlock = bodies.size() > conditions.size()
                ? Optional.of(blocks.block(bodies.getLast())) : Optional.empty();
        return new Expr.If(branches, elseBlock, cx.span(c));
    }

    private Expr.Condition condition(IfConditionContext c) {
        return switch (c) {
            case IsConditionContext is -> new Expr.Condition.Is(blocks.name(is.name(0), is),
                    is.name().size() > 1 ? blocks.name(is.name(1), is) : new Ident("", cx.endOf(is)), cx.span(is));
            case ExprConditionContext e -> new Expr.Condition.Test(expr(e.expression()), cx.span(e));
            default -> new Expr.Condition.Test(new Expr.Error(cx.span(c)), cx.span(c));
        };
    }

    private Expr matchExpr(MatchExprContext c) {
        List<Expr.MatchArm> arms = c.matchArm().stream()
                .map(a -> new Expr.MatchArm(pattern(a.pattern()), blocks.block(a.block()), cx.span(a)))
                .toList();
        return new Expr.Match(expr(c.expression()), arms, cx.span(c));
    }

    private Expr.IntLit intLit(Token token) {
        String text = token.getText();
        Span span = TokenNames.spanOf(token);
        if (Lexing.isBadRadix(text)) {
            String kind = switch (text.charAt(1)) {
                case 'x' -> "hexadecimal";
                case 'o' -> "octal";
                default -> "binary";
            };
            cx.error(span, "`" + text + "` must be followed by at least one " + kind + " digit", null);
            return new Expr.IntLit(text, 10, BigInteger.ZERO, span);
        }
        int radix = 10;
        String digits = text;
        if (text.length() > 2 && text.charAt(0) == '0' && Character.isLetter(text.charAt(1))) {
            radix = switch (text.charAt(1)) {
                case 'x' -> 16;
                case 'o' -> 8;
                default -> 2;
            };
            digits = text.substring(2);
        }
        return new Expr.IntLit(text, radix, new BigInteger(digits, radix), span);
    }

    // ---------------------------------------------------------------- patterns

    Pattern pattern(@Nullable PatternContext c) {
        if (c == null) {
            return new Pattern.Error(Span.EMPTY);
        }
        Span span = cx.span(c);
        return switch (c) {
            case TuplePatternContext t -> new Pattern.Tuple(t.pattern().stream().map(this::pattern).toList(), span);
            case IntPatternContext i -> new Pattern.IntLit(intLit(i.INTEGER().getSymbol()));
            case BoolPatternContext b -> new Pattern.BoolLit(b.TRUE() != null, span);
            case UnitPatternContext u -> new Pattern.UnitLit(span);
            case StructPatternContext s -> new Pattern.Struct(blocks.scoped(s.scopedName()),
                    s.fieldPattern().stream()
                            .map(f -> new Pattern.FieldPattern(blocks.name(f.name(), f),
                                    f.pattern() == null ? Optional.empty() : Optional.of(pattern(f.pattern())), cx.span(f)))
                            .toList(),
                    span);
            case VariantPatternContext v -> new Pattern.Variant(blocks.scoped(v.scopedName()),
                    v.pattern().stream().map(this::pattern).toList(), span);
            case NamePatternContext n -> namePattern(blocks.scoped(n.scopedName()), span);
            default -> new Pattern.Error(span);
        };
    }

    private static Pattern namePattern(ScopedName name, Span span) {
        if (name.isSimple() && name.last().name().equals("_")) {
            return new Pattern.Wildcard(span);
        }
        return new Pattern.Name(name, span);
    }

    // ---------------------------------------------------------------- types

    TypeExpr type(@Nullable TypeContext c) {
        if (c == null) {
            return new TypeExpr.Error(Span.EMPTY);
        }
        Span span = cx.span(c);
        return switch (c) {
            case TupleTypeContext t -> new TypeExpr.Tuple(t.type().stream().map(this::type).toList(), span);
            case UnitTypeContext u -> new TypeExpr.Unit(span);
            case NamedTypeContext n -> new TypeExpr.Named(blocks.scoped(n.scopedName()),
                    n.type().stream().map(this::type).toList(), n.LT() != null, span);
            default -> new TypeExpr.Error(span);
        };
    }
}
