package dev.starstream.studio.vm.wasm.codegen.emit;

import dev.starstream.studio.vm.lang.ast.UnaryOp;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.wasm.codegen.ir.IrBlock;
import dev.starstream.studio.vm.wasm.codegen.ir.IrExpr;
import dev.starstream.studio.vm.wasm.codegen.ir.IrStmt;
import dev.starstream.studio.vm.wasm.codegen.ir.IrVar;
import dev.starstream.studio.vm.wasm.codegen.layout.EnumShape;
import dev.starstream.studio.vm.wasm.codegen.layout.Slots;
import dev.starstream.studio.vm.wasm.encode.BlockType;
import dev.starstream.studio.vm.wasm.encode.CodeBuilder;
import dev.starstream.studio.vm.wasm.encode.FuncType;
import dev.starstream.studio.vm.wasm.encode.Local;
import dev.starstream.studio.vm.wasm.encode.Op;
import dev.starstream.studio.vm.wasm.encode.ValType;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes structured wasm for expressions and statements of one function body (docs/design/vm-abi.md
 * §2, §8, §9). Every expression leaves its slots on the operand stack; composite values travel as
 * several stack values (multi-value blocks and calls). Statements and variables, the frame and the
 * exits of the function are handled by {@link FunctionScope}; {@code match} by {@link MatchCompiler}.
 */
public final class BodyEmitter {
    private final ModuleContext cx;
    private final FunctionScope fn;
    private final CodeBuilder code;

    public BodyEmitter(ModuleContext cx, FunctionScope fn) {
        this.cx = cx;
        this.fn = fn;
        this.code = fn.code();
    }

    public FunctionScope scope() {
        return fn;
    }

    // ---- blocks and statements ----------------------------------------------------------------

    /** Emits a block; its value is left on the stack. */
    public void block(IrBlock b) {
        b.statements().forEach(this::statement);
        b.tail().ifPresent(tail -> {
            fn.statementHook(b.tailId(), tail.span());
            expr(tail);
        });
    }

    public void statement(IrStmt s) {
        if (!(s instanceof IrStmt.While)) {
            fn.statementHook(s.id(), s.span());
        }
        switch (s) {
            case IrStmt.Let l -> {
                expr(l.value());
                SlotSource home = fn.declare(l.var());
                home.storeFromStack(code, fn.temps());
                fn.writeHooks(l.var());
            }
            case IrStmt.Assign a -> {
                expr(a.value());
                switch (a.place()) {
                    case IrStmt.LocalPlace p -> {
                        fn.home(p.var()).storeFromStack(code, fn.temps());
                        fn.writeHooks(p.var());
                    }
                    case IrStmt.StoragePlace p -> {
                        SlotSource.Globals g = cx.globals(p.owner()).storage().get(p.field());
                        g.storeFromStack(code, fn.temps());
                        fn.storageWriteHooks(p.owner(), p.field());
                    }
                }
            }
            case IrStmt.While w -> code.block(BlockType.EMPTY, exit -> code.loop(BlockType.EMPTY, top -> {
                fn.statementHook(w.id(), w.span());
                expr(w.condition());
                code.op(Op.I32_EQZ).brIf(exit);
                block(w.body());
                drop(w.body().type());
                code.br(top);
            }));
            case IrStmt.Return r -> {
                r.value().ifPresent(this::expr);
                fn.exit(true);
            }
            case IrStmt.Resume r -> fn.resume();
            case IrStmt.Try t -> tryStatement(t);
            case IrStmt.Expression e -> {
                expr(e.expr());
                drop(e.expr().type());
            }
        }
    }

    private void tryStatement(IrStmt.Try t) {
        if (t.clauses().isEmpty()) {
            block(t.body());
            drop(t.body().type());
            return;
        }
        int tryId = cx.tryIds.get(t);
        code.i32Const(tryId);
        fn.pushOwnFrame();
        code.call(cx.imports.get(Imports.HANDLERS_MODULE, "install"));
        fn.enterTry(t);
        block(t.body());
        drop(t.body().type());
        fn.leaveTry(t);
        code.i32Const(tryId);
        fn.pushOwnFrame();
        code.call(cx.imports.get(Imports.HANDLERS_MODULE, "uninstall"));
    }

    /** Drops a value of {@code type} from the stack. */
    public void drop(Type type) {
        for (int i = Slots.count(type); i > 0; i--) {
            code.op(Op.DROP);
        }
    }

    // ---- expressions --------------------------------------------------------------------------

