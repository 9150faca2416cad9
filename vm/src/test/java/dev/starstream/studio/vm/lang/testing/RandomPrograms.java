package dev.starstream.studio.vm.lang.testing;

import dev.starstream.studio.vm.lang.ast.BinaryOp;
import dev.starstream.studio.vm.lang.ast.Block;
import dev.starstream.studio.vm.lang.ast.Definition;
import dev.starstream.studio.vm.lang.ast.Expr;
import dev.starstream.studio.vm.lang.ast.FnDecl;
import dev.starstream.studio.vm.lang.ast.FnKind;
import dev.starstream.studio.vm.lang.ast.Ident;
import dev.starstream.studio.vm.lang.ast.Param;
import dev.starstream.studio.vm.lang.ast.Pattern;
import dev.starstream.studio.vm.lang.ast.Program;
import dev.starstream.studio.vm.lang.ast.ScopedName;
import dev.starstream.studio.vm.lang.ast.Stmt;
import dev.starstream.studio.vm.lang.ast.TypeExpr;
import dev.starstream.studio.vm.lang.ast.UnaryOp;
import dev.starstream.studio.vm.lang.syntax.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Generates random, syntactically valid Starstream programs as ASTs (no type correctness), for
 * round-trip and robustness properties: every construct of LANGUAGE.md §2 appears. The ASTs are
 * shaped the way the parser would produce them (explicit {@link Expr.Grouping} where precedence or
 * the statement rules need parentheses), so {@code parse(print(ast))} must equal {@code ast}
 * modulo spans. {@code contract;} and imports come first, so the formatter's file sort keeps the
 * order. Deterministic for a seed.
 */
public final class RandomPrograms {
    private static final Span NO_SPAN = Span.EMPTY;
    private static final String[] NAMES = {"a", "b", "x", "y", "count", "owner", "_tmp", "v2", "main", "storage", "event",
        "token", "utxo", "mint", "letter", "publicKey", "returnValue", "mutable"};
    private static final String[] TYPE_NAMES = {"u8", "u64", "i64", "bool", "Point", "Utxo", "Token", "Option", "Result"};
    private static final String[] INTS = {"0", "1", "42", "042", "0x1F", "0xff", "0o17", "0b101", "18446744073709551615"};

    private final Random random;
    private int depth;

    public RandomPrograms(long seed) {
        this.random = new Random(seed);
    }

    /** A program of up to {@code maxDefinitions} definitions. */
    public Program program(int maxDefinitions) {
        List<Definition> defs = new ArrayList<>();
        if (random.nextInt(3) == 0) {
            defs.add(new Definition.ContractDef(NO_SPAN));
        }
        for (int i = random.nextInt(3); i > 0; i--) {
            defs.add(importDef());
        }
        for (int i = 1 + random.nextInt(Math.max(1, maxDefinitions)); i > 0; i--) {
            defs.add(definition());
        }
        return new Program(defs, List.of(), NO_SPAN);
    }

    // ---------------------------------------------------------------- definitions

    private Definition definition() {
        return switch (random.nextInt(8)) {
            case 0, 1 -> new Definition.FunctionDef(function(random.nextBoolean() ? FnKind.SCRIPT : FnKind.PLAIN));
            case 2 -> new Definition.StructDef(ident(), list(4, this::field), Optional.empty(), NO_SPAN);
            case 3 -> new Definition.EnumDef(ident(), list(4, this::variant), Optional.empty(), NO_SPAN);
            case 4 -> new Definition.UtxoDef(ident(), list(4, () -> part(false)), Optional.empty(), NO_SPAN);
            case 5 -> new Definition.TokenDef(ident(), list(4, () -> part(true)), Optional.empty(), NO_SPAN);
            case 6 -> new Definition.AbiDef(ident(), list(4, this::member), Optional.empty(), NO_SPAN);
            default -> new Definition.FunctionDef(function(FnKind.PLAIN));
        };
    }

