package dev.starstream.studio.vm.wasm.encode;

import static dev.starstream.studio.vm.wasm.encode.ValType.F32;
import static dev.starstream.studio.vm.wasm.encode.ValType.F64;
import static dev.starstream.studio.vm.wasm.encode.ValType.FUNCREF;
import static dev.starstream.studio.vm.wasm.encode.ValType.I32;
import static dev.starstream.studio.vm.wasm.encode.ValType.I64;
import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportGlobal;
import com.dylibso.chicory.runtime.ImportMemory;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.MutabilityType;
import com.dylibso.chicory.wasm.types.UnknownCustomSection;
import com.dylibso.chicory.wasm.types.FunctionType;
import dev.starstream.studio.vm.wasm.Chicory;
import dev.starstream.studio.vm.wasm.Chicory.Mode;
import dev.starstream.studio.vm.wasm.encode.Ids.FunctionId;
import dev.starstream.studio.vm.wasm.encode.Ids.GlobalId;
import dev.starstream.studio.vm.wasm.encode.Ids.MemoryId;
import dev.starstream.studio.vm.wasm.encode.Ids.TableId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every module built here is parsed and validated by Chicory and run in both of its modes. */
class ModuleBuilderTest {
    private static final com.dylibso.chicory.wasm.types.ValType CHICORY_I64 = com.dylibso.chicory.wasm.types.ValType.I64;
    private static final com.dylibso.chicory.wasm.types.ValType CHICORY_I32 = com.dylibso.chicory.wasm.types.ValType.I32;
    private static final FuncType I64_TO_I64 = FuncType.of(List.of(I64), List.of(I64));

