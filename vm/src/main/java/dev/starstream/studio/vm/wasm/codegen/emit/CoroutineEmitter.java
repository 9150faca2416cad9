package dev.starstream.studio.vm.wasm.codegen.emit;

import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.wasm.codegen.ir.IrContract;
import dev.starstream.studio.vm.wasm.codegen.ir.IrExpr;
import dev.starstream.studio.vm.wasm.codegen.ir.IrFunction;
import dev.starstream.studio.vm.wasm.codegen.ir.IrStmt;
import dev.starstream.studio.vm.wasm.codegen.ir.IrVar;
import dev.starstream.studio.vm.wasm.encode.BlockType;
import dev.starstream.studio.vm.wasm.encode.CodeBuilder;
import dev.starstream.studio.vm.wasm.encode.Ids.GlobalId;
import dev.starstream.studio.vm.wasm.encode.Label;
import dev.starstream.studio.vm.wasm.encode.Local;
import dev.starstream.studio.vm.wasm.encode.Op;
import dev.starstream.studio.vm.wasm.encode.ValType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a utxo main with yields as a resumable function (docs/design/vm-abi.md §7, B §2.6): its
 * first parameter is the yield point to continue after (0 = a fresh start). The body is a dispatch
 * loop over the {@link Cfg}'s basic blocks, with the block number in local {@code $pc}; a block falls
 * through to the next one or sets {@code $pc} and branches back to the loop head. At yield point k the
 * live variables are spilled to the {@code yield<k>} state globals, {@code yield := k}, the offered
 * methods are announced and the function returns; continuing from k restores and zeroes those
 * globals and jumps to the block after the yield.
 */
public final class CoroutineEmitter {
    /** The state globals of one spilled variable at one yield point. */
    public record Spill(IrVar var, SlotSource.Globals globals) {}

    private final ModuleContext cx;
    private final BodyEmitter body;
    private final FunctionScope fn;
    private final CodeBuilder code;
    private final GlobalId yieldGlobal;
    private Local pc;
    private Label dispatch;

    public CoroutineEmitter(ModuleContext cx, BodyEmitter body, GlobalId yieldGlobal) {
        this.cx = cx;
        this.body = body;
        this.fn = body.scope();
        this.code = fn.code();
        this.yieldGlobal = yieldGlobal;
    }

    /** Emits the whole body of {@code main} (parameter 0 of the wasm function is the resume point). */
    public void emit(IrFunction main, Cfg cfg, Map<Integer, List<Spill>> spills) {
        fn.prologue(main.params(), 1, false);
        // blocks are written in index order, not in the order control reaches them: give every
        // variable (and temporary) its home first
        new dev.starstream.studio.vm.wasm.codegen.ir.IrWalker() {
            @Override
            protected void declare(IrVar v) {
                fn.declare(v);
            }
        }.function(main);
        cfg.temps().forEach(fn::declare);
        pc = code.local(ValType.I32, "pc");
        Local k = code.param(0);
        List<Cfg.Terminator.Suspend> yields = cfg.yields();
        code.localGet(k).op(Op.I32_EQZ).ifThenElse(BlockType.EMPTY, fresh -> {
            fn.hook("enter", fn.debugId());
            main.params().forEach(fn::writeHooks);
        }, resumed -> restore(k, yields, spills));
        dispatchLoop(cfg, spills);
    }

    private void restore(Local k, List<Cfg.Terminator.Suspend> yields, Map<Integer, List<Spill>> spills) {
        if (yields.isEmpty()) {
            cx.traps().trap(code, TrapReason.UNREACHABLE);
            return;
        }
        int firstK = yields.getFirst().k();
        int lastK = yields.getLast().k();
        Label restored = code.beginBlock(BlockType.EMPTY);
        Label bad = code.beginBlock(BlockType.EMPTY);
        Label[] cases = new Label[yields.size()];
        for (int i = yields.size() - 1; i >= 0; i--) {
            cases[i] = code.beginBlock(BlockType.EMPTY);
        }
        List<Label> table = new ArrayList<>();
        for (int k0 = firstK, i = 0; k0 <= lastK; k0++) {
            if (yields.get(i).k() == k0) {
                table.add(cases[i++]);
            } else {
                table.add(bad);
            }
        }
        code.localGet(k).i32Const(firstK).op(Op.I32_SUB).brTable(table, bad);
        for (int i = 0; i < yields.size(); i++) {
            code.end(cases[i]);
            Cfg.Terminator.Suspend y = yields.get(i);
            for (Spill s : spills.getOrDefault(y.k(), List.of())) {
                SlotSource home = fn.declare(s.var());
                for (int slot = 0; slot < home.size(); slot++) {
                    int j = slot;
                    home.store(code, slot, c -> s.globals().load(c, j));
                    body.zero(s.globals().types().get(slot));
                    code.globalSet(s.globals().globals().get(slot));
                }
            }
            code.i32Const(y.resume()).localSet(pc);
            fn.hook("resumed", y.k());
            code.br(restored);
        }
        code.end(bad);
        cx.traps().trap(code, TrapReason.UNREACHABLE);
        code.end(restored);
    }