    /** Emits {@code e}, leaving its slots on the stack. */
    public void expr(IrExpr e) {
        switch (e) {
            case IrExpr.IntConst c -> {
                if (c.kind().isWide()) {
                    code.i64Const(c.value());
                } else {
                    code.i32Const((int) c.value());
                }
            }
            case IrExpr.BoolConst b -> code.i32Const(b.value() ? 1 : 0);
            case IrExpr.UnitConst u -> { }
            case IrExpr.Local l -> fn.home(l.var()).loadAll(code);
            case IrExpr.StorageGet g -> cx.globals(g.owner()).storage().get(g.field()).loadAll(code);
            case IrExpr.Unary u -> unary(u);
            case IrExpr.Binary b -> binary(b);
            case IrExpr.Tuple t -> t.elements().forEach(this::expr);
            case IrExpr.Struct s -> struct(s);
            case IrExpr.Variant v -> variant(v);
            case IrExpr.Field f -> field(f);
            case IrExpr.Call c -> {
                c.args().forEach(this::expr);
                code.call(cx.function(c.callee()));
            }
            case IrExpr.NewProcess n -> hostCall(n, n.args(), "new", n.typeName() + "::" + n.constructor());
            case IrExpr.MethodCall m -> {
                expr(m.handle());
                hostCall(m, m.args(), "call", m.abi() + "." + m.method());
            }
            case IrExpr.TokenOp t -> {
                expr(t.token());
                expr(t.utxo());
                hostCall(t, List.of(), "token", t.attach() ? "Token.attach" : "Token.detach");
            }
            case IrExpr.Burn b -> {
                expr(b.token());
                hostCall(b, b.args(), "token", b.tokenType() + "::" + b.burn());
            }
            case IrExpr.Emit em -> hostCall(em, em.args(), "emit", em.abi() + "." + em.event());
            case IrExpr.Raise r -> raise(r);
            case IrExpr.RuntimeCall r -> hostCall(r, r.args(), "runtime", r.function().sourceName());
            case IrExpr.BlockExpr b -> block(b.block());
            case IrExpr.If i -> ifChain(i, 0, blockType(i.type()));
            case IrExpr.Match m -> new MatchCompiler(cx, this).structured(m);
            case IrExpr.Yield y -> throw new IllegalStateException("yield outside a utxo main function");
        }
    }

    /** The block type of a structured construct producing a value of {@code type}. */
    public BlockType blockType(Type type) {
        return BlockType.of(FuncType.of(List.of(), Slots.of(type)));
    }

    private void hostCall(IrExpr e, List<IrExpr> args, String kind, String name) {
        args.forEach(this::expr);
        HostCall call = HostCall.of(e).orElseThrow();
        fn.effectSite(kind, name, e.span());
        code.call(cx.imports.get(call.module(), call.field()));
    }

    private void raise(IrExpr.Raise r) {
        ModuleContext.Handler handler = fn.staticHandler(r.abi(), r.effect());
        if (handler == null) {
            hostCall(r, r.args(), "raise", r.abi() + "." + r.effect());
            return;
        }
        fn.pushOwnFrame();
        r.args().forEach(this::expr);
        fn.effectSite("raise", r.abi() + "." + r.effect(), r.span());
        code.call(handler.function());
    }

    private void unary(IrExpr.Unary u) {
        expr(u.operand());
        if (u.op() == UnaryOp.NOT) {
            code.op(Op.I32_EQZ);
            return;
        }
        cx.arith().negate(code, ((Type.Int) u.type()).kind(), fn.temps());
    }

    private void binary(IrExpr.Binary b) {
        switch (b.op()) {
            case AND -> {
                expr(b.left());
                code.ifThenElse(BlockType.of(ValType.I32), l -> expr(b.right()), l -> code.i32Const(0));
            }
            case OR -> {
                expr(b.left());
                code.ifThenElse(BlockType.of(ValType.I32), l -> code.i32Const(1), l -> expr(b.right()));
            }
            default -> {
                expr(b.left());
                expr(b.right());
                if (b.left().type() instanceof Type.Int t) {
                    cx.arith().emitInline(code, b.op(), t.kind(), fn.temps());
                } else {
                    // bool (false < true), compared as unsigned i32
                    code.op(switch (b.op()) {
                        case EQ -> Op.I32_EQ;
                        case NE -> Op.I32_NE;
                        case LT -> Op.I32_LT_U;
                        case LE -> Op.I32_LE_U;
                        case GT -> Op.I32_GT_U;
                        case GE -> Op.I32_GE_U;
                        default -> throw new IllegalStateException(b.op() + " on " + Type.display(b.left().type()));
                    });
                }
            }
        }
    }

    private void struct(IrExpr.Struct s) {
        if (inDeclaredOrder(s.fields())) {
            s.fields().forEach(f -> expr(f.value()));
            return;
        }
        List<List<Local>> values = evaluateFields(s.fields(), s.type().fields().size());
        values.forEach(slots -> slots.forEach(code::localGet));
        values.forEach(fn.temps()::release);
    }

