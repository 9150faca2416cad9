package dev.starstream.studio.vm.wasm.codegen.emit;

import dev.starstream.studio.vm.lang.ast.BinaryOp;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.wasm.codegen.ir.IrBlock;
import dev.starstream.studio.vm.wasm.codegen.ir.IrExpr;
import dev.starstream.studio.vm.wasm.codegen.ir.IrFunction;
import dev.starstream.studio.vm.wasm.codegen.ir.IrStmt;
import dev.starstream.studio.vm.wasm.codegen.ir.IrVar;
import dev.starstream.studio.vm.wasm.codegen.ir.IrWalker;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Lowers a utxo main body with yields into a {@link Cfg}. Only constructs that contain a yield are
 * taken apart: a yield-free statement or expression stays whole (the structured writer emits it
 * inside one basic block). In an expression, the operands evaluated before a yield-containing
 * operand are first saved to temporaries, so evaluation order is kept and the values survive the
 * yield (they are spilled like any other variable live across it).
 */
public final class CfgBuilder {
    private final List<Cfg.Block> blocks = new ArrayList<>();
    private final List<IrVar> temps = new ArrayList<>();
    private final List<Cfg.Terminator.Suspend> yields = new ArrayList<>();
    private int nextTemp;
    private int nextK;
    private Cfg.Block current;

    /**
     * @param firstTempId an id above every variable of the function
     * @param firstK the number of the first yield point of this main (yield points are numbered per utxo)
     */
    public CfgBuilder(int firstTempId, int firstK) {
        this.nextTemp = firstTempId;
        this.nextK = firstK;
        this.current = newBlock();
    }

    public Cfg build(IrFunction main) {
        IrBlock body = main.body();
        body.statements().forEach(this::statement);
        body.tail().ifPresent(t -> {
            mark(body.tailId(), t);
            effect(t);
        });
        current.terminate(new Cfg.Terminator.Finish());
        return new Cfg(blocks, temps, yields);
    }

    /** The next yield point number after this main's. */
    public int nextK() {
        return nextK;
    }

    private Cfg.Block newBlock() {
        Cfg.Block b = new Cfg.Block(blocks.size());
        blocks.add(b);
        return b;
    }

    private void jump(Cfg.Block target) {
        current.terminate(new Cfg.Terminator.Goto(target.index()));
        current = target;
    }

    private void add(IrStmt s) {
        current.statements().add(s);
    }

    /** A statement-hook-only statement, so a decomposed statement still announces itself first. */
    private void mark(int id, IrExpr at) {
        if (id >= 0) {
            add(new IrStmt.Expression(id, new IrExpr.UnitConst(at.span()), at.span()));
        }
    }

    private void statement(IrStmt s) {
        if (!IrWalker.hasYield(s)) {
            add(s);
            return;
        }
        if (!(s instanceof IrStmt.While)) {
            add(new IrStmt.Expression(s.id(), new IrExpr.UnitConst(s.span()), s.span()));
        }
        switch (s) {
            case IrStmt.Let l -> add(new IrStmt.Let(-1, l.var(), value(l.value()), l.span()));
            case IrStmt.Assign a -> add(new IrStmt.Assign(-1, a.place(), value(a.value()), a.span()));
            case IrStmt.Expression e -> effect(e.expr());
            case IrStmt.While w -> {
                Cfg.Block head = newBlock();
                jump(head);
                add(new IrStmt.Expression(w.id(), new IrExpr.UnitConst(w.span()), w.span()));
                IrExpr condition = value(w.condition());
                Cfg.Block loopBody = newBlock();
                Cfg.Block exit = newBlock();
                current.terminate(new Cfg.Terminator.Branch(new IrExpr.Condition.Test(condition), loopBody.index(),
                        exit.index()));
                current = loopBody;
                blockEffect(w.body());
                current.terminate(new Cfg.Terminator.Goto(head.index()));
                current = exit;
            }
            case IrStmt.Return r -> {
                r.value().ifPresent(this::effect);
                current.terminate(new Cfg.Terminator.Finish());
                current = newBlock();
            }
            case IrStmt.Resume r -> throw new IllegalStateException("resume; in a main function");
            case IrStmt.Try t -> throw new IllegalStateException("try in utxo code");
        }
    }

    private void blockEffect(IrBlock b) {
        IrExpr v = blockValue(b);
        discard(v);
    }

    private IrExpr blockValue(IrBlock b) {
        b.statements().forEach(this::statement);
        if (b.tail().isEmpty()) {
            return new IrExpr.UnitConst(b.span());
        }
        IrExpr tail = b.tail().get();
        if (!IrWalker.hasYield(tail)) {
            // stays whole: wrap it so the tail's statement hook fires where it is evaluated
            return new IrExpr.BlockExpr(new IrBlock(List.of(), b.tail(), b.tailId(), tail.type(), tail.span()));
        }
        mark(b.tailId(), tail);
        return value(tail);
    }

    /** Evaluates {@code e} for its effects only. */
    private void effect(IrExpr e) {
        discard(value(e));
    }

    private void discard(IrExpr v) {
        if (!(v instanceof IrExpr.UnitConst || v instanceof IrExpr.Local || v instanceof IrExpr.IntConst
                || v instanceof IrExpr.BoolConst)) {
            add(new IrStmt.Expression(-1, v, v.span()));
        }
    }

