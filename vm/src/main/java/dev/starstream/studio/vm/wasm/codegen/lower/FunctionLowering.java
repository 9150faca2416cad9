package dev.starstream.studio.vm.wasm.codegen.lower;

import dev.starstream.studio.vm.lang.ast.Block;
import dev.starstream.studio.vm.lang.ast.Expr;
import dev.starstream.studio.vm.lang.ast.Node;
import dev.starstream.studio.vm.lang.ast.Pattern;
import dev.starstream.studio.vm.lang.ast.Stmt;
import dev.starstream.studio.vm.lang.ast.UnaryOp;
import dev.starstream.studio.vm.lang.check.Callee;
import dev.starstream.studio.vm.lang.check.FunctionInfo;
import dev.starstream.studio.vm.lang.check.HandledEffect;
import dev.starstream.studio.vm.lang.check.NameRef;
import dev.starstream.studio.vm.lang.check.StructTarget;
import dev.starstream.studio.vm.lang.check.TypedModule;
import dev.starstream.studio.vm.lang.check.Variable;
import dev.starstream.studio.vm.lang.check.YieldPoint;
import dev.starstream.studio.vm.lang.syntax.Span;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.wasm.codegen.CodegenException;
import dev.starstream.studio.vm.wasm.codegen.ir.FnRef;
import dev.starstream.studio.vm.wasm.codegen.ir.IrBlock;
import dev.starstream.studio.vm.wasm.codegen.ir.IrExpr;
import dev.starstream.studio.vm.wasm.codegen.ir.IrFunction;
import dev.starstream.studio.vm.wasm.codegen.ir.IrPattern;
import dev.starstream.studio.vm.wasm.codegen.ir.IrStmt;
import dev.starstream.studio.vm.wasm.codegen.ir.IrVar;
import dev.starstream.studio.vm.wasm.codegen.ir.RuntimeFunction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Lowers one function body of a checked module to IR, asking the {@link TypedModule} for every fact. */
final class FunctionLowering {
    private final TypedModule typed;
    private final FunctionInfo function;
    private final Map<Variable, IrVar> vars = new IdentityHashMap<>();

    FunctionLowering(TypedModule typed, FunctionInfo function) {
        this.typed = typed;
        this.function = function;
    }

    IrFunction lower() {
        List<IrVar> params = function.parameters().stream().map(this::var).toList();
        IrFunction.Kind kind = switch (function.role()) {
            case TOP_LEVEL, LOCAL_HELPER -> IrFunction.Kind.FN;
            case SCRIPT -> IrFunction.Kind.SCRIPT;
            case UTXO_MAIN -> IrFunction.Kind.MAIN;
            case TOKEN_MINT -> IrFunction.Kind.MINT;
            case TOKEN_BURN -> IrFunction.Kind.BURN;
            case IMPL_METHOD -> IrFunction.Kind.METHOD;
        };
        Type result = kind == IrFunction.Kind.MAIN || kind == IrFunction.Kind.MINT ? Type.UNIT
                : function.signature().result();
        String owner = function.owner().map(u -> u.name()).orElse("");
        return new IrFunction(kind, owner, function.name(), params, result, block(function.decl().body()), typed.file(),
                function.decl().span());
    }

    private IrVar var(Variable v) {
        return vars.computeIfAbsent(v, x -> new IrVar(x.ordinal(), x.name(), checked(x.type(), x.nameSpan()), switch (x.kind()) {
            case PARAMETER -> IrVar.Kind.PARAMETER;
            case LET -> IrVar.Kind.LET;
            case PATTERN -> IrVar.Kind.PATTERN;
            case HANDLER_PATTERN -> IrVar.Kind.HANDLER_PATTERN;
        }, x.mutable(), x.pub(), x.nameSpan()));
    }

    private CodegenException unsupported(String what, Span span) {
        return new CodegenException(what, typed.file(), span);
    }

    private Type checked(Type t, Span span) {
        if (t instanceof Type.Error) {
            throw unsupported("the checker could not type this (compile only programs without errors)", span);
        }
        return t;
    }

    private Type typeOf(Expr e) {
        return checked(typed.typeOf(e), e.span());
    }

    private int id(Node n) {
        return typed.statementId(n).orElse(-1);
    }

    // ---- statements ---------------------------------------------------------------------------

    private IrBlock block(Block b) {
        List<IrStmt> stmts = new ArrayList<>();
        for (Stmt s : b.statements()) {
            stmts.add(statement(s));
        }
        Optional<IrExpr> tail = b.tail().map(this::expr);
        int tailId = b.tail().map(this::id).orElse(-1);
        Type type = tail.map(IrExpr::type).orElse(Type.UNIT);
        return new IrBlock(stmts, tail, tailId, type, b.span());
    }

