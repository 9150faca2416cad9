package dev.starstream.studio.vm.wasm.bench;

import static dev.starstream.studio.vm.wasm.encode.ValType.I32;
import static dev.starstream.studio.vm.wasm.encode.ValType.I64;

import dev.starstream.studio.vm.wasm.encode.BlockType;
import dev.starstream.studio.vm.wasm.encode.FuncType;
import dev.starstream.studio.vm.wasm.encode.Limits;
import dev.starstream.studio.vm.wasm.encode.Local;
import dev.starstream.studio.vm.wasm.encode.MemOp;
import dev.starstream.studio.vm.wasm.encode.ModuleBuilder;
import dev.starstream.studio.vm.wasm.encode.Op;
import java.util.List;

/**
 * Compute-heavy kernels built with our encoder, each {@code (i32 n) -> i64}: {@code collatz} (total
 * Collatz steps of 1..n: nested loops, branches, i64 arithmetic), {@code sieve} (primes below n with
 * a byte sieve in linear memory) and {@code mix} (n rounds of an xorshift-multiply hash).
 */
final class BenchKernels {
    static final List<String> NAMES = List.of("collatz", "sieve", "mix");
    static final FuncType KERNEL = FuncType.of(List.of(I32), List.of(I64));

    private BenchKernels() {}

    static byte[] module() {
        ModuleBuilder m = new ModuleBuilder().moduleName("kernels");
        var memory = m.memory(Limits.atLeast(160));
        m.exportMemory("memory", memory);
        m.exportFunction("collatz", m.function("collatz", KERNEL, code -> {
            Local n = code.param(0);
            Local i = code.local(I64, "i");
            Local x = code.local(I64, "x");
            Local steps = code.local(I64, "steps");
            code.i64Const(1).localSet(i);
            code.block(BlockType.EMPTY, done -> code.loop(BlockType.EMPTY, next -> {
                code.localGet(i).localGet(n).op(Op.I64_EXTEND_I32_U).op(Op.I64_GT_U).brIf(done);
                code.localGet(i).localSet(x);
                code.block(BlockType.EMPTY, reached -> code.loop(BlockType.EMPTY, step -> {
                    code.localGet(x).i64Const(1).op(Op.I64_EQ).brIf(reached);
                    code.localGet(x).i64Const(1).op(Op.I64_AND).op(Op.I32_WRAP_I64).ifThenElse(BlockType.of(I64),
                            odd -> code.localGet(x).i64Const(3).op(Op.I64_MUL).i64Const(1).op(Op.I64_ADD),
                            even -> code.localGet(x).i64Const(1).op(Op.I64_SHR_U));
                    code.localSet(x);
                    code.localGet(steps).i64Const(1).op(Op.I64_ADD).localSet(steps);
                    code.br(step);
                }));
                code.localGet(i).i64Const(1).op(Op.I64_ADD).localSet(i).br(next);
            }));
            code.localGet(steps);
        }, "n"));
        m.exportFunction("sieve", m.function("sieve", KERNEL, code -> {
            Local n = code.param(0);
            Local i = code.local(I32, "i");
            Local j = code.local(I32, "j");
            Local count = code.local(I64, "count");
            code.i32Const(0).i32Const(0).localGet(n).memoryFill(memory);
            code.i32Const(2).localSet(i);
            code.block(BlockType.EMPTY, done -> code.loop(BlockType.EMPTY, next -> {
                code.localGet(i).localGet(n).op(Op.I32_GE_U).brIf(done);
                code.localGet(i).memory(MemOp.I32_LOAD8_U, 0).op(Op.I32_EQZ).ifThen(BlockType.EMPTY, prime -> {
                    code.localGet(count).i64Const(1).op(Op.I64_ADD).localSet(count);
                    code.localGet(i).localGet(i).op(Op.I32_ADD).localSet(j);
                    code.block(BlockType.EMPTY, marked -> code.loop(BlockType.EMPTY, mark -> {
                        code.localGet(j).localGet(n).op(Op.I32_GE_U).brIf(marked);
                        code.localGet(j).i32Const(1).memory(MemOp.I32_STORE8, 0);
                        code.localGet(j).localGet(i).op(Op.I32_ADD).localSet(j).br(mark);
                    }));
                });
                code.localGet(i).i32Const(1).op(Op.I32_ADD).localSet(i).br(next);
            }));
            code.localGet(count);
        }, "n"));
        m.exportFunction("mix", m.function("mix", KERNEL, code -> {
            Local n = code.param(0);
            Local h = code.local(I64, "h");
            code.i64Const(0x9E3779B97F4A7C15L).localSet(h);
            code.block(BlockType.EMPTY, done -> code.loop(BlockType.EMPTY, next -> {
                code.localGet(n).op(Op.I32_EQZ).brIf(done);
                code.localGet(h).localGet(h).i64Const(13).op(Op.I64_SHL).op(Op.I64_XOR).localSet(h);
                code.localGet(h).localGet(h).i64Const(7).op(Op.I64_SHR_U).op(Op.I64_XOR).localSet(h);
                code.localGet(h).localGet(h).i64Const(17).op(Op.I64_SHL).op(Op.I64_XOR).localSet(h);
                code.localGet(h).localGet(n).op(Op.I64_EXTEND_I32_U).op(Op.I64_ADD)
                        .i64Const(0x2545F4914F6CDD1DL).op(Op.I64_MUL).localSet(h);
                code.localGet(n).i32Const(1).op(Op.I32_SUB).localSet(n).br(next);
            }));
            code.localGet(h);
        }, "n"));
        return m.build();
    }
}