    @ParameterizedTest
    @EnumSource(Mode.class)
    void loopComputesFactorialWithI64Arithmetic(Mode mode) {
        ModuleBuilder m = new ModuleBuilder();
        FunctionId fact = m.function("fact", I64_TO_I64, code -> {
            Local n = code.param(0);
            Local acc = code.local(I64, "acc");
            code.i64Const(1).localSet(acc);
            code.block(BlockType.EMPTY, done -> code.loop(BlockType.EMPTY, again -> {
                code.localGet(n).op(Op.I64_EQZ).brIf(done);
                code.localGet(acc).localGet(n).op(Op.I64_MUL).localSet(acc);
                code.localGet(n).i64Const(1).op(Op.I64_SUB).localSet(n);
                code.br(again);
            }));
            code.localGet(acc);
        }, "n");
        m.exportFunction("fact", fact);

        assertThat(Chicory.call(m.build(), mode, "fact", 20)[0]).isEqualTo(2432902008176640000L);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void functionsAndBlocksReturnSeveralValues(Mode mode) {
        ModuleBuilder m = new ModuleBuilder();
        FuncType divmod = FuncType.of(List.of(I32, I32), List.of(I32, I32));
        FunctionId f = m.function("divmod", divmod, code -> {
            // A block that takes both operands as parameters and yields quotient and remainder.
            code.localGet(code.param(0)).localGet(code.param(1));
            code.block(BlockType.of(divmod), b -> {
                Local x = code.local(I32, "x");
                Local y = code.local(I32, "y");
                code.localSet(y).localSet(x);
                code.localGet(x).localGet(y).op(Op.I32_DIV_U);
                code.localGet(x).localGet(y).op(Op.I32_REM_U);
            });
        });
        m.exportFunction("divmod", f);

        assertThat(Chicory.call(m.build(), mode, "divmod", 47, 5)).containsExactly(9, 2);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void brTableSelectsAmongNestedBlocks(Mode mode) {
        ModuleBuilder m = new ModuleBuilder();
        FunctionId pick = m.function("pick", FuncType.of(List.of(I32), List.of(I32)), code -> {
            code.block(BlockType.EMPTY, outer -> code.block(BlockType.EMPTY, b1 -> code.block(BlockType.EMPTY, b0 -> {
                code.localGet(code.param(0)).brTable(List.of(b0, b1), outer);
            }).i32Const(100).ret()).i32Const(200).ret());
            code.i32Const(300);
        });
        m.exportFunction("pick", pick);
        byte[] wasm = m.build();

        assertThat(List.of(0L, 1L, 2L, 99L).stream().map(i -> Chicory.call(wasm, mode, "pick", i)[0]))
                .containsExactly(100L, 200L, 300L, 300L);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void ifElseSelectSignExtensionAndSaturatingConversions(Mode mode) {
        ModuleBuilder m = new ModuleBuilder();
        m.exportFunction("abs", m.function("abs", FuncType.of(List.of(I32), List.of(I32)), code -> code
                .localGet(code.param(0)).i32Const(0).op(Op.I32_LT_S)
                .ifThenElse(BlockType.of(I32),
                        t -> code.i32Const(0).localGet(code.param(0)).op(Op.I32_SUB),
                        e -> code.localGet(code.param(0)))));
        m.exportFunction("max", m.function("max", FuncType.of(List.of(I64, I64), List.of(I64)), code -> code
                .localGet(code.param(0)).localGet(code.param(1))
                .localGet(code.param(0)).localGet(code.param(1)).op(Op.I64_GT_S)
                .op(Op.SELECT)));
        m.exportFunction("ext8", m.function("ext8", FuncType.of(List.of(I32), List.of(I64)), code -> code
                .localGet(code.param(0)).op(Op.I64_EXTEND_I32_U).op(Op.I64_EXTEND8_S)));
        m.exportFunction("sat", m.function("sat", FuncType.of(List.of(F64), List.of(I32)), code -> code
                .localGet(code.param(0)).op(Op.I32_TRUNC_SAT_F64_S)));
        m.exportFunction("f32", m.function("f32", FuncType.returning(F32), code -> code
                .f32Const(1.5f).f32Const(2.25f).op(Op.F32_MUL)));
        Instance instance = Chicory.instantiate(m.build(), mode);

        assertThat(instance.export("abs").apply(-7)[0]).isEqualTo(7);
        assertThat(instance.export("max").apply(-3, 4)[0]).isEqualTo(4);
        assertThat(instance.export("ext8").apply(0xFF)[0]).isEqualTo(-1);
        assertThat(instance.export("sat").apply(Double.doubleToRawLongBits(1e300))[0])
                .isEqualTo(Integer.MAX_VALUE);
        assertThat(Float.intBitsToFloat((int) instance.export("f32").apply()[0])).isEqualTo(3.375f);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void memoryDataSegmentsAndBulkOperations(Mode mode) {
        ModuleBuilder m = new ModuleBuilder();
        MemoryId memory = m.memory(Limits.between(1, 2));
        m.activeData(memory, ConstExpr.i32(16), "hello".getBytes(StandardCharsets.US_ASCII));
        Ids.DataId passive = m.passiveData(new byte[] {9, 8, 7});
        m.exportMemory("memory", memory);
        m.exportFunction("run", m.function("run", FuncType.returning(I64), code -> {
            code.i32Const(32).i32Const(16).i32Const(5).memoryCopy(memory, memory); // "hello" at 32
            code.i32Const(40).i32Const(0x2A).i32Const(3).memoryFill(memory); // ***
            code.i32Const(48).i32Const(0).i32Const(3).memoryInit(passive, memory).dataDrop(passive);
            code.i32Const(0).i64Const(0x0102030405060708L).memory(MemOp.I64_STORE, 8);
            code.i32Const(0).memory(MemOp.I64_LOAD32_U, 8);
            code.memorySize(memory).op(Op.I64_EXTEND_I32_U).op(Op.I64_ADD);
        }));
        Instance instance = Chicory.instantiate(m.build(), mode);

        assertThat(instance.export("run").apply()[0]).isEqualTo(0x05060708L + 1);
        assertThat(instance.memory().readBytes(32, 11)).containsExactly('h', 'e', 'l', 'l', 'o', 0, 0, 0, '*', '*', '*');
        assertThat(instance.memory().readBytes(48, 3)).containsExactly(9, 8, 7);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void importsOfFunctionsGlobalsAndMemoriesAreLinked(Mode mode) {
        ModuleBuilder m = new ModuleBuilder();
        FunctionId twice = m.importFunction("env", "twice", I64_TO_I64);
        GlobalId base = m.importGlobal("env", "base", I64, false);
        GlobalId counter = m.importGlobal("env", "counter", I64, true);
        MemoryId memory = m.importMemory("env", "memory", Limits.atLeast(1));
        GlobalId local = m.global("seven", I64, false, ConstExpr.i64(7));
        m.exportFunction("run", m.function("run", I64_TO_I64, code -> {
            code.localGet(code.param(0)).call(twice).globalGet(base).op(Op.I64_ADD).globalGet(local).op(Op.I64_ADD);
            code.globalGet(counter).i64Const(1).op(Op.I64_ADD).globalSet(counter);
            code.i32Const(0).globalGet(counter).memory(MemOp.I64_STORE, 0);
        }));
        GlobalInstance counterValue = new GlobalInstance(0, 0, CHICORY_I64, MutabilityType.Var);
        ByteArrayMemory hostMemory = new ByteArrayMemory(new MemoryLimits(1));
        ImportValues imports = ImportValues.builder()
                .addFunction(new HostFunction("env", "twice", FunctionType.of(List.of(CHICORY_I64), List.of(CHICORY_I64)),
                        (inst, args) -> new long[] {args[0] * 2}))
                .addGlobal(new ImportGlobal("env", "base", new GlobalInstance(
                        100, 0, CHICORY_I64, MutabilityType.Const)))
                .addGlobal(new ImportGlobal("env", "counter", counterValue))
                .addMemory(new ImportMemory("env", "memory", hostMemory))
                .build();
        Instance instance = Chicory.instantiate(m.build(), mode, imports);

        assertThat(instance.export("run").apply(5)[0]).isEqualTo(117);
        instance.export("run").apply(5);
        assertThat(counterValue.getValue()).isEqualTo(2);
        assertThat(hostMemory.readLong(0)).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void tablesElementsAndIndirectCallsIncludingTailCalls(Mode mode) {
        ModuleBuilder m = new ModuleBuilder();
        FunctionId inc = m.function("inc", I64_TO_I64, code -> code.localGet(code.param(0)).i64Const(1).op(Op.I64_ADD));
        FunctionId dbl = m.function("dbl", I64_TO_I64, code -> code.localGet(code.param(0)).i64Const(2).op(Op.I64_MUL));
        TableId table = m.table(FUNCREF, Limits.atLeast(3));
        m.activeElements(table, ConstExpr.i32(0), List.of(inc, dbl));
        FunctionId neg = m.function("neg", I64_TO_I64, code -> code.i64Const(0).localGet(code.param(0)).op(Op.I64_SUB));
        FuncType apply = FuncType.of(List.of(I32, I64), List.of(I64));
        m.exportFunction("apply", m.function("apply", apply, code -> code
                .localGet(code.param(1)).localGet(code.param(0)).callIndirect(I64_TO_I64, table)));
        m.exportFunction("tailApply", m.function("tailApply", apply, code -> code
                .localGet(code.param(1)).localGet(code.param(0)).returnCallIndirect(I64_TO_I64, table)));
        m.exportFunction("install", m.function("install", FuncType.empty(), code -> code
                .i32Const(2).refFunc(neg).tableSet(table)));
        Instance instance = Chicory.instantiate(m.build(), mode);

        assertThat(instance.export("apply").apply(0, 41)[0]).isEqualTo(42);
        assertThat(instance.export("tailApply").apply(1, 21)[0]).isEqualTo(42);
        instance.export("install").apply();
        assertThat(instance.export("apply").apply(2, 42)[0]).isEqualTo(-42);
    }

    /**
     * The interpreter runs {@code return_call} in constant stack; Chicory 1.7.5's compiler turns it
     * into an ordinary JVM call (a million deep exhausts the stack), so compiled mode goes 5,000 deep.
     */
    @ParameterizedTest
    @EnumSource(Mode.class)
    void tailRecursionComputesTheSameSumInBothModes(Mode mode) {
        long n = mode == Mode.INTERPRETER ? 1_000_000 : 5_000;
        ModuleBuilder m = new ModuleBuilder();
        FunctionId sum = m.declare("sum", FuncType.of(List.of(I64, I64), List.of(I64)), "n", "acc");
        m.define(sum, code -> code.localGet(code.param(0)).op(Op.I64_EQZ)
                .ifThenElse(BlockType.of(I64),
                        t -> code.localGet(code.param(1)),
                        e -> code.localGet(code.param(0)).i64Const(1).op(Op.I64_SUB)
                                .localGet(code.param(1)).localGet(code.param(0)).op(Op.I64_ADD)
                                .returnCall(sum)));
        m.exportFunction("sum", sum);

        assertThat(Chicory.call(m.build(), mode, "sum", n, 0)[0]).isEqualTo(n * (n + 1) / 2);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void startFunctionRunsAtInstantiation(Mode mode) {
        ModuleBuilder m = new ModuleBuilder();
        GlobalId g = m.global("g", I32, true, ConstExpr.i32(1));
        m.start(m.function("init", FuncType.empty(), code -> code.i32Const(41).globalSet(g)));
        m.exportGlobal("g", g);
        m.exportFunction("get", m.function("get", FuncType.returning(I32), code -> code.globalGet(g)));

        assertThat(Chicory.call(m.build(), mode, "get")[0]).isEqualTo(41);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void nameAndCustomSectionsAreReadBack(Mode mode) {
        ModuleBuilder m = new ModuleBuilder().moduleName("demo");
        m.importFunction("env", "log", FuncType.accepting(I32));
        m.global("limit", I64, false, ConstExpr.i64(9));
        FunctionId f = m.function("answer", FuncType.of(List.of(I32), List.of(I32)), code -> {
            Local tmp = code.local(I32, "tmp");
            code.localGet(code.param(0)).localTee(tmp);
        }, "input");
        m.exportFunction("answer", f);
        m.customSection("starstream.debug", new byte[] {1, 2, 3});
        byte[] wasm = m.build();
        var module = Chicory.parse(wasm);

        assertThat(module.nameSection().moduleName()).contains("demo");
        assertThat(module.nameSection().nameOfFunction(0)).isEqualTo("log");
        assertThat(module.nameSection().nameOfFunction(1)).isEqualTo("answer");
        assertThat(module.nameSection().nameOfLocal(1, 0)).isEqualTo("input");
        assertThat(module.nameSection().nameOfLocal(1, 1)).isEqualTo("tmp");
        assertThat(module.nameSection().nameOfGlobal(0)).isEqualTo("limit");
        assertThat(((UnknownCustomSection) module.customSection("starstream.debug")).bytes()).containsExactly(1, 2, 3);
        ImportValues imports = ImportValues.builder()
                .addFunction(new HostFunction("env", "log", FunctionType.accepting(CHICORY_I32), (i, a) -> null))
                .build();
        assertThat(Chicory.instantiate(wasm, mode, imports).export("answer").apply(7)[0]).isEqualTo(7);
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void codeOffsetsPointAtTheFirstInstructionOfEachBody(Mode mode) {
        ModuleBuilder m = new ModuleBuilder();
        List<Integer> positions = new ArrayList<>();
        FunctionId f = m.function("f", FuncType.returning(I64), code -> {
            code.local(I64, "unused");
            code.i64Const(5);
            positions.add(code.position());
            code.i64Const(6).op(Op.I64_ADD);
        });
        m.exportFunction("f", f);
        EncodedModule encoded = m.encode();
        var body = Chicory.parse(encoded.bytes()).codeSection().getFunctionBody(0);

        assertThat(body.instructions().getFirst().address()).isEqualTo(encoded.moduleOffset(f, 0));
        assertThat(body.instructions().get(1).address()).isEqualTo(encoded.moduleOffset(f, positions.getFirst()));
        assertThat(Chicory.call(encoded.bytes(), mode, "f")[0]).isEqualTo(11);
    }
}
