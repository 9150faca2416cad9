package dev.starstream.studio.vm.wasm.codegen.emit;

import dev.starstream.studio.vm.wasm.codegen.ir.IrExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * The operand expressions of an expression that is not control flow, in evaluation order, and the
 * same expression rebuilt with other operands (used by the coroutine lowering).
 */
final class IrChildren {
    private IrChildren() {}

    static List<IrExpr> of(IrExpr e) {
        return switch (e) {
            case IrExpr.Unary u -> List.of(u.operand());
            case IrExpr.Binary b -> List.of(b.left(), b.right());
            case IrExpr.Tuple t -> t.elements();
            case IrExpr.Struct s -> s.fields().stream().map(IrExpr.FieldInit::value).toList();
            case IrExpr.Variant v -> v.payload().stream().map(IrExpr.FieldInit::value).toList();
            case IrExpr.Field f -> List.of(f.target());
            case IrExpr.Call c -> c.args();
            case IrExpr.NewProcess n -> n.args();
            case IrExpr.MethodCall m -> prepend(m.handle(), m.args());
            case IrExpr.TokenOp t -> List.of(t.token(), t.utxo());
            case IrExpr.Burn b -> prepend(b.token(), b.args());
            case IrExpr.Emit em -> em.args();
            case IrExpr.Raise r -> r.args();
            case IrExpr.RuntimeCall r -> r.args();
            default -> throw new IllegalArgumentException("not an operator expression: " + e.getClass().getSimpleName());
        };
    }

    static IrExpr with(IrExpr e, List<IrExpr> c) {
        return switch (e) {
            case IrExpr.Unary u -> new IrExpr.Unary(u.op(), c.get(0), u.type(), u.span());
            case IrExpr.Binary b -> new IrExpr.Binary(b.op(), c.get(0), c.get(1), b.type(), b.span());
            case IrExpr.Tuple t -> new IrExpr.Tuple(c, t.type(), t.span());
            case IrExpr.Struct s -> new IrExpr.Struct(s.type(), inits(s.fields(), c), s.span());
            case IrExpr.Variant v -> new IrExpr.Variant(v.type(), v.tag(), inits(v.payload(), c), v.span());
            case IrExpr.Field f -> new IrExpr.Field(c.get(0), f.index(), f.type(), f.span());
            case IrExpr.Call call -> new IrExpr.Call(call.callee(), c, call.type(), call.span());
            case IrExpr.NewProcess n -> new IrExpr.NewProcess(n.typeName(), n.constructor(), n.token(), c, n.type(), n.span());
            case IrExpr.MethodCall m -> new IrExpr.MethodCall(c.get(0), m.abi(), m.method(), c.subList(1, c.size()),
                    m.type(), m.span());
            case IrExpr.TokenOp t -> new IrExpr.TokenOp(t.attach(), c.get(0), c.get(1), t.span());
            case IrExpr.Burn b -> new IrExpr.Burn(b.tokenType(), b.burn(), c.get(0), c.subList(1, c.size()), b.type(),
                    b.span());
            case IrExpr.Emit em -> new IrExpr.Emit(em.abi(), em.event(), c, em.span());
            case IrExpr.Raise r -> new IrExpr.Raise(r.abi(), r.effect(), c, r.type(), r.span());
            case IrExpr.RuntimeCall r -> new IrExpr.RuntimeCall(r.function(), c, r.span());
            default -> throw new IllegalArgumentException("not an operator expression: " + e.getClass().getSimpleName());
        };
    }

    private static List<IrExpr> prepend(IrExpr first, List<IrExpr> rest) {
        List<IrExpr> out = new ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }

    private static List<IrExpr.FieldInit> inits(List<IrExpr.FieldInit> original, List<IrExpr> values) {
        List<IrExpr.FieldInit> out = new ArrayList<>();
        for (int i = 0; i < original.size(); i++) {
            out.add(new IrExpr.FieldInit(original.get(i).index(), values.get(i)));
        }
        return out;
    }
}
