package dev.starstream.studio.vm.wasm.codegen.diff;

import dev.starstream.studio.vm.lang.ast.Block;
import dev.starstream.studio.vm.lang.ast.Expr;
import dev.starstream.studio.vm.lang.ast.Pattern;
import dev.starstream.studio.vm.lang.ast.Stmt;
import dev.starstream.studio.vm.lang.check.Callee;
import dev.starstream.studio.vm.lang.check.FunctionInfo;
import dev.starstream.studio.vm.lang.check.NameRef;
import dev.starstream.studio.vm.lang.check.StructTarget;
import dev.starstream.studio.vm.lang.check.TypedModule;
import dev.starstream.studio.vm.lang.check.Variable;
import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.runtime.values.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A direct interpreter of the checker's typed AST (LANGUAGE.md §3, RUNTIME A.7), written without the
 * code generator's IR or lowering: integers as exact {@link BigInteger}s range-checked after every
 * operation, floored {@code /} and {@code %}, short-circuit logic, blocks, {@code if}, {@code while},
 * {@code match}, structs, tuples and enums. The oracle of the differential tests. Covers
 * process-free code (scripts and helpers); anything else is refused.
 */
final class ReferenceEvaluator {
    /** Evaluation stopped the way a trap stops compiled code. */
    static final class Trap extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String reason;

