package dev.starstream.studio.vm.wasm;

import static dev.starstream.studio.vm.wasm.encode.ValType.I32;
import static dev.starstream.studio.vm.wasm.encode.ValType.I64;

import dev.starstream.studio.vm.wasm.encode.BlockType;
import dev.starstream.studio.vm.wasm.encode.CodeBuilder;
import dev.starstream.studio.vm.wasm.encode.FuncType;
import dev.starstream.studio.vm.wasm.encode.Ids.FunctionId;
import dev.starstream.studio.vm.wasm.encode.Ids.GlobalId;
import dev.starstream.studio.vm.wasm.encode.Local;
import dev.starstream.studio.vm.wasm.encode.ConstExpr;
import dev.starstream.studio.vm.wasm.encode.Limits;
import dev.starstream.studio.vm.wasm.encode.MemOp;
import dev.starstream.studio.vm.wasm.encode.ModuleBuilder;
import dev.starstream.studio.vm.wasm.encode.Op;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Test support: seeded random modules with structured control flow that always terminates —
 * nested blocks, counted loops, if/else, br_if, br_table, early returns, branches out of the
 * function, calls to earlier functions, tail calls, globals. Export {@code main(i32) -> i32}.
 *
 * <p>With hooks, the same program (same seed, same instructions) also calls debug-style hooks
 * imported from {@link #HOOK_MODULE}: {@code stmt(id)} before every statement and {@code
 * write(id, value)} after it, whose value is sometimes a local and sometimes read from memory through
 * two loads, as a debug build's hook sequences are.
 */
public final class RandomPrograms {
    private static final FuncType UNARY = FuncType.of(List.of(I32), List.of(I32));
    public static final String HOOK_MODULE = "starstream:debug";

    private final SplittableRandom random;
    private final boolean tailCalls;
    private final boolean hooks;
    private FunctionId stmtHook;
    private FunctionId writeHook;
    private int hookIds;
    private final List<FunctionId> functions = new ArrayList<>();
    private GlobalId global;

    private RandomPrograms(long seed, boolean tailCalls, boolean hooks) {
        this.random = new SplittableRandom(seed);
        this.tailCalls = tailCalls;
        this.hooks = hooks;
    }

    public static byte[] generate(long seed) {
        return generate(seed, true, true);
    }

    /** Without names and tail calls, a module wabt's {@code wat2wasm} can reassemble byte for byte. */
    public static byte[] generate(long seed, boolean names, boolean tailCalls) {
        return new RandomPrograms(seed, tailCalls, false).module(names);
    }

    /** The program of {@code seed} with hook calls around every statement (see the class comment). */
    public static byte[] withHooks(long seed) {
        return new RandomPrograms(seed, true, true).module(true);
    }

    private byte[] module(boolean names) {
        ModuleBuilder m = new ModuleBuilder().emitNames(names);
        if (hooks) {
            stmtHook = m.importFunction(HOOK_MODULE, "stmt", FuncType.accepting(I32));
            writeHook = m.importFunction(HOOK_MODULE, "write", FuncType.of(List.of(I32, I32), List.of()));
            m.memory(Limits.atLeast(1));
        }
        global = m.global("acc", I64, true, ConstExpr.i64(random.nextLong(100)));
        int count = 1 + random.nextInt(4);
        for (int f = 0; f < count; f++) {
            FunctionId id = m.declare("f" + f, UNARY, "x");
            m.define(id, code -> body(code));
            functions.add(id);
        }
        m.exportFunction("main", functions.getLast());
        return m.build();
    }

    private void body(CodeBuilder code) {
        Local x = code.param(0);
        Local acc = code.local(I32, "acc");
        Local counter = code.local(I32, "i");
        code.localGet(x).localSet(acc);
        statements(code, x, acc, counter, 0, 2 + random.nextInt(5));
        code.localGet(acc);
    }

    private void statements(CodeBuilder code, Local x, Local acc, Local counter, int depth, int count) {
        for (int i = 0; i < count; i++) {
            if (hooks) {
                code.i32Const(hookIds++).call(stmtHook);
            }
            statement(code, x, acc, counter, depth);
            if (hooks) {
                code.i32Const(hookIds++);
                if (hookIds % 3 == 0) {
                    code.i32Const(0).memory(MemOp.I32_LOAD, 8).memory(MemOp.I32_LOAD, 0);
                } else {
                    code.localGet(acc);
                }
                code.call(writeHook);
            }
        }
    }