    private void variant(IrExpr.Variant v) {
        code.i32Const(v.tag());
        EnumShape shape = EnumShape.of(v.type());
        List<ValType> own = shape.variants().get(v.tag());
        boolean widening = false;
        for (int i = 0; i < own.size(); i++) {
            widening |= own.get(i) != shape.area().get(i);
        }
        if (inDeclaredOrder(v.payload()) && !widening) {
            v.payload().forEach(f -> expr(f.value()));
        } else {
            List<List<Local>> values = evaluateFields(v.payload(), v.type().variants().get(v.tag()).payload().size());
            int position = 0;
            for (List<Local> slots : values) {
                for (Local l : slots) {
                    code.localGet(l);
                    if (shape.area().get(position) == ValType.I64 && l.type() == ValType.I32) {
                        code.op(Op.I64_EXTEND_I32_U);
                    }
                    position++;
                }
            }
            values.forEach(fn.temps()::release);
        }
        for (int i = own.size(); i < shape.area().size(); i++) {
            zero(shape.area().get(i));
        }
    }

    /** Evaluates field initialisers in source order into temps; returns them by field index. */
    private List<List<Local>> evaluateFields(List<IrExpr.FieldInit> inits, int fieldCount) {
        List<List<Local>> byIndex = new ArrayList<>();
        for (int i = 0; i < fieldCount; i++) {
            byIndex.add(List.of());
        }
        for (IrExpr.FieldInit f : inits) {
            expr(f.value());
            List<Local> slots = fn.temps().take(Slots.of(f.value().type()));
            for (int i = slots.size() - 1; i >= 0; i--) {
                code.localSet(slots.get(i));
            }
            byIndex.set(f.index(), slots);
        }
        return byIndex;
    }

    private static boolean inDeclaredOrder(List<IrExpr.FieldInit> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).index() != i) {
                return false;
            }
        }
        return true;
    }

    private void field(IrExpr.Field f) {
        Type.Struct struct = (Type.Struct) f.target().type();
        int offset = Slots.fieldOffset(struct, f.index());
        int count = Slots.count(struct.fields().get(f.index()).type());
        SlotSource place = addressable(f.target());
        if (place != null) {
            place.slice(offset, count).loadAll(code);
            return;
        }
        expr(f.target());
        List<Local> all = fn.temps().take(Slots.of(struct));
        for (int i = all.size() - 1; i >= 0; i--) {
            code.localSet(all.get(i));
        }
        for (int i = offset; i < offset + count; i++) {
            code.localGet(all.get(i));
        }
        fn.temps().release(all);
    }

    /** Where an expression's value already sits (a variable, storage, a field of either); null otherwise. */
    public @org.jspecify.annotations.Nullable SlotSource addressable(IrExpr e) {
        return switch (e) {
            case IrExpr.Local l -> fn.home(l.var());
            case IrExpr.StorageGet g -> cx.globals(g.owner()).storage().get(g.field());
            case IrExpr.Field f -> {
                SlotSource inner = addressable(f.target());
                Type.Struct struct = (Type.Struct) f.target().type();
                yield inner == null ? null
                        : inner.slice(Slots.fieldOffset(struct, f.index()), Slots.count(struct.fields().get(f.index()).type()));
            }
            default -> null;
        };
    }

    /** Evaluates {@code e} into a place the slots can be read from repeatedly; release with {@link #release}. */
    public SlotSource materialise(IrExpr e) {
        SlotSource place = addressable(e);
        if (place != null) {
            return place;
        }
        expr(e);
        List<Local> slots = fn.temps().take(Slots.of(e.type()));
        for (int i = slots.size() - 1; i >= 0; i--) {
            code.localSet(slots.get(i));
        }
        return new SlotSource.Locals(slots);
    }

    /** Gives back the temps of a {@link #materialise}d value that was not addressable. */
    public void release(IrExpr e, SlotSource source) {
        if (addressable(e) == null && source instanceof SlotSource.Locals l) {
            fn.temps().release(l.locals());
        }
    }

    private void ifChain(IrExpr.If i, int index, BlockType type) {
        if (index == i.branches().size()) {
            i.otherwise().ifPresent(this::block);
            return;
        }
        IrExpr.Branch branch = i.branches().get(index);
        condition(branch.condition());
        code.ifThenElse(type, l -> block(branch.body()), l -> ifChain(i, index + 1, type));
    }

    /** Pushes the i32 truth value of a branch condition. */
    public void condition(IrExpr.Condition c) {
        switch (c) {
            case IrExpr.Condition.Test t -> expr(t.expr());
            case IrExpr.Condition.IsAbi is -> {
                fn.home(is.var()).loadAll(code);
                for (long limb : AbiIds.interfaceLimbs(is.abi())) {
                    code.i64Const(limb);
                }
                HostCall call = HostCall.isAbi();
                code.call(cx.imports.get(call.module(), call.field()));
            }
        }
    }

    public void zero(ValType t) {
        if (t == ValType.I64) {
            code.i64Const(0);
        } else {
            code.i32Const(0);
        }
    }
}