    private void dispatchLoop(Cfg cfg, Map<Integer, List<Spill>> spills) {
        List<Cfg.Block> blocks = cfg.blocks();
        code.loop(BlockType.EMPTY, loop -> {
            dispatch = loop;
            Label dead = code.beginBlock(BlockType.EMPTY);
            Label[] labels = new Label[blocks.size()];
            for (int i = blocks.size() - 1; i >= 0; i--) {
                labels[i] = code.beginBlock(BlockType.EMPTY);
            }
            code.localGet(pc).brTable(List.of(labels), dead);
            for (int i = 0; i < blocks.size(); i++) {
                code.end(labels[i]);
                Cfg.Block block = blocks.get(i);
                for (IrStmt s : block.statements()) {
                    body.statement(s);
                }
                terminate(block, spills);
            }
            code.end(dead);
            cx.traps().trap(code, TrapReason.UNREACHABLE);
        });
    }

    private void goTo(int target, int from) {
        if (target != from + 1) {
            code.i32Const(target).localSet(pc).br(dispatch);
        }
    }

    private void jump(int target) {
        code.i32Const(target).localSet(pc).br(dispatch);
    }

    private void terminate(Cfg.Block block, Map<Integer, List<Spill>> spills) {
        switch (block.terminator()) {
            case Cfg.Terminator.Goto g -> goTo(g.target(), block.index());
            case Cfg.Terminator.Branch b -> {
                body.condition(b.condition());
                code.ifThenElse(BlockType.EMPTY, then -> jump(b.then()), otherwise -> jump(b.otherwise()));
            }
            case Cfg.Terminator.Switch s -> new MatchCompiler(cx, body).decide(fn.home(s.scrutinee()),
                    s.scrutinee().type(), s.patterns(), arm -> jump(s.targets().get(arm)));
            case Cfg.Terminator.Suspend y -> suspend(y, spills.getOrDefault(y.k(), List.of()));
            case Cfg.Terminator.Finish f -> fn.exit(true);
        }
    }

    private void suspend(Cfg.Terminator.Suspend y, List<Spill> spilled) {
        for (Spill s : spilled) {
            SlotSource home = fn.home(s.var());
            for (int slot = 0; slot < home.size(); slot++) {
                home.load(code, slot);
                code.globalSet(s.globals().globals().get(slot));
            }
        }
        code.i32Const(y.k()).globalSet(yieldGlobal);
        HostCall announce = HostCall.implementsMethod();
        for (String abi : y.abis()) {
            for (IrContract.Signature m : cx.contract.abi(abi).map(IrContract.Abi::methods).orElse(List.of())) {
                code.i64Const(AbiIds.functionId(abi + "." + m.name())).i64Const(0).i64Const(0).i64Const(0);
                code.call(cx.imports.get(announce.module(), announce.field()));
            }
        }
        fn.hook("yield", y.k());
        code.ret();
    }

    /** The slot types of a main's parameters, for the resume dispatcher's zero arguments. */
    public static List<ValType> parameterSlots(IrFunction main) {
        List<ValType> out = new ArrayList<>();
        for (IrVar p : main.params()) {
            out.addAll(dev.starstream.studio.vm.wasm.codegen.layout.Slots.of(p.type()));
        }
        return out;
    }

    static boolean isUnit(IrExpr e) {
        return e.type() instanceof Type.Unit;
    }
}
