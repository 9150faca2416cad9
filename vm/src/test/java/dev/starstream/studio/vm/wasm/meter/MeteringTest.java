package dev.starstream.studio.vm.wasm.meter;

import static dev.starstream.studio.vm.wasm.encode.ValType.FUNCREF;
import static dev.starstream.studio.vm.wasm.encode.ValType.I32;
import static dev.starstream.studio.vm.wasm.encode.ValType.I64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.dylibso.chicory.wabt.Wat2Wasm;
import dev.starstream.studio.vm.wasm.Chicory;
import dev.starstream.studio.vm.wasm.InvalidModuleException;
import dev.starstream.studio.vm.wasm.OutOfGasException;
import dev.starstream.studio.vm.wasm.StackOverflowException;
import dev.starstream.studio.vm.wasm.encode.BlockType;
import dev.starstream.studio.vm.wasm.encode.ConstExpr;
import dev.starstream.studio.vm.wasm.encode.FuncType;
import dev.starstream.studio.vm.wasm.encode.Ids.FunctionId;
import dev.starstream.studio.vm.wasm.encode.Ids.GlobalId;
import dev.starstream.studio.vm.wasm.encode.ModuleBuilder;
import dev.starstream.studio.vm.wasm.encode.Op;
import dev.starstream.studio.vm.wasm.load.ExecutionBudget;
import dev.starstream.studio.vm.wasm.load.ExecutionMode;
import dev.starstream.studio.vm.wasm.load.HostImports;
import dev.starstream.studio.vm.wasm.load.LoadOptions;
import dev.starstream.studio.vm.wasm.load.WasmInstance;
import dev.starstream.studio.vm.wasm.load.WasmLoader;
import java.security.MessageDigest;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MeteringTest {
    private static final FuncType UNARY = FuncType.of(List.of(I64), List.of(I64));

    private static WasmInstance instantiate(byte[] wasm, ExecutionMode mode, ExecutionBudget budget) {
        return new WasmLoader(LoadOptions.interpreter().withMode(mode)).load(wasm).instantiate(HostImports.none(), budget);
    }

    /** {@code spin}: an endless loop after a little set-up. */
    private static byte[] endlessLoop() {
        ModuleBuilder m = new ModuleBuilder();
        m.exportFunction("spin", m.function("spin", FuncType.empty(), code -> {
            var i = code.local(I64, "i");
            code.i64Const(0).localSet(i);
            code.loop(BlockType.EMPTY, again -> code.localGet(i).i64Const(1).op(Op.I64_ADD).localSet(i).br(again));
        }));
        return m.build();
    }

    /** {@code depth(n)}: plain recursion n deep, returns n. */
    private static byte[] recursion() {
        ModuleBuilder m = new ModuleBuilder();
        FunctionId depth = m.declare("depth", UNARY, "n");
        m.define(depth, code -> code.localGet(code.param(0)).op(Op.I64_EQZ).ifThenElse(BlockType.of(I64),
                t -> code.i64Const(0),
                e -> code.localGet(code.param(0)).i64Const(1).op(Op.I64_SUB).call(depth).i64Const(1).op(Op.I64_ADD)));
        m.exportFunction("depth", depth);
        return m.build();
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void endlessLoopStopsAtTheLimitWithTheSameSiteInBothModes(ExecutionMode mode) {
        ExecutionBudget budget = ExecutionBudget.withGas(10_000);
        WasmInstance instance = instantiate(endlessLoop(), mode, budget);

        OutOfGasException failure = catchThrowableOfType(OutOfGasException.class, () -> instance.call("spin"));

        assertThat(failure.reason()).isEqualTo("OutOfGas");
        assertThat(failure.functionName()).isEqualTo("spin");
        assertThat(failure.functionIndex()).isZero();
        // the loop body, after i64.const 0 (2 bytes), local.set 0 (2 bytes) and loop (2 bytes)
        assertThat(failure.instructionOffset()).isEqualTo(6);
        assertThat(failure.getMessage()).isEqualTo("out of gas (limit 10000) in spin at instruction offset 6");
        assertThat(budget.gasUsed()).isEqualTo(10_000);
        assertThat(budget.gasRemaining()).isZero();
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void deepRecursionFailsAtTheDepthLimitAndTheInstanceStaysUsable(ExecutionMode mode) {
        ExecutionBudget budget = new ExecutionBudget(100_000_000, 100);
        WasmInstance instance = instantiate(recursion(), mode, budget);

        assertThat(instance.call("depth", 99)[0]).isEqualTo(99);
        StackOverflowException failure = catchThrowableOfType(StackOverflowException.class, () -> instance.call("depth", 100));
        assertThat(failure.functionName()).isEqualTo("depth");
        assertThat(failure.getMessage()).isEqualTo("call depth limit 100 exceeded on entry to depth");
        assertThat(instance.call("depth", 99)[0]).as("depth is restored after the failure").isEqualTo(99);
        assertThatThrownBy(() -> instance.call("depth", 1_000_000)).isInstanceOf(StackOverflowException.class);
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void theDefaultDepthLimitIsReachedBeforeTheJvmStackRunsOut(ExecutionMode mode) {
        WasmInstance instance = instantiate(recursion(), mode, ExecutionBudget.withGas(100_000_000));

        assertThat(instance.call("depth", ExecutionBudget.DEFAULT_DEPTH - 1)[0]).isEqualTo(ExecutionBudget.DEFAULT_DEPTH - 1);
        StackOverflowException failure = catchThrowableOfType(StackOverflowException.class,
                () -> instance.call("depth", ExecutionBudget.DEFAULT_DEPTH));
        assertThat(failure.functionIndex()).as("the counter, not the JVM, stopped it").isZero();
    }

    /**
     * Tail calls count as frames (Chicory's compiler gives each one a JVM frame), and a chain of
     * them gives all its frames back when it returns, also through a branch out of the function.
     */
    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void tailCallChainsCountTowardsTheDepthAndGiveItBack(ExecutionMode mode) {
        ModuleBuilder m = new ModuleBuilder();
        FunctionId countdown = m.declare("countdown", UNARY, "n");
        m.define(countdown, code -> {
            code.block(BlockType.EMPTY, done -> code.localGet(code.param(0)).op(Op.I64_EQZ).brIf(done));
            code.localGet(code.param(0)).op(Op.I64_EQZ).ifThen(BlockType.EMPTY, t -> code
                    .i64Const(7).br(code.functionLabel()));
            code.localGet(code.param(0)).i64Const(1).op(Op.I64_SUB).returnCall(countdown);
        });
        FunctionId outer = m.function("outer", UNARY, code -> code
                .localGet(code.param(0)).call(countdown).localGet(code.param(0)).call(countdown).op(Op.I64_ADD));
        m.exportFunction("countdown", countdown);
        m.exportFunction("outer", outer);
        ExecutionBudget budget = new ExecutionBudget(100_000_000, 10);
        WasmInstance instance = instantiate(m.build(), mode, budget);

        for (int i = 0; i < 50; i++) {
            assertThat(instance.call("countdown", 9)[0]).isEqualTo(7);
            assertThat(instance.call("outer", 8)[0]).isEqualTo(14);
        }
        StackOverflowException failure = catchThrowableOfType(StackOverflowException.class, () -> instance.call("countdown", 10));
        assertThat(failure.functionName()).isEqualTo("countdown");
        assertThatThrownBy(() -> instance.call("outer", 9)).isInstanceOf(StackOverflowException.class);
        assertThatThrownBy(() -> instance.call("countdown", 1_000_000)).isInstanceOf(StackOverflowException.class);
        assertThat(instance.call("outer", 8)[0]).isEqualTo(14);
    }

    /** Chicory 1.7.5's interpreter reuses the frame of a self tail call and overruns its locals. */
    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void selfTailCallsOfFunctionsWithLocalsRunOnceMetered(ExecutionMode mode) {
        ModuleBuilder m = new ModuleBuilder();
        FunctionId sum = m.declare("sum", FuncType.of(List.of(I64, I64), List.of(I64)), "n", "acc");
        m.define(sum, code -> {
            var next = code.local(I64, "next");
            code.localGet(code.param(0)).op(Op.I64_EQZ).ifThen(BlockType.EMPTY, t -> code.localGet(code.param(1)).ret());
            code.localGet(code.param(0)).i64Const(1).op(Op.I64_SUB).localSet(next);
            code.localGet(next).localGet(code.param(1)).localGet(code.param(0)).op(Op.I64_ADD).returnCall(sum);
        });
        m.exportFunction("sum", sum);
        byte[] wasm = m.build();

        if (mode == ExecutionMode.INTERPRETER) {
            assertThatThrownBy(() -> Chicory.call(wasm, Chicory.Mode.INTERPRETER, "sum", 10, 0))
                    .isInstanceOf(ArrayIndexOutOfBoundsException.class);
        }
        assertThat(instantiate(wasm, mode, ExecutionBudget.withGas(1_000_000)).call("sum", 100, 0)[0]).isEqualTo(5050);
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void oneBudgetIsSharedByInstancesCallingEachOtherThroughTheHost(ExecutionMode mode) {
        ModuleBuilder callee = new ModuleBuilder();
        callee.exportFunction("work", callee.function("work", UNARY, code -> code
                .localGet(code.param(0)).i64Const(3).op(Op.I64_MUL)));
        ModuleBuilder caller = new ModuleBuilder();
        FunctionId other = caller.importFunction("host", "other", UNARY);
        caller.exportFunction("run", caller.function("run", UNARY, code -> code
                .localGet(code.param(0)).call(other).i64Const(1).op(Op.I64_ADD)));
        WasmLoader loader = new WasmLoader(LoadOptions.interpreter().withMode(mode));
        ExecutionBudget budget = ExecutionBudget.withGas(1_000);
        WasmInstance worker = loader.load(callee.build()).instantiate(HostImports.none(), budget);
        WasmInstance main = loader.load(caller.build()).instantiate(HostImports.builder()
                .function("host", "other", UNARY, 100, (self, args) -> worker.call("work", args[0]))
                .build(), budget);

        assertThat(main.call("run", 5)[0]).isEqualTo(16);
        // run: 4 instructions + 100 for the host call; work: 3 instructions.
        assertThat(main.gasUsed()).isEqualTo(104);
        assertThat(worker.gasUsed()).isEqualTo(3);
        assertThat(budget.gasUsed()).isEqualTo(107);
        for (int i = 0; i < 8; i++) {
            main.call("run", i);
        }
        OutOfGasException failure = catchThrowableOfType(OutOfGasException.class, () -> main.call("run", 1));
        assertThat(failure.functionName()).isEqualTo("host call host.other");
        assertThat(budget.gasUsed()).isEqualTo(1_000);
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void theStartFunctionRunsUnderTheBudget(ExecutionMode mode) {
        ModuleBuilder m = new ModuleBuilder();
        GlobalId g = m.global("g", I32, true, ConstExpr.i32(0));
        m.start(m.function("init", FuncType.empty(), code -> code.i32Const(5).globalSet(g)));
        m.exportFunction("get", m.function("get", FuncType.returning(I32), code -> code.globalGet(g)));
        ExecutionBudget budget = ExecutionBudget.withGas(100);
        WasmInstance instance = instantiate(m.build(), mode, budget);

        assertThat(instance.module().layout().startFunction()).hasValue(0);
        assertThat(instance.call("get")[0]).isEqualTo(5);
        assertThat(budget.gasUsed()).isEqualTo(3);

        ModuleBuilder spinning = new ModuleBuilder();
        spinning.start(spinning.function("init", FuncType.empty(), code -> code.loop(BlockType.EMPTY, code::br)));
        assertThatThrownBy(() -> instantiate(spinning.build(), mode, ExecutionBudget.withGas(1_000)))
                .isInstanceOf(OutOfGasException.class)
                .hasMessageContaining("in init");
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void foreignModulesFromWat2WasmAreMeteredToo(ExecutionMode mode) throws Exception {
        byte[] wasm = Wat2Wasm.parse("""
                (module
                  (type $pair (func (result i32 i32)))
                  (memory 1)
                  (func $fib (export "fib") (param i32) (result i32)
                    (if (result i32) (i32.lt_u (local.get 0) (i32.const 2))
                      (then (local.get 0))
                      (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                                     (call $fib (i32.sub (local.get 0) (i32.const 2)))))))
                  (func (export "pair") (type $pair)
                    (block (type $pair) (i32.const 1) (i32.const 2) (br 1))))
                """);
        ExecutionBudget budget = ExecutionBudget.withGas(10_000_000);
        WasmInstance instance = instantiate(wasm, mode, budget);

        assertThat(instance.call("fib", 20)[0]).isEqualTo(6765);
        assertThat(instance.call("pair")).containsExactly(1, 2);
        MeteredModule metered = instance.module().metered();
        assertThat(metered.original()).isEqualTo(wasm);
        assertThat(metered.originalSha256()).isEqualTo(MessageDigest.getInstance("SHA-256").digest(wasm));
        assertThat(metered.metered()).isNotEqualTo(wasm);
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void perFunctionCountersCanBeLeftOut(ExecutionMode mode) {
        LoadOptions options = LoadOptions.interpreter().withMode(mode).withMeter(MeterConfig.totalGasOnly());
        ExecutionBudget budget = ExecutionBudget.withGas(1_000_000);
        WasmInstance instance = new WasmLoader(options).load(recursion()).instantiate(HostImports.none(), budget);

        assertThat(instance.call("depth", 10)[0]).isEqualTo(10);
        assertThat(budget.gasUsed()).isPositive();
        assertThat(instance.module().layout().countsPerFunction()).isFalse();
        assertThatThrownBy(instance::gasByFunction).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void referenceTypedLocalsAndResultsAreMetered(ExecutionMode mode) {
        ModuleBuilder m = new ModuleBuilder();
        FunctionId pick = m.function("pick", FuncType.of(List.of(I32), List.of(FUNCREF)), code -> {
            var none = code.local(FUNCREF, "none");
            code.refNull(FUNCREF).localSet(none);
            code.localGet(code.param(0)).ifThen(BlockType.EMPTY, t -> code.localGet(none).br(code.functionLabel()));
            code.refFunc(code.function());
        });
        m.exportFunction("isNull", m.function("isNull", FuncType.of(List.of(I32), List.of(I32)), code -> code
                .localGet(code.param(0)).call(pick).op(Op.REF_IS_NULL)));
        WasmInstance instance = instantiate(m.build(), mode, ExecutionBudget.withGas(1_000));

        assertThat(instance.call("isNull", 1)[0]).isEqualTo(1);
        assertThat(instance.call("isNull", 0)[0]).isZero();
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void proposalsOutsideTheContractSubsetAreRefused(ExecutionMode mode) {
        byte[] simd = Wat2Wasm.parse("""
                (module (func (export "f") (result i32)
                  v128.const i32x4 1 2 3 4
                  i32x4.extract_lane 2))
                """);

        assertThatThrownBy(() -> instantiate(simd, mode, ExecutionBudget.withGas(100)))
                .isInstanceOf(InvalidModuleException.class)
                .hasMessageContaining("V128_CONST")
                .hasMessageContaining("SIMD");
    }
}