        Trap(String reason) {
            super(reason, null, false, false);
            this.reason = reason;
        }
    }

    private static final class Returned extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Value value;

        Returned(Value value) {
            super(null, null, false, false);
            this.value = value;
        }
    }

    private final TypedModule typed;
    private Map<Variable, Value> env = new IdentityHashMap<>();

    ReferenceEvaluator(TypedModule typed) {
        this.typed = typed;
    }

    Value call(FunctionInfo f, List<Value> args) {
        Map<Variable, Value> saved = env;
        env = new IdentityHashMap<>();
        try {
            List<Variable> params = f.parameters();
            for (int i = 0; i < params.size(); i++) {
                env.put(params.get(i), args.get(i));
            }
            return block(f.decl().body());
        } catch (Returned r) {
            return r.value;
        } finally {
            env = saved;
        }
    }

    private Value block(Block b) {
        for (Stmt s : b.statements()) {
            statement(s);
        }
        return b.tail().map(this::expr).orElse(Value.Unit.INSTANCE);
    }

    private void statement(Stmt s) {
        switch (s) {
            case Stmt.Let l -> env.put(typed.binding(l).orElseThrow(), expr(l.value()));
            case Stmt.Assign a -> {
                Value v = expr(a.value());
                if (!(typed.resolution(a) instanceof NameRef.Local local)) {
                    throw new UnsupportedOperationException("storage");
                }
                env.put(local.variable(), v);
            }
            case Stmt.While w -> {
                while (truth(expr(w.condition()))) {
                    block(w.body());
                }
            }
            case Stmt.Return r -> throw new Returned(r.value().map(this::expr).orElse(Value.Unit.INSTANCE));
            case Stmt.Expression e -> expr(e.expr());
            case Stmt.Resume r -> throw new UnsupportedOperationException("resume");
            case Stmt.Try t -> throw new UnsupportedOperationException("try");
        }
    }

    private static boolean truth(Value v) {
        return ((Value.Bool) v).value();
    }

    private Value expr(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> integer(e, i.value());
            case Expr.BoolLit b -> Value.Bool.of(b.value());
            case Expr.UnitLit u -> Value.Unit.INSTANCE;
            case Expr.Grouping g -> expr(g.inner());
            case Expr.Disclose d -> expr(d.value());
            case Expr.BlockExpr b -> scoped(() -> block(b.block()));
            case Expr.Name n -> switch (typed.resolution(n)) {
                case NameRef.Local l -> env.get(l.variable());
                case NameRef.EnumVariant v -> new Value.Variant((Type.Enum) typed.typeOf(n), v.tag(), List.of());
                default -> throw new UnsupportedOperationException(n.name().text());
            };
            case Expr.Unary u -> switch (u.op()) {
                case NOT -> Value.Bool.of(!truth(expr(u.operand())));
                case NEGATE -> u.operand() instanceof Expr.IntLit lit ? integer(u, lit.value().negate())
                        : integer(u, big(expr(u.operand())).negate());
            };
            case Expr.Binary b -> binary(b);
            case Expr.Tuple t -> new Value.Tuple((Type.Tuple) typed.typeOf(t), t.elements().stream().map(this::expr).toList());
            case Expr.StructLit s -> structLiteral(s);
            case Expr.Field f -> {
                Value.Struct target = (Value.Struct) expr(f.target());
                yield target.fields().get(fieldIndex(target.type().fields(), f.field().name()));
            }
            case Expr.Call c -> call(c);
            case Expr.If i -> {
                for (Expr.IfBranch br : i.branches()) {
                    if (truth(expr(((Expr.Condition.Test) br.condition()).expr()))) {
                        yield scoped(() -> block(br.body()));
                    }
                }
                yield i.elseBlock().map(b -> scoped(() -> block(b))).orElse(Value.Unit.INSTANCE);
            }
            case Expr.Match m -> match(m);
            default -> throw new UnsupportedOperationException(e.getClass().getSimpleName());
        };
    }

    /** Inner scopes may shadow; names resolve to distinct variables anyway, so one map serves. */
    private Value scoped(java.util.function.Supplier<Value> body) {
        return body.get();
    }

    private Value integer(Expr at, BigInteger value) {
        IntKind kind = ((Type.Int) typed.typeOf(at)).kind();
        if (!kind.contains(value)) {
            throw new Trap("OVERFLOW");
        }
        return Value.Int.of(kind, value.longValue());
    }

    static BigInteger big(Value v) {
        Value.Int i = (Value.Int) v;
        return i.kind() == IntKind.U64 ? new BigInteger(Long.toUnsignedString(i.bits())) : BigInteger.valueOf(i.bits());
    }

    private Value binary(Expr.Binary b) {
        switch (b.op()) {
            case AND -> {
                return Value.Bool.of(truth(expr(b.left())) && truth(expr(b.right())));
            }
            case OR -> {
                return Value.Bool.of(truth(expr(b.left())) || truth(expr(b.right())));
            }
            default -> { }
        }
        Value l = expr(b.left());
        Value r = expr(b.right());
        if (l instanceof Value.Bool lb) {
            int c = Boolean.compare(lb.value(), ((Value.Bool) r).value());
            return Value.Bool.of(compare(b, c));
        }
        BigInteger x = big(l);
        BigInteger y = big(r);
        return switch (b.op()) {
            case ADD -> integer(b, x.add(y));
            case SUB -> integer(b, x.subtract(y));
            case MUL -> integer(b, x.multiply(y));
            case DIV, REM -> {
                if (y.signum() == 0) {
                    throw new Trap("DIVISION_BY_ZERO");
                }
                BigInteger[] qr = x.divideAndRemainder(y);
                BigInteger q = qr[0];
                BigInteger rem = qr[1];
                if (rem.signum() != 0 && rem.signum() != y.signum()) {
                    q = q.subtract(BigInteger.ONE);
                    rem = rem.add(y);
                }
                yield integer(b, b.op() == dev.starstream.studio.vm.lang.ast.BinaryOp.DIV ? q : rem);
            }
            default -> Value.Bool.of(compare(b, x.compareTo(y)));
        };
    }

    private static boolean compare(Expr.Binary b, int c) {
        return switch (b.op()) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            case GE -> c >= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            default -> throw new IllegalStateException(b.op().toString());
        };
    }

    private static int fieldIndex(List<Type.Field> fields, String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("no field " + name);
    }

    private Value structLiteral(Expr.StructLit s) {
        StructTarget target = typed.structTarget(s).orElseThrow();
        Type type = typed.typeOf(s);
        List<Type.Field> fields = target.variantTag().isPresent()
                ? ((Type.Enum) type).variants().get(target.variantTag().getAsInt()).payload()
                : ((Type.Struct) type).fields();
        Value[] values = new Value[fields.size()];
        for (Expr.FieldInit f : s.fields()) {
            values[fieldIndex(fields, f.name().name())] = expr(f.value());
        }
        return target.variantTag().isPresent()
                ? new Value.Variant((Type.Enum) type, target.variantTag().getAsInt(), List.of(values))
                : new Value.Struct((Type.Struct) type, List.of(values));
    }

    private Value call(Expr.Call c) {
        List<Value> args = new ArrayList<>();
        for (Expr a : c.args()) {
            args.add(expr(a));
        }
        return switch (typed.callee(c)) {
            case Callee.EnumConstructor ec -> new Value.Variant((Type.Enum) typed.typeOf(c), ec.tag(), args);
            case Callee.Function f -> call(f.function(), args);
            default -> throw new UnsupportedOperationException("call of " + typed.callee(c));
        };
    }

    private Value match(Expr.Match m) {
        Value scrutinee = expr(m.scrutinee());
        for (Expr.MatchArm arm : m.arms()) {
            Map<Variable, Value> bound = new IdentityHashMap<>();
            if (matches(arm.pattern(), scrutinee, bound)) {
                env.putAll(bound);
                return block(arm.body());
            }
        }
        throw new Trap("UNREACHABLE");
    }

    private boolean matches(Pattern p, Value v, Map<Variable, Value> bound) {
        return switch (p) {
            case Pattern.Wildcard w -> true;
            case Pattern.UnitLit u -> true;
            case Pattern.BoolLit b -> ((Value.Bool) v).value() == b.value();
            case Pattern.IntLit i -> big(v).equals(i.literal().value());
            case Pattern.Name n -> {
                var binding = typed.binding(n);
                if (binding.isPresent()) {
                    bound.put(binding.get(), v);
                    yield true;
                }
                yield ((Value.Variant) v).tag() == typed.patternVariant(n).orElseThrow().tag();
            }
            case Pattern.Variant pv -> {
                Value.Variant variant = (Value.Variant) v;
                if (variant.tag() != typed.patternVariant(pv).orElseThrow().tag()) {
                    yield false;
                }
                for (int i = 0; i < pv.payload().size(); i++) {
                    if (!matches(pv.payload().get(i), variant.payload().get(i), bound)) {
                        yield false;
                    }
                }
                yield true;
            }
            case Pattern.Tuple t -> {
                Value.Tuple tuple = (Value.Tuple) v;
                for (int i = 0; i < t.elements().size(); i++) {
                    if (!matches(t.elements().get(i), tuple.elements().get(i), bound)) {
                        yield false;
                    }
                }
                yield true;
            }
            case Pattern.Struct s -> {
                StructTarget target = typed.structTarget(s).orElseThrow();
                List<Value> fields;
                List<Type.Field> types;
                if (target.variantTag().isPresent()) {
                    Value.Variant variant = (Value.Variant) v;
                    if (variant.tag() != target.variantTag().getAsInt()) {
                        yield false;
                    }
                    fields = variant.payload();
                    types = variant.type().variants().get(variant.tag()).payload();
                } else {
                    fields = ((Value.Struct) v).fields();
                    types = ((Value.Struct) v).type().fields();
                }
                for (Pattern.FieldPattern f : s.fields()) {
                    Value fv = fields.get(fieldIndex(types, f.name().name()));
                    if (f.pattern().isPresent()) {
                        if (!matches(f.pattern().get(), fv, bound)) {
                            yield false;
                        }
                    } else {
                        bound.put(typed.binding(f).orElseThrow(), fv);
                    }
                }
                yield true;
            }
            case Pattern.Error e -> throw new IllegalStateException("syntax error");
        };
    }
}