    private IrVar temp(Type type, IrExpr at) {
        IrVar t = new IrVar(nextTemp++, "%t" + temps.size(), type, IrVar.Kind.TEMP, true, false, at.span());
        temps.add(t);
        return t;
    }

    /** Evaluates {@code e} now into a temporary. */
    private IrExpr save(IrExpr e) {
        if (e instanceof IrExpr.IntConst || e instanceof IrExpr.BoolConst || e instanceof IrExpr.UnitConst) {
            return e;
        }
        IrVar t = temp(e.type(), e);
        add(new IrStmt.Let(-1, t, e, e.span()));
        return new IrExpr.Local(t, e.type(), e.span());
    }

    /** Assigns {@code value} to the result temporary {@code result} (or just evaluates it for unit results). */
    private void assign(@Nullable IrVar result, IrExpr value) {
        if (result == null) {
            discard(value);
        } else {
            add(new IrStmt.Let(-1, result, value, value.span()));
        }
    }

    private @Nullable IrVar resultTemp(IrExpr e) {
        return e.type() instanceof Type.Unit ? null : temp(e.type(), e);
    }

    private IrExpr result(@Nullable IrVar t, IrExpr at) {
        return t == null ? new IrExpr.UnitConst(at.span()) : new IrExpr.Local(t, t.type(), at.span());
    }

    /** Returns a yield-free expression that, evaluated next in the current block, gives {@code e}'s value. */
    private IrExpr value(IrExpr e) {
        if (!IrWalker.hasYield(e)) {
            return e;
        }
        switch (e) {
            case IrExpr.Yield y -> {
                int k = y.k();
                nextK = Math.max(nextK, k + 1);
                Cfg.Block resume = newBlock();
                Cfg.Terminator.Suspend suspend = new Cfg.Terminator.Suspend(k, y.abis(), resume.index(), y.span());
                yields.add(suspend);
                current.terminate(suspend);
                current = resume;
                return new IrExpr.UnitConst(y.span());
            }
            case IrExpr.BlockExpr b -> {
                return blockValue(b.block());
            }
            case IrExpr.If i -> {
                return ifValue(i);
            }
            case IrExpr.Match m -> {
                IrExpr scrutinee = value(m.scrutinee());
                IrVar s = temp(m.scrutinee().type(), m.scrutinee());
                add(new IrStmt.Let(-1, s, scrutinee, m.span()));
                IrVar t = resultTemp(m);
                Cfg.Block join = newBlock();
                List<Cfg.Block> arms = new ArrayList<>();
                for (int i = 0; i < m.arms().size(); i++) {
                    arms.add(newBlock());
                }
                current.terminate(new Cfg.Terminator.Switch(s, m.arms().stream().map(IrExpr.Arm::pattern).toList(),
                        arms.stream().map(Cfg.Block::index).toList()));
                for (int i = 0; i < arms.size(); i++) {
                    current = arms.get(i);
                    assign(t, blockValue(m.arms().get(i).body()));
                    current.terminate(new Cfg.Terminator.Goto(join.index()));
                }
                current = join;
                return result(t, m);
            }
            case IrExpr.Binary b when b.op() == BinaryOp.AND || b.op() == BinaryOp.OR -> {
                IrVar t = temp(Type.BOOL, b);
                add(new IrStmt.Let(-1, t, value(b.left()), b.span()));
                Cfg.Block right = newBlock();
                Cfg.Block join = newBlock();
                IrExpr.Condition test = new IrExpr.Condition.Test(new IrExpr.Local(t, Type.BOOL, b.span()));
                current.terminate(b.op() == BinaryOp.AND
                        ? new Cfg.Terminator.Branch(test, right.index(), join.index())
                        : new Cfg.Terminator.Branch(test, join.index(), right.index()));
                current = right;
                add(new IrStmt.Let(-1, t, value(b.right()), b.span()));
                current.terminate(new Cfg.Terminator.Goto(join.index()));
                current = join;
                return new IrExpr.Local(t, Type.BOOL, b.span());
            }
            default -> {
                List<IrExpr> children = IrChildren.of(e);
                int last = -1;
                for (int i = 0; i < children.size(); i++) {
                    if (IrWalker.hasYield(children.get(i))) {
                        last = i;
                    }
                }
                List<IrExpr> lowered = new ArrayList<>(children);
                for (int i = 0; i < last; i++) {
                    lowered.set(i, save(value(children.get(i))));
                }
                lowered.set(last, value(children.get(last)));
                return IrChildren.with(e, lowered);
            }
        }
    }

    private IrExpr ifValue(IrExpr.If i) {
        IrVar t = resultTemp(i);
        Cfg.Block join = newBlock();
        for (IrExpr.Branch branch : i.branches()) {
            IrExpr.Condition condition = switch (branch.condition()) {
                case IrExpr.Condition.Test test -> new IrExpr.Condition.Test(value(test.expr()));
                case IrExpr.Condition.IsAbi is -> is;
            };
            Cfg.Block then = newBlock();
            Cfg.Block next = newBlock();
            current.terminate(new Cfg.Terminator.Branch(condition, then.index(), next.index()));
            current = then;
            assign(t, blockValue(branch.body()));
            current.terminate(new Cfg.Terminator.Goto(join.index()));
            current = next;
        }
        i.otherwise().ifPresent(b -> assign(t, blockValue(b)));
        current.terminate(new Cfg.Terminator.Goto(join.index()));
        current = join;
        return result(t, i);
    }

}