    private IrStmt statement(Stmt s) {
        int id = id(s);
        return switch (s) {
            case Stmt.Let l -> new IrStmt.Let(id, var(typed.binding(l).orElseThrow(() -> unsupported("unbound let", l.span()))),
                    expr(l.value()), l.span());
            case Stmt.Assign a -> new IrStmt.Assign(id, switch (typed.resolution(a)) {
                case NameRef.Local local -> new IrStmt.LocalPlace(var(local.variable()));
                case NameRef.Storage st -> new IrStmt.StoragePlace(st.field().owner().name(), st.field().index(),
                        checked(st.field().type(), a.span()));
                default -> throw unsupported("cannot assign to " + a.target(), a.span());
            }, expr(a.value()), a.span());
            case Stmt.While w -> new IrStmt.While(id, expr(w.condition()), block(w.body()), w.span());
            case Stmt.Return r -> new IrStmt.Return(id, r.value().map(this::expr), r.span());
            case Stmt.Resume r -> new IrStmt.Resume(id, r.span());
            case Stmt.Try t -> new IrStmt.Try(id, block(t.body()), clauses(t), t.span());
            case Stmt.Expression e -> new IrStmt.Expression(id, expr(e.expr()), e.span());
        };
    }

    private List<IrStmt.Clause> clauses(Stmt.Try t) {
        List<IrStmt.Clause> out = new ArrayList<>();
        for (Stmt.WithClause w : t.clauses()) {
            HandledEffect h = typed.handledEffect(w).orElseThrow(() -> unsupported("unresolved handler", w.span()));
            if (h.duplicate()) {
                continue;
            }
            Type.Function sig = h.effect().signature();
            List<Type> paramTypes = sig.params().stream().map(Type.Param::type).toList();
            List<IrPattern> patterns = new ArrayList<>();
            for (Pattern p : w.patterns()) {
                patterns.add(pattern(p));
            }
            out.add(new IrStmt.Clause(h.effect().abi().name(), h.effect().name(), paramTypes, patterns, block(w.body()),
                    sig.result(), w.span()));
        }
        return out;
    }

    // ---- expressions --------------------------------------------------------------------------

    private List<IrExpr> exprs(List<Expr> es) {
        return es.stream().map(this::expr).toList();
    }

