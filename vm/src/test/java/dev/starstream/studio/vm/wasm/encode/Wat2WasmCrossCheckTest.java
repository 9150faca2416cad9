package dev.starstream.studio.vm.wasm.encode;

import static dev.starstream.studio.vm.wasm.encode.ValType.FUNCREF;
import static dev.starstream.studio.vm.wasm.encode.ValType.I32;
import static dev.starstream.studio.vm.wasm.encode.ValType.I64;
import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.wabt.Wat2Wasm;
import dev.starstream.studio.vm.wasm.encode.Ids.FunctionId;
import dev.starstream.studio.vm.wasm.encode.Ids.GlobalId;
import dev.starstream.studio.vm.wasm.encode.Ids.MemoryId;
import dev.starstream.studio.vm.wasm.encode.Ids.TableId;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Our encoder writes exactly the bytes wabt's {@code wat2wasm} writes for the same module. */
class Wat2WasmCrossCheckTest {
    private static void assertSameBytes(ModuleBuilder built, String wat) {
        String ours = HexFormat.of().formatHex(built.emitNames(false).build());
        String wabt = HexFormat.of().formatHex(Wat2Wasm.parse(wat));
        assertThat(ours).isEqualTo(wabt);
    }

    @Test
    void loopsLocalsAndI64ArithmeticMatchWabt() {
        ModuleBuilder m = new ModuleBuilder();
        FunctionId fact = m.function("fact", FuncType.of(List.of(I64), List.of(I64)), code -> {
            Local n = code.param(0);
            Local acc = code.local(I64);
            Local unused = code.local(I32);
            Local other = code.local(I64);
            code.i64Const(1).localSet(acc);
            code.block(BlockType.EMPTY, done -> code.loop(BlockType.EMPTY, again -> {
                code.localGet(n).op(Op.I64_EQZ).brIf(done);
                code.localGet(acc).localGet(n).op(Op.I64_MUL).localSet(acc);
                code.localGet(n).i64Const(-1).op(Op.I64_ADD).localSet(n);
                code.br(again);
            }));
            code.localGet(acc).localGet(unused).op(Op.I64_EXTEND_I32_S).localGet(other).op(Op.I64_ADD).op(Op.I64_ADD);
        });
        m.exportFunction("fact", fact);

        assertSameBytes(m, """
                (module
                  (func (export "fact") (param i64) (result i64) (local i64 i32 i64)
                    i64.const 1
                    local.set 1
                    block
                      loop
                        local.get 0
                        i64.eqz
                        br_if 1
                        local.get 1
                        local.get 0
                        i64.mul
                        local.set 1
                        local.get 0
                        i64.const -1
                        i64.add
                        local.set 0
                        br 0
                      end
                    end
                    local.get 1
                    local.get 2
                    i64.extend_i32_s
                    local.get 3
                    i64.add
                    i64.add))
                """);
    }

    @Test
    void importsMemoryGlobalsDataStartAndExportsMatchWabt() {
        ModuleBuilder m = new ModuleBuilder();
        FunctionId log = m.importFunction("env", "log", FuncType.accepting(I32));
        GlobalId base = m.importGlobal("env", "base", I32, false);
        MemoryId memory = m.memory(Limits.between(1, 4));
        GlobalId counter = m.global("counter", I32, true, ConstExpr.globalGet(base));
        GlobalId big = m.global("big", I64, false, ConstExpr.i64(-1234567890123L));
        m.activeData(memory, ConstExpr.i32(8), "abc".getBytes(StandardCharsets.US_ASCII));
        FunctionId init = m.function("init", FuncType.empty(), code -> code
                .globalGet(counter).i32Const(1).op(Op.I32_ADD).globalSet(counter)
                .i32Const(0).globalGet(big).memory(MemOp.I64_STORE, 16)
                .i32Const(8).memory(MemOp.I32_LOAD8_U, 1).call(log));
        m.exportMemory("memory", memory);
        m.exportGlobal("counter", counter);
        m.exportFunction("init", init);
        m.start(init);

        assertSameBytes(m, """
                (module
                  (import "env" "log" (func (param i32)))
                  (import "env" "base" (global i32))
                  (memory 1 4)
                  (global (mut i32) (global.get 0))
                  (global i64 (i64.const -1234567890123))
                  (export "memory" (memory 0))
                  (export "counter" (global 1))
                  (export "init" (func 1))
                  (start 1)
                  (func
                    global.get 1
                    i32.const 1
                    i32.add
                    global.set 1
                    i32.const 0
                    global.get 2
                    i64.store offset=16
                    i32.const 8
                    i32.load8_u offset=1
                    call 0)
                  (data (i32.const 8) "abc"))
                """);
    }

    @Test
    void tablesElementsIndirectCallsBranchTablesAndSelectMatchWabt() {
        ModuleBuilder m = new ModuleBuilder();
        FuncType unary = FuncType.of(List.of(I32), List.of(I32));
        FunctionId inc = m.function("inc", unary, code -> code.localGet(code.param(0)).i32Const(1).op(Op.I32_ADD));
        TableId table = m.table(FUNCREF, Limits.atLeast(2));
        m.activeElements(table, ConstExpr.i32(1), List.of(inc));
        m.function("dispatch", unary, code -> {
            code.block(BlockType.of(I32), outer -> code.block(BlockType.of(I32), inner -> code
                    .i32Const(7)
                    .localGet(code.param(0))
                    .brTable(List.of(inner, outer), inner)
                    .op(Op.DROP)));
            code.localGet(code.param(0)).i32Const(1).callIndirect(unary, table);
            code.localGet(code.param(0)).op(Op.I32_EQZ).op(Op.SELECT);
            code.localGet(code.param(0)).ifThenElse(BlockType.of(I32), t -> code.i32Const(1), e -> code.i32Const(2));
            code.op(Op.I32_ADD);
        });

        assertSameBytes(m, """
                (module
                  (type (func (param i32) (result i32)))
                  (table 2 funcref)
                  (elem (i32.const 1) func 0)
                  (func (type 0) local.get 0 i32.const 1 i32.add)
                  (func (type 0)
                    block (result i32)
                      block (result i32)
                        i32.const 7
                        local.get 0
                        br_table 0 1 0
                        drop
                      end
                    end
                    local.get 0
                    i32.const 1
                    call_indirect (type 0)
                    local.get 0
                    i32.eqz
                    select
                    local.get 0
                    if (result i32)
                      i32.const 1
                    else
                      i32.const 2
                    end
                    i32.add))
                """);
    }

    @Test
    void multiValueBlockTypesAndSignExtensionMatchWabt() {
        ModuleBuilder m = new ModuleBuilder();
        FuncType pair = FuncType.of(List.of(I32), List.of(I32, I32));
        m.function("split", pair, code -> code
                .localGet(code.param(0))
                .block(BlockType.of(pair), b -> code.op(Op.I32_EXTEND8_S).localGet(code.param(0)).op(Op.I32_EXTEND16_S)));

        assertSameBytes(m, """
                (module
                  (type (func (param i32) (result i32 i32)))
                  (func (type 0)
                    local.get 0
                    block (type 0)
                      i32.extend8_s
                      local.get 0
                      i32.extend16_s
                    end))
                """);
    }
}