    private void statement(CodeBuilder code, Local x, Local acc, Local counter, int depth) {
        int kind = depth >= 3 ? random.nextInt(3) : random.nextInt(11);
        switch (kind) {
            case 0 -> code.localGet(acc).i32Const(random.nextInt(-50, 50)).op(Op.I32_ADD).localSet(acc);
            case 1 -> code.localGet(acc).localGet(x).op(pick(Op.I32_MUL, Op.I32_XOR, Op.I32_SUB)).localSet(acc);
            case 2 -> code.globalGet(global).localGet(acc).op(Op.I64_EXTEND_I32_S).op(Op.I64_ADD).globalSet(global);
            case 3 -> code.localGet(acc).i32Const(random.nextInt(8)).op(Op.I32_GT_S).ifThenElse(BlockType.EMPTY,
                    t -> statements(code, x, acc, counter, depth + 1, 1 + random.nextInt(3)),
                    e -> statements(code, x, acc, counter, depth + 1, 1 + random.nextInt(2)));
            case 4 -> code.block(BlockType.EMPTY, out -> {
                statements(code, x, acc, counter, depth + 1, 1 + random.nextInt(2));
                code.localGet(acc).i32Const(3).op(Op.I32_AND).op(Op.I32_EQZ).brIf(out);
                statements(code, x, acc, counter, depth + 1, 1 + random.nextInt(2));
            });
            case 5 -> {
                // A counted loop: counter := n; do { body; counter-- } while (counter != 0)
                code.i32Const(1 + random.nextInt(4)).localSet(counter);
                code.loop(BlockType.EMPTY, again -> {
                    loopBody(code, x, acc, depth + 1);
                    code.localGet(counter).i32Const(1).op(Op.I32_SUB).localTee(counter).brIf(again);
                });
            }
            case 6 -> code.block(BlockType.EMPTY, b2 -> code.block(BlockType.EMPTY, b1 -> code.block(BlockType.EMPTY, b0 -> {
                code.localGet(acc).i32Const(3).op(Op.I32_REM_U).brTable(List.of(b0, b1), b2);
            }).localGet(acc).i32Const(7).op(Op.I32_ADD).localSet(acc)).localGet(acc).i32Const(2).op(Op.I32_SHL).localSet(acc));
            case 7 -> code.localGet(acc).i32Const(random.nextInt(20)).op(Op.I32_EQ)
                    .ifThen(BlockType.EMPTY, t -> code.localGet(acc).i32Const(1).op(Op.I32_ADD).ret());
            case 8 -> {
                if (!functions.isEmpty()) {
                    code.localGet(acc).call(functions.get(random.nextInt(functions.size()))).localSet(acc);
                } else {
                    code.localGet(acc).localGet(acc).localGet(x).op(Op.SELECT).localSet(acc);
                }
            }
            case 9 -> code.localGet(acc).i32Const(random.nextInt(40)).op(Op.I32_LT_U).ifThen(BlockType.EMPTY, t -> code
                    .localGet(acc).i32Const(5).op(Op.I32_MUL).br(code.functionLabel()));
            default -> {
                if (tailCalls && !functions.isEmpty() && random.nextInt(3) == 0) {
                    code.localGet(acc).i32Const(1).op(Op.I32_AND).ifThen(BlockType.EMPTY, t -> code
                            .localGet(acc).returnCall(functions.get(random.nextInt(functions.size()))));
                } else {
                    code.nop();
                }
            }
        }
    }

    /** Loop bodies leave the loop counter alone. */
    private void loopBody(CodeBuilder code, Local x, Local acc, int depth) {
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(5);
            switch (kind) {
                case 0 -> code.localGet(acc).i32Const(random.nextInt(1, 9)).op(Op.I32_ADD).localSet(acc);
                case 1 -> code.localGet(acc).localGet(x).op(Op.I32_ROTL).localSet(acc);
                case 2 -> code.localGet(acc).i32Const(5).op(Op.I32_GT_U).ifThen(BlockType.EMPTY, t -> code
                        .localGet(acc).i32Const(1).op(Op.I32_SHR_U).localSet(acc));
                case 3 -> code.block(BlockType.EMPTY, out -> code.localGet(acc).op(Op.I32_EQZ).brIf(out)
                        .localGet(acc).i32Const(-1).op(Op.I32_ADD).localSet(acc));
                default -> {
                    if (!functions.isEmpty() && depth < 3 && random.nextInt(2) == 0) {
                        code.localGet(acc).call(functions.get(random.nextInt(functions.size()))).localSet(acc);
                    } else {
                        code.nop();
                    }
                }
            }
        }
    }

    private Op pick(Op... ops) {
        return ops[random.nextInt(ops.length)];
    }
}
