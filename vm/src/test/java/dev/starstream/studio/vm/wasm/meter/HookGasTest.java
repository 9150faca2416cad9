package dev.starstream.studio.vm.wasm.meter;

import static dev.starstream.studio.vm.wasm.encode.ValType.I32;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.starstream.studio.vm.wasm.OutOfGasException;
import dev.starstream.studio.vm.wasm.RandomPrograms;
import dev.starstream.studio.vm.wasm.encode.BlockType;
import dev.starstream.studio.vm.wasm.encode.CodeBuilder;
import dev.starstream.studio.vm.wasm.encode.FuncType;
import dev.starstream.studio.vm.wasm.encode.Ids.FunctionId;
import dev.starstream.studio.vm.wasm.encode.Limits;
import dev.starstream.studio.vm.wasm.encode.MemOp;
import dev.starstream.studio.vm.wasm.encode.ModuleBuilder;
import dev.starstream.studio.vm.wasm.encode.Op;
import dev.starstream.studio.vm.wasm.load.ExecutionBudget;
import dev.starstream.studio.vm.wasm.load.ExecutionMode;
import dev.starstream.studio.vm.wasm.load.HostImports;
import dev.starstream.studio.vm.wasm.load.LoadOptions;
import dev.starstream.studio.vm.wasm.load.LoadedModule;
import dev.starstream.studio.vm.wasm.load.WasmInstance;
import dev.starstream.studio.vm.wasm.load.WasmLoader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hooks are free (RUNTIME A.9 P2): with {@code starstream:debug} named in {@link
 * MeterConfig#freeHookModules()}, a module that calls hooks costs exactly what the same module
 * without the hook calls costs, per function and in total, and runs out of gas after the same work.
 */
class HookGasTest {
    private static final String HOOKS = RandomPrograms.HOOK_MODULE;
    private static final MeterConfig FREE_HOOKS = MeterConfig.defaults().withFreeHooks(Set.of(HOOKS));

    /** A run of {@code main}: its result, gas (total and per function name) and the hook calls it made. */
    private record Run(long result, long gas, Map<String, Long> byFunction, long hookCalls, long hookInstructions) {}

    private static Run run(byte[] wasm, LoadOptions options, long argument, ExecutionBudget budget) {
        LoadedModule module = new WasmLoader(options).load(wasm);
        long[] hooks = new long[2];
        HostImports imports = HostImports.builder()
                .function(HOOKS, "stmt", FuncType.accepting(I32), (caller, args) -> {
                    hooks[0]++;
                    hooks[1] += 2; // i32.const id; call
                    return new long[0];
                })
                .function(HOOKS, "write", FuncType.of(List.of(I32, I32), List.of()), (caller, args) -> {
                    hooks[0]++;
                    hooks[1] += (args[0] + 1) % 3 == 0 ? 5 : 3; // two loads from a constant address, or a local
                    return new long[0];
                })
                .build();
        WasmInstance instance = module.instantiate(imports, budget);
        long result = instance.call("main", argument)[0];
        return new Run(result, budget.gasUsed(), byName(module, instance), hooks[0], hooks[1]);
    }

    private static Map<String, Long> byName(LoadedModule module, WasmInstance instance) {
        Map<String, Long> named = new LinkedHashMap<>();
        long[] gas = instance.gasByFunction();
        for (int f = module.layout().importedFunctions(); f < gas.length; f++) {
            named.put(module.layout().functionName(f), gas[f]);
        }
        return named;
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void aProgramWithHookCallsCostsWhatItCostsWithoutThem(ExecutionMode mode) {
        LoadOptions options = LoadOptions.interpreter().withMode(mode).withMeter(FREE_HOOKS);
        int programs = mode == ExecutionMode.INTERPRETER ? 150 : 12;
        long hookCalls = 0;
        for (long seed = 0; seed < programs; seed++) {
            long argument = seed % 7;
            Run plain = run(RandomPrograms.generate(seed), options, argument, ExecutionBudget.withGas(1_000_000_000L));
            Run hooked = run(RandomPrograms.withHooks(seed), options, argument, ExecutionBudget.withGas(1_000_000_000L));

            assertThat(hooked.result()).as("result of program %d", seed).isEqualTo(plain.result());
            assertThat(hooked.gas()).as("gas of program %d", seed).isEqualTo(plain.gas());
            assertThat(hooked.byFunction()).as("gas per function of program %d", seed).isEqualTo(plain.byFunction());
            hookCalls += hooked.hookCalls();
        }
        assertThat(hookCalls).as("the hooks ran").isGreaterThan(programs * 3L);
    }

    @Test
    void withoutFreeHooksEveryHookInstructionIsCharged() {
        LoadOptions options = LoadOptions.interpreter();
        for (long seed = 0; seed < 40; seed++) {
            Run plain = run(RandomPrograms.generate(seed), options, 3, ExecutionBudget.withGas(1_000_000_000L));
            Run hooked = run(RandomPrograms.withHooks(seed), options, 3, ExecutionBudget.withGas(1_000_000_000L));

            assertThat(hooked.gas() - plain.gas()).as("program %d", seed).isEqualTo(hooked.hookInstructions());
        }
    }

    @Test
    void aProgramWithHookCallsRunsOutOfGasAfterTheSameWorkAsWithoutThem() {
        LoadOptions options = LoadOptions.interpreter().withMeter(FREE_HOOKS);
        int checked = 0;
        for (long seed = 0; seed < 150; seed++) {
            long needed = run(RandomPrograms.generate(seed), options, 5, ExecutionBudget.withGas(1_000_000_000L)).gas();
            if (needed < 20) {
                continue;
            }
            long limit = needed / 2;
            OutOfGasException plain = outOfGas(RandomPrograms.generate(seed), options, limit);
            OutOfGasException hooked = outOfGas(RandomPrograms.withHooks(seed), options, limit);

            assertThat(hooked.functionName()).as("program %d", seed).isEqualTo(plain.functionName());
            assertThat(hooked.limit()).isEqualTo(plain.limit());
            checked++;
        }
        assertThat(checked).isGreaterThan(100);
    }

    private static OutOfGasException outOfGas(byte[] wasm, LoadOptions options, long limit) {
        ExecutionBudget budget = ExecutionBudget.withGas(limit);
        OutOfGasException failure = catchThrowableOfType(OutOfGasException.class,
                () -> run(wasm, options, 5, budget));
        assertThat(failure).isNotNull();
        assertThat(budget.gasUsed()).isEqualTo(limit);
        return failure;
    }

    // ------------------------------------------------------------------ what is and is not a hook sequence

    /** {@code main() -> i32} whose body is {@code body} and then {@code i32.const 7}; one hook {@code h(i32)} imported from {@code module}. */
    private static long gasOf(String module, FuncType hookType, java.util.function.BiConsumer<CodeBuilder, FunctionId> body) {
        ModuleBuilder m = new ModuleBuilder();
        FunctionId hook = m.importFunction(module, "h", hookType);
        m.memory(Limits.atLeast(1));
        m.exportFunction("main", m.function("main", FuncType.of(List.of(I32), List.of(I32)), code -> {
            body.accept(code, hook);
            code.i32Const(7);
        }));
        HostImports imports = HostImports.builder().function(module, "h", hookType,
                (caller, args) -> hookType.results().isEmpty() ? new long[0] : new long[] {0}).build();
        ExecutionBudget budget = ExecutionBudget.withGas(1_000);
        new WasmLoader(LoadOptions.interpreter().withMeter(FREE_HOOKS)).load(m.build()).instantiate(imports, budget)
                .call("main", 0);
        return budget.gasUsed();
    }

    private static final FuncType ONE = FuncType.accepting(I32);

    @Test
    void aHookCallWithConstantLocalGlobalAndLoadedArgumentsIsFree() {
        assertThat(gasOf(HOOKS, ONE, (code, h) -> code.i32Const(1).call(h))).isEqualTo(1);
        assertThat(gasOf(HOOKS, ONE, (code, h) -> code.localGet(code.param(0)).call(h))).isEqualTo(1);
        assertThat(gasOf(HOOKS, ONE, (code, h) -> code.i32Const(8).memory(MemOp.I32_LOAD, 0).memory(MemOp.I32_LOAD, 4)
                .call(h))).isEqualTo(1);
        FuncType two = FuncType.of(List.of(I32, I32), List.of());
        assertThat(gasOf(HOOKS, two, (code, h) -> code.i32Const(3).localGet(code.param(0)).memory(MemOp.I32_LOAD, 0)
                .call(h))).isEqualTo(1);
    }

    @Test
    void onlyTheArgumentsOfTheHookAreFreeNotWhatPrecedesThem() {
        // local.get 0; drop are charged (2), the hook sequence is free, i32.const 7 is charged
        assertThat(gasOf(HOOKS, ONE, (code, h) -> code.localGet(code.param(0)).op(Op.DROP).i32Const(1).call(h)))
                .isEqualTo(3);
    }

    @Test
    void aHookWhoseArgumentIsComputedIsChargedInFull() {
        assertThat(gasOf(HOOKS, ONE, (code, h) -> code.i32Const(1).i32Const(2).op(Op.I32_ADD).call(h))).isEqualTo(5);
        assertThat(gasOf(HOOKS, ONE, (code, h) -> code.i32Const(1).localTee(code.param(0)).call(h))).isEqualTo(4);
    }

    @Test
    void aHookWhoseArgumentComesOutOfABlockIsChargedInFull() {
        // block (result i32) i32.const 1 end; call h → block, i32.const, call and the final i32.const
        assertThat(gasOf(HOOKS, ONE, (code, h) -> code.block(BlockType.of(I32), b -> code.i32Const(1)).call(h)))
                .isEqualTo(4);
    }

    @Test
    void aHookThatReturnsAValueOrComesFromAnotherModuleIsAnOrdinaryCall() {
        FuncType returning = FuncType.of(List.of(I32), List.of(I32));
        assertThat(gasOf(HOOKS, returning, (code, h) -> code.i32Const(1).call(h).op(Op.DROP))).isEqualTo(4);
        assertThat(gasOf("env", ONE, (code, h) -> code.i32Const(1).call(h))).isEqualTo(3);
    }

    @Test
    void argumentRunsLongerThanTheLimitAreChargedInFull() {
        int loads = HookSequences.MAX_ARGUMENT_INSTRUCTIONS; // with the address, one instruction too many
        assertThat(gasOf(HOOKS, ONE, (code, h) -> {
            code.i32Const(0);
            for (int i = 0; i < loads; i++) {
                code.memory(MemOp.I32_LOAD, 0);
            }
            code.call(h);
        })).isEqualTo(loads + 3);
        assertThat(gasOf(HOOKS, ONE, (code, h) -> {
            code.i32Const(0);
            for (int i = 0; i < loads - 1; i++) {
                code.memory(MemOp.I32_LOAD, 0);
            }
            code.call(h);
        })).isEqualTo(1);
    }
}