    private Definition importDef() {
        Definition.ImportTarget target = random.nextBoolean()
                ? new Definition.ImportTarget.Named(list(3, () -> new Definition.ImportItem(ident(),
                        random.nextBoolean() ? Optional.of(ident()) : Optional.empty(), NO_SPAN)), NO_SPAN)
                : new Definition.ImportTarget.Namespace(ident(), NO_SPAN);
        Definition.ImportSource source = random.nextBoolean()
                ? new Definition.ImportSource.Wit(id("starstream"), id("std"),
                        random.nextBoolean() ? Optional.of(id("cardano")) : Optional.empty(), NO_SPAN)
                : new Definition.ImportSource.Path("./lib/x.star", "\"./lib/x.star\"", NO_SPAN);
        return new Definition.ImportDef(target, source, NO_SPAN);
    }

    private FnDecl function(FnKind kind) {
        boolean result = kind != FnKind.MAIN && kind != FnKind.MINT && random.nextBoolean();
        return new FnDecl(kind, ident(), list(3, () -> param(true)), result ? Optional.of(type()) : Optional.empty(),
                block(), Optional.empty(), NO_SPAN);
    }

    private Param param(boolean mayBePub) {
        return new Param(mayBePub && random.nextInt(3) == 0, ident(), type(), NO_SPAN);
    }

    private Definition.FieldDecl field() {
        return new Definition.FieldDecl(ident(), type(), Optional.empty(), NO_SPAN);
    }

    private Definition.VariantDecl variant() {
        Definition.Payload payload = switch (random.nextInt(3)) {
            case 0 -> new Definition.Payload.None();
            case 1 -> new Definition.Payload.Tuple(list(3, this::type));
            default -> new Definition.Payload.Struct(list(4, this::field));
        };
        return new Definition.VariantDecl(ident(), payload, Optional.empty(), NO_SPAN);
    }

    private Definition.Part part(boolean token) {
        return switch (random.nextInt(4)) {
            case 0 -> new Definition.Part.Storage(list(3, () -> new Definition.StorageField(
                    token && random.nextBoolean(), true, ident(), type(), Optional.empty(), NO_SPAN)), NO_SPAN);
            case 1 -> new Definition.Part.Impl(ident(), list(2, () -> function(FnKind.PLAIN)), NO_SPAN);
            default -> {
                FnKind kind = token
                        ? List.of(FnKind.MINT, FnKind.BURN, FnKind.PLAIN).get(random.nextInt(3))
                        : random.nextBoolean() ? FnKind.MAIN : FnKind.PLAIN;
                yield new Definition.Part.Function(function(kind));
            }
        };
    }

    private Definition.AbiMember member() {
        return switch (random.nextInt(3)) {
            case 0 -> new Definition.AbiMember.Event(ident(), list(3, () -> param(true)), Optional.empty(), NO_SPAN);
            case 1 -> new Definition.AbiMember.Effect(ident(), list(3, () -> param(true)), optional(this::type),
                    Optional.empty(), NO_SPAN);
            default -> new Definition.AbiMember.Method(ident(), list(3, () -> param(false)), optional(this::type),
                    Optional.empty(), NO_SPAN);
        };
    }

    // ---------------------------------------------------------------- types

    private TypeExpr type() {
        depth++;
        try {
            int choice = depth > 3 ? 0 : random.nextInt(6);
            return switch (choice) {
                case 1 -> new TypeExpr.Tuple(listOf(2, 3, this::type), NO_SPAN);
                case 2 -> new TypeExpr.Unit(NO_SPAN);
                case 3 -> new TypeExpr.Named(scoped(1), list(2, this::type), true, NO_SPAN);
                default -> new TypeExpr.Named(ScopedName.of(id(pick(TYPE_NAMES))), List.of(), false, NO_SPAN);
            };
        } finally {
            depth--;
        }
    }

    // ---------------------------------------------------------------- blocks and statements