    private IrExpr expr(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> intConst(i, i.value(), e.span());
            case Expr.BoolLit b -> new IrExpr.BoolConst(b.value(), b.span());
            case Expr.UnitLit u -> new IrExpr.UnitConst(u.span());
            case Expr.Name n -> name(n);
            case Expr.Unary u when u.op() == UnaryOp.NEGATE && u.operand() instanceof Expr.IntLit lit ->
                    intConst(u, lit.value().negate(), u.span()); // the minus belongs to the literal (A.7)
            case Expr.Unary u -> new IrExpr.Unary(u.op(), expr(u.operand()), typeOf(u), u.span());
            case Expr.Binary b -> new IrExpr.Binary(b.op(), expr(b.left()), expr(b.right()), typeOf(b), b.span());
            case Expr.Grouping g -> expr(g.inner());
            case Expr.Disclose d -> expr(d.value());
            case Expr.Tuple t -> new IrExpr.Tuple(exprs(t.elements()), typeOf(t), t.span());
            case Expr.StructLit s -> structLiteral(s);
            case Expr.Field f -> field(f);
            case Expr.Call c -> call(c);
            case Expr.Emit em -> switch (typed.callee(em)) {
                case Callee.Event ev -> new IrExpr.Emit(ev.event().abi().name(), ev.event().name(), exprs(em.args()), em.span());
                default -> throw unsupported("unresolved event", em.span());
            };
            case Expr.Raise r -> switch (typed.callee(r)) {
                case Callee.Effect ef -> new IrExpr.Raise(ef.effect().abi().name(), ef.effect().name(), exprs(r.args()),
                        typeOf(r), r.span());
                default -> throw unsupported("unresolved effect", r.span());
            };
            case Expr.Runtime r -> switch (typed.callee(r)) {
                case Callee.Runtime rt -> new IrExpr.RuntimeCall(RuntimeFunction.of(rt.function().iface(), rt.function().name())
                        .orElseThrow(() -> unsupported("no host function " + rt.function(), r.span())), exprs(r.args()), r.span());
                default -> throw unsupported("unresolved runtime function", r.span());
            };
            case Expr.BlockExpr b -> new IrExpr.BlockExpr(block(b.block()));
            case Expr.Yield y -> {
                YieldPoint p = typed.yieldPoint(y).orElseThrow(() -> unsupported("yield outside a utxo main", y.span()));
                yield new IrExpr.Yield(p.index(), p.abis().stream().map(a -> a.name()).toList(), y.span());
            }
            case Expr.If i -> ifExpr(i);
            case Expr.Match m -> new IrExpr.Match(expr(m.scrutinee()), m.arms().stream()
                    .map(a -> new IrExpr.Arm(pattern(a.pattern()), block(a.body()), a.span())).toList(), typeOf(m), m.span());
            case Expr.Error err -> throw unsupported("a syntax error", err.span());
        };
    }

    private IrExpr intConst(Expr at, BigInteger value, Span span) {
        if (!(typeOf(at) instanceof Type.Int t) || !t.kind().contains(value)) {
            throw unsupported("integer literal " + value + " does not fit " + Type.display(typed.typeOf(at)), span);
        }
        return new IrExpr.IntConst(t.kind(), value.longValue(), span);
    }

    private IrExpr name(Expr.Name n) {
        return switch (typed.resolution(n)) {
            case NameRef.Local l -> new IrExpr.Local(var(l.variable()), typeOf(n), n.span());
            case NameRef.Storage s -> new IrExpr.StorageGet(s.field().owner().name(), s.field().index(), typeOf(n), n.span());
            case NameRef.EnumVariant v -> new IrExpr.Variant(enumType(n), v.tag(), List.of(), n.span());
            default -> throw unsupported(n.name().text() + " is not a value", n.span());
        };
    }

    private Type.Enum enumType(Expr e) {
        if (typeOf(e) instanceof Type.Enum en) {
            return en;
        }
        throw unsupported("expected an enum value", e.span());
    }

    private IrExpr structLiteral(Expr.StructLit s) {
        StructTarget target = typed.structTarget(s).orElseThrow(() -> unsupported("unresolved struct", s.span()));
        List<Type.Field> fields;
        if (target.variantTag().isPresent()) {
            Type.Enum en = (Type.Enum) checked(target.type(), s.span());
            fields = en.variants().get(target.variantTag().getAsInt()).payload();
        } else {
            fields = ((Type.Struct) typeOf(s)).fields();
        }
        List<IrExpr.FieldInit> inits = new ArrayList<>();
        for (Expr.FieldInit f : s.fields()) {
            int index = indexOf(fields, f.name().name(), f.span());
            inits.add(new IrExpr.FieldInit(index, expr(f.value())));
        }
        if (target.variantTag().isPresent()) {
            return new IrExpr.Variant(enumType(s), target.variantTag().getAsInt(), inits, s.span());
        }
        return new IrExpr.Struct((Type.Struct) typeOf(s), inits, s.span());
    }

    private int indexOf(List<Type.Field> fields, String name, Span span) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        throw unsupported("no field " + name, span);
    }

    private IrExpr field(Expr.Field f) {
        if (typeOf(f.target()) instanceof Type.Struct s) {
            return new IrExpr.Field(expr(f.target()), indexOf(s.fields(), f.field().name(), f.span()), typeOf(f), f.span());
        }
        throw unsupported("a method used without calling it", f.span());
    }

    private IrExpr call(Expr.Call c) {
        Type type = typeOf(c);
        return switch (typed.callee(c)) {
            case Callee.Function fn -> new IrExpr.Call(ref(fn.function()), exprs(c.args()), type, c.span());
            case Callee.UtxoConstructor u -> new IrExpr.NewProcess(u.utxo().name(), u.main().name(), false, exprs(c.args()),
                    type, c.span());
            case Callee.TokenMint t -> new IrExpr.NewProcess(t.token().name(), t.mint().name(), true, exprs(c.args()), type,
                    c.span());
            case Callee.AbiMethod m -> new IrExpr.MethodCall(receiver(c), m.abi().name(), m.method().name(), exprs(c.args()),
                    type, c.span());
            case Callee.TokenMethod t -> switch (t.op()) {
                case ATTACH, DETACH -> new IrExpr.TokenOp(t.op() == Callee.TokenOp.ATTACH, receiver(c), expr(c.args().getFirst()),
                        c.span());
                case BURN -> new IrExpr.Burn(t.tokenType().orElseThrow(() -> unsupported("burn on a plain Token", c.span())).name(),
                        t.burnFunction().orElseThrow(() -> unsupported("unresolved burn fn", c.span())).name(), receiver(c),
                        exprs(c.args()), type, c.span());
            };
            case Callee.EnumConstructor ec -> {
                List<IrExpr.FieldInit> payload = new ArrayList<>();
                for (int i = 0; i < c.args().size(); i++) {
                    payload.add(new IrExpr.FieldInit(i, expr(c.args().get(i))));
                }
                yield new IrExpr.Variant(enumType(c), ec.tag(), payload, c.span());
            }
            default -> throw unsupported("cannot call this", c.span());
        };
    }

    private IrExpr receiver(Expr.Call c) {
        if (c.callee() instanceof Expr.Field f) {
            return expr(f.target());
        }
        throw unsupported("a method call needs a receiver", c.span());
    }

    private static FnRef ref(FunctionInfo f) {
        return FnRef.direct(f.module(), f.owner().map(u -> u.name()).orElse(""), f.name());
    }

    private IrExpr ifExpr(Expr.If i) {
        List<IrExpr.Branch> branches = new ArrayList<>();
        for (Expr.IfBranch b : i.branches()) {
            IrExpr.Condition condition = switch (b.condition()) {
                case Expr.Condition.Test t -> new IrExpr.Condition.Test(expr(t.expr()));
                case Expr.Condition.Is is -> {
                    if (!(typed.resolution(is) instanceof NameRef.Local local)) {
                        throw unsupported("is needs a local variable", is.span());
                    }
                    String abi = typed.narrowedAbi(is).orElseThrow(() -> unsupported("unknown ABI", is.span())).name();
                    yield new IrExpr.Condition.IsAbi(var(local.variable()), abi, is.span());
                }
            };
            branches.add(new IrExpr.Branch(condition, block(b.body())));
        }
        return new IrExpr.If(branches, i.elseBlock().map(this::block), typeOf(i), i.span());
    }

    // ---- patterns -----------------------------------------------------------------------------

    private Type typeOf(Pattern p) {
        return checked(typed.typeOf(p).orElse(Type.ERROR), p.span());
    }

    private IrPattern pattern(Pattern p) {
        return switch (p) {
            case Pattern.Wildcard w -> IrPattern.WILDCARD;
            case Pattern.IntLit i -> {
                if (!(typeOf(p) instanceof Type.Int t) || !t.kind().contains(i.literal().value())) {
                    throw unsupported("literal pattern does not fit " + Type.display(typeOf(p)), p.span());
                }
                yield new IrPattern.IntLit(t.kind(), i.literal().value().longValue());
            }
            case Pattern.BoolLit b -> new IrPattern.BoolLit(b.value());
            case Pattern.UnitLit u -> new IrPattern.UnitLit();
            case Pattern.Name n -> {
                Optional<Variable> bound = typed.binding(n);
                if (bound.isPresent()) {
                    yield new IrPattern.Bind(var(bound.get()));
                }
                NameRef.EnumVariant v = typed.patternVariant(n).orElseThrow(() -> unsupported("unresolved pattern", n.span()));
                yield new IrPattern.Variant(patternEnum(p), v.tag(), List.of());
            }
            case Pattern.Variant v -> {
                NameRef.EnumVariant variant = typed.patternVariant(v).orElseThrow(() -> unsupported("unresolved variant", v.span()));
                yield new IrPattern.Variant(patternEnum(p), variant.tag(), v.payload().stream().map(this::pattern).toList());
            }
            case Pattern.Tuple t -> new IrPattern.Tuple(t.elements().stream().map(this::pattern).toList());
            case Pattern.Struct s -> structPattern(s);
            case Pattern.Error e -> throw unsupported("a syntax error", e.span());
        };
    }

    private Type.Enum patternEnum(Pattern p) {
        if (typeOf(p) instanceof Type.Enum e) {
            return e;
        }
        throw unsupported("expected an enum pattern", p.span());
    }

    private IrPattern structPattern(Pattern.Struct s) {
        StructTarget target = typed.structTarget(s).orElseThrow(() -> unsupported("unresolved struct pattern", s.span()));
        List<Type.Field> fields;
        if (target.variantTag().isPresent()) {
            fields = patternEnum(s).variants().get(target.variantTag().getAsInt()).payload();
        } else {
            fields = ((Type.Struct) typeOf(s)).fields();
        }
        List<IrPattern> sub = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            sub.add(IrPattern.WILDCARD);
        }
        for (Pattern.FieldPattern f : s.fields()) {
            int index = indexOf(fields, f.name().name(), f.span());
            IrPattern p = f.pattern().map(this::pattern).orElseGet(() -> new IrPattern.Bind(var(typed.binding(f)
                    .orElseThrow(() -> unsupported("unbound field pattern", f.span())))));
            sub.set(index, p);
        }
        if (target.variantTag().isPresent()) {
            return new IrPattern.Variant(patternEnum(s), target.variantTag().getAsInt(), sub);
        }
        return new IrPattern.Struct((Type.Struct) typeOf(s), sub);
    }
}