    private Block block() {
        depth++;
        try {
            int count = depth > 4 ? random.nextInt(2) : random.nextInt(4);
            List<Stmt> statements = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                statements.add(statement());
            }
            Optional<Expr> tail = random.nextInt(3) == 0 ? Optional.of(statementExpr(expr())) : Optional.empty();
            if (tail.isEmpty() && !statements.isEmpty() && statements.getLast() instanceof Stmt.Expression e && !e.semicolon()) {
                // a block-like statement without `;` at the end of a block is the block's value
                statements.set(statements.size() - 1, new Stmt.Expression(e.expr(), true, NO_SPAN));
            }
            return new Block(statements, tail, NO_SPAN);
        } finally {
            depth--;
        }
    }

    private Stmt statement() {
        return switch (random.nextInt(10)) {
            case 0 -> new Stmt.Let(random.nextBoolean(), random.nextBoolean(), ident(), optional(this::type), expr(), NO_SPAN);
            case 1 -> new Stmt.Assign(ident(), expr(), NO_SPAN);
            case 2 -> new Stmt.While(expr(), block(), NO_SPAN);
            case 3 -> new Stmt.Return(optional(this::expr), NO_SPAN);
            case 4 -> new Stmt.Resume(NO_SPAN);
            case 5 -> new Stmt.Try(block(), list(2, () -> new Stmt.WithClause(scoped(2), list(3, this::pattern), block(),
                    NO_SPAN)), NO_SPAN);
            case 6 -> {
                Expr e = blockLike();
                yield new Stmt.Expression(e, random.nextBoolean(), NO_SPAN);
            }
            default -> new Stmt.Expression(statementExpr(expr()), true, NO_SPAN);
        };
    }

    /** An expression at the start of a block item: one that starts with `if`/`match`/`{` but goes on is parenthesised. */
    private static Expr statementExpr(Expr e) {
        if (!isBlockLike(e) && isBlockLike(leftmost(e))) {
            return new Expr.Grouping(e, NO_SPAN);
        }
        return e;
    }

    private static Expr leftmost(Expr e) {
        return switch (e) {
            case Expr.Binary b -> leftmost(b.left());
            case Expr.Field f -> leftmost(f.target());
            case Expr.Call c -> leftmost(c.callee());
            default -> e;
        };
    }

    private static boolean isBlockLike(Expr e) {
        return e instanceof Expr.If || e instanceof Expr.Match || e instanceof Expr.BlockExpr;
    }

    // ---------------------------------------------------------------- expressions

    private Expr expr() {
        depth++;
        try {
            if (depth > 6) {
                return atom();
            }
            return switch (random.nextInt(14)) {
                case 0, 1 -> binary();
                case 2 -> {
                    Expr operand = expr();
                    yield new Expr.Unary(random.nextBoolean() ? UnaryOp.NEGATE : UnaryOp.NOT,
                            operand instanceof Expr.Binary ? new Expr.Grouping(operand, NO_SPAN) : operand, NO_SPAN);
                }
                case 3 -> new Expr.Grouping(expr(), NO_SPAN);
                case 4 -> new Expr.Tuple(listOf(2, 3, this::expr), NO_SPAN);
                case 5 -> new Expr.StructLit(scoped(2), list(3, () -> new Expr.FieldInit(ident(), expr(), NO_SPAN)), NO_SPAN);
                case 6 -> new Expr.Field(postfixTarget(expr()), ident(), NO_SPAN);
                case 7 -> new Expr.Call(postfixTarget(random.nextBoolean() ? name() : expr()), list(3, this::expr), NO_SPAN);
                case 8 -> switch (random.nextInt(3)) {
                    case 0 -> new Expr.Emit(scoped(1), list(2, this::expr), NO_SPAN);
                    case 1 -> new Expr.Raise(scoped(2), list(2, this::expr), NO_SPAN);
                    default -> new Expr.Runtime(scoped(2), list(2, this::expr), NO_SPAN);
                };
                case 9 -> new Expr.Disclose(expr(), NO_SPAN);
                case 10 -> new Expr.Yield(list(3, this::ident), NO_SPAN);
                case 11 -> blockLike();
                default -> atom();
            };
        } finally {
            depth--;
        }
    }

    private Expr binary() {
        BinaryOp op = BinaryOp.values()[random.nextInt(BinaryOp.values().length)];
        Expr left = expr();
        Expr right = expr();
        if (left instanceof Expr.Binary l && l.op().precedence() < op.precedence()) {
            left = new Expr.Grouping(left, NO_SPAN);
        }
        if (right instanceof Expr.Binary r && r.op().precedence() <= op.precedence()) {
            right = new Expr.Grouping(right, NO_SPAN);
        }
        return new Expr.Binary(op, left, right, NO_SPAN);
    }

    /** The target of `.field` or a call: operators and block-like expressions get parentheses. */
    private static Expr postfixTarget(Expr e) {
        return e instanceof Expr.Binary || e instanceof Expr.Unary || isBlockLike(e) ? new Expr.Grouping(e, NO_SPAN) : e;
    }

    private Expr blockLike() {
        return switch (random.nextInt(3)) {
            case 0 -> new Expr.If(listOf(1, 3, () -> new Expr.IfBranch(condition(), block(), NO_SPAN)),
                    optional(this::block), NO_SPAN);
            case 1 -> {
                Expr scrutinee = expr();
                List<Expr.MatchArm> arms = list(3, () -> new Expr.MatchArm(pattern(), block(), NO_SPAN));
                // `match x { }` followed by a block would read as a struct literal `x { }`
                boolean bare = scrutinee instanceof Expr.Call || scrutinee instanceof Expr.Tuple
                        || scrutinee instanceof Expr.Name && !arms.isEmpty();
                yield new Expr.Match(bare ? scrutinee : new Expr.Grouping(scrutinee, NO_SPAN), arms, NO_SPAN);
            }
            default -> new Expr.BlockExpr(block());
        };
    }

    private Expr.Condition condition() {
        return random.nextInt(4) == 0
                ? new Expr.Condition.Is(ident(), ident(), NO_SPAN)
                : new Expr.Condition.Test(expr(), NO_SPAN);
    }

    private Expr atom() {
        return switch (random.nextInt(5)) {
            case 0 -> intLit();
            case 1 -> new Expr.BoolLit(random.nextBoolean(), NO_SPAN);
            case 2 -> new Expr.UnitLit(NO_SPAN);
            default -> name();
        };
    }

    private Expr name() {
        return new Expr.Name(scoped(2), NO_SPAN);
    }

    private Expr.IntLit intLit() {
        String text = pick(INTS);
        int radix = text.startsWith("0x") ? 16 : text.startsWith("0o") ? 8 : text.startsWith("0b") ? 2 : 10;
        String digits = radix == 10 ? text : text.substring(2);
        return new Expr.IntLit(text, radix, new BigInteger(digits, radix), NO_SPAN);
    }

    // ---------------------------------------------------------------- patterns

    private Pattern pattern() {
        depth++;
        try {
            int choice = depth > 5 ? 5 : random.nextInt(9);
            return switch (choice) {
                case 0 -> new Pattern.Wildcard(NO_SPAN);
                case 1 -> new Pattern.IntLit(intLit());
                case 2 -> new Pattern.BoolLit(random.nextBoolean(), NO_SPAN);
                case 3 -> new Pattern.UnitLit(NO_SPAN);
                case 4 -> new Pattern.Struct(scoped(2), list(3, () -> new Pattern.FieldPattern(ident(),
                        random.nextBoolean() ? Optional.of(pattern()) : Optional.empty(), NO_SPAN)), NO_SPAN);
                case 6 -> new Pattern.Variant(scoped(2), list(3, this::pattern), NO_SPAN);
                case 7 -> new Pattern.Tuple(listOf(2, 3, this::pattern), NO_SPAN);
                default -> new Pattern.Name(scoped(2), NO_SPAN);
            };
        } finally {
            depth--;
        }
    }

    // ---------------------------------------------------------------- helpers

    private ScopedName scoped(int maxSegments) {
        return new ScopedName(listOf(1, maxSegments, this::ident), NO_SPAN);
    }

    private Ident ident() {
        return id(pick(NAMES));
    }

    private static Ident id(String name) {
        return new Ident(name, NO_SPAN);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private <T> Optional<T> optional(Supplier<T> make) {
        return random.nextBoolean() ? Optional.of(make.get()) : Optional.empty();
    }

    private <T> List<T> list(int max, Supplier<T> make) {
        return listOf(0, max, make);
    }

    private <T> List<T> listOf(int min, int max, Supplier<T> make) {
        int n = min + random.nextInt(max - min + 1);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(make.get());
        }
        return out;
    }
}
