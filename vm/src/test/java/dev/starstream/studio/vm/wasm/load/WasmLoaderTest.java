package dev.starstream.studio.vm.wasm.load;

import static dev.starstream.studio.vm.wasm.encode.ValType.FUNCREF;
import static dev.starstream.studio.vm.wasm.encode.ValType.I32;
import static dev.starstream.studio.vm.wasm.encode.ValType.I64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.wasm.Parser;
import dev.starstream.studio.vm.wasm.ExecutionInterruptedException;
import dev.starstream.studio.vm.wasm.InvalidModuleException;
import dev.starstream.studio.vm.wasm.LinkException;
import dev.starstream.studio.vm.wasm.WasmTrapException;
import dev.starstream.studio.vm.wasm.encode.BlockType;
import dev.starstream.studio.vm.wasm.encode.ConstExpr;
import dev.starstream.studio.vm.wasm.encode.FuncType;
import dev.starstream.studio.vm.wasm.encode.Ids.FunctionId;
import dev.starstream.studio.vm.wasm.encode.Limits;
import dev.starstream.studio.vm.wasm.encode.ModuleBuilder;
import dev.starstream.studio.vm.wasm.encode.Op;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class WasmLoaderTest {
    private static WasmLoader loader(ExecutionMode mode) {
        return new WasmLoader(LoadOptions.interpreter().withMode(mode));
    }

    private static WasmLoader capped(ModuleCaps caps) {
        return new WasmLoader(LoadOptions.interpreter().withCaps(caps));
    }

    private static ModuleCaps caps(int pages, int tables, int functions, int body, int locals) {
        return new ModuleCaps(1 << 20, pages, tables, functions, body, locals, 1_000);
    }

    @Test
    void malformedBytesAreRefusedWithTheReason() {
        WasmLoader loader = loader(ExecutionMode.INTERPRETER);

        assertThatThrownBy(() -> loader.load(new byte[] {1, 2, 3}))
                .isInstanceOf(InvalidModuleException.class)
                .hasMessage("malformed module: not a WebAssembly module (magic number missing) at byte 0");
        assertThatThrownBy(() -> loader.load(new byte[] {0, 'a', 's', 'm', 2, 0, 0, 0}))
                .hasMessageContaining("unsupported WebAssembly version");
        assertThatThrownBy(() -> loader.load(new byte[] {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 100, 0}))
                .hasMessageContaining("section 1 of 100 bytes runs past the end");
    }

    @Test
    void modulesThatFailValidationAreRefused() {
        ModuleBuilder m = new ModuleBuilder();
        m.function("bad", FuncType.returning(I32), code -> code.i64Const(1)); // i64 where i32 is due

        assertThatThrownBy(() -> loader(ExecutionMode.INTERPRETER).load(m.build()))
                .isInstanceOf(InvalidModuleException.class)
                .hasMessageStartingWith("invalid module: ")
                .extracting(e -> ((InvalidModuleException) e).reason())
                .isEqualTo("InvalidModule");
    }

    @Test
    void capsAreCheckedBeforeAnythingIsAllocated() {
        ModuleBuilder bigMemory = new ModuleBuilder();
        bigMemory.memory(Limits.atLeast(65_536));
        ModuleBuilder bigTable = new ModuleBuilder();
        bigTable.table(FUNCREF, Limits.atLeast(1_000_000));
        ModuleBuilder manyLocals = new ModuleBuilder();
        manyLocals.function("f", FuncType.empty(), code -> {
            for (int i = 0; i < 101; i++) {
                code.local(I64);
            }
        });
        ModuleBuilder manyFunctions = new ModuleBuilder();
        for (int i = 0; i < 11; i++) {
            manyFunctions.function("f" + i, FuncType.empty(), code -> code.nop());
        }
        ModuleBuilder bigBody = new ModuleBuilder();
        bigBody.function("f", FuncType.empty(), code -> {
            for (int i = 0; i < 300; i++) {
                code.nop();
            }
        });
        ModuleCaps caps = caps(16, 1_000, 10, 256, 100);

        assertThatThrownBy(() -> capped(caps).load(bigMemory.build()))
                .hasMessage("module refused: memory of 65536 pages exceeds the cap of 16 pages");
        assertThatThrownBy(() -> capped(caps).load(bigTable.build()))
                .hasMessage("module refused: table of 1000000 entries exceeds the cap of 1000");
        assertThatThrownBy(() -> capped(caps).load(manyLocals.build()))
                .hasMessage("module refused: function body 0 declares more than 100 locals");
        assertThatThrownBy(() -> capped(caps).load(manyFunctions.build()))
                .hasMessage("module refused: 11 functions exceed the cap of 10");
        assertThatThrownBy(() -> capped(caps).load(bigBody.build()))
                .hasMessageContaining("function body 0 of 302 bytes exceeds the cap of 256");
    }

    @Test
    void countsLargerThanTheirSectionAreRefused() {
        // A type section claiming 2^32-1 entries in 5 bytes.
        byte[] hostile = {0, 'a', 's', 'm', 1, 0, 0, 0, 1, 5, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f};

        assertThatThrownBy(() -> new WasmLoader(LoadOptions.interpreter()).load(hostile))
                .isInstanceOf(InvalidModuleException.class)
                .hasMessageContaining("4294967295 entries");
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void memoriesDoNotGrowPastTheCap(ExecutionMode mode) {
        ModuleBuilder m = new ModuleBuilder();
        var memory = m.memory(Limits.atLeast(1));
        m.exportFunction("grow", m.function("grow", FuncType.of(List.of(I32), List.of(I32)), code -> code
                .localGet(code.param(0)).memoryGrow(memory)));
        WasmLoader loader = new WasmLoader(LoadOptions.interpreter().withMode(mode).withCaps(caps(4, 10, 10, 1_000, 10)));
        WasmInstance instance = loader.load(m.build()).instantiate(HostImports.none(), ExecutionBudget.withGas(1_000));

        assertThat(instance.call("grow", 2)[0]).isEqualTo(1);
        assertThat(instance.call("grow", 2)[0]).as("5 pages would pass the cap of 4").isEqualTo(-1);
        assertThat(instance.call("grow", 1)[0]).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void missingAndMistypedImportsAreLinkErrors(ExecutionMode mode) {
        ModuleBuilder m = new ModuleBuilder();
        m.importFunction("env", "tick", FuncType.accepting(I64));
        LoadedModule module = loader(mode).load(m.build());
        ExecutionBudget budget = ExecutionBudget.withGas(100);

        assertThatThrownBy(() -> module.instantiate(HostImports.none(), budget))
                .isInstanceOf(LinkException.class)
                .hasMessageStartingWith("cannot link: ")
                .hasMessageContaining("env")
                .hasMessageContaining("tick");
        HostImports mistyped = HostImports.builder()
                .function("env", "tick", FuncType.accepting(I32), (caller, args) -> new long[0])
                .build();
        assertThatThrownBy(() -> module.instantiate(mistyped, budget)).isInstanceOf(LinkException.class);
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void trapsAndFailingHostFunctionsBecomeTraps(ExecutionMode mode) {
        ModuleBuilder m = new ModuleBuilder();
        FunctionId fail = m.importFunction("env", "fail", FuncType.empty());
        m.exportFunction("div", m.function("div", FuncType.of(List.of(I32, I32), List.of(I32)), code -> code
                .localGet(code.param(0)).localGet(code.param(1)).op(Op.I32_DIV_S)));
        m.exportFunction("host", m.function("host", FuncType.empty(), code -> code.call(fail)));
        m.exportFunction("trap", m.function("trap", FuncType.empty(), code -> code.unreachable()));
        HostImports imports = HostImports.builder()
                .function("env", "fail", FuncType.empty(), (caller, args) -> {
                    throw new IllegalStateException("ledger unavailable");
                })
                .build();
        WasmInstance instance = loader(mode).load(m.build()).instantiate(imports, ExecutionBudget.withGas(1_000));

        assertThat(instance.call("div", 7, 2)[0]).isEqualTo(3);
        assertThatThrownBy(() -> instance.call("div", 1, 0))
                .isInstanceOf(WasmTrapException.class)
                .hasMessageContaining("divide by zero");
        assertThatThrownBy(() -> instance.call("trap")).isInstanceOf(WasmTrapException.class).hasMessageContaining("unreachable");
        assertThatThrownBy(() -> instance.call("host"))
                .isInstanceOf(WasmTrapException.class)
                .hasMessageContaining("host function failed")
                .hasMessageContaining("ledger unavailable");
        assertThatThrownBy(() -> instance.call("missing")).isInstanceOf(LinkException.class);
        assertThat(instance.call("div", 9, 3)[0]).as("the instance survives its traps").isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(ExecutionMode.class)
    void threadInterruptStopsARunawayLoop(ExecutionMode mode) throws Exception {
        ModuleBuilder m = new ModuleBuilder();
        m.exportFunction("spin", m.function("spin", FuncType.empty(), code -> code.loop(BlockType.EMPTY, code::br)));
        WasmInstance instance = loader(mode).load(m.build())
                .instantiate(HostImports.none(), ExecutionBudget.withGas(Long.MAX_VALUE));
        CompletableFuture<Throwable> outcome = new CompletableFuture<>();
        Thread runner = Thread.ofPlatform().start(() -> {
            try {
                instance.call("spin");
                outcome.complete(null);
            } catch (RuntimeException e) {
                outcome.complete(e);
            }
        });
        Thread.sleep(200);
        runner.interrupt();

        Throwable failure = outcome.get(10, TimeUnit.SECONDS);
        assertThat(failure).isInstanceOf(ExecutionInterruptedException.class);
        assertThat(((ExecutionInterruptedException) failure).reason()).isEqualTo("Interrupted");
        runner.join(Duration.ofSeconds(5));
    }

    @Test
    void compiledModeCompilesAndReportsIt() {
        ModuleBuilder m = new ModuleBuilder();
        m.global("g", I32, false, ConstExpr.i32(1));
        m.exportFunction("f", m.function("f", FuncType.returning(I32), code -> code.i32Const(1)));

        LoadedModule compiled = loader(ExecutionMode.COMPILED).load(m.build());
        LoadedModule interpreted = loader(ExecutionMode.INTERPRETER).load(m.build());

        assertThat(compiled.mode()).isEqualTo(ExecutionMode.COMPILED);
        assertThat(compiled.compileFallback()).isEmpty();
        assertThat(interpreted.mode()).isEqualTo(ExecutionMode.INTERPRETER);
        assertThat(compiled.originalSha256()).isEqualTo(interpreted.originalSha256());
        assertThat(compiled.exportedFunctions()).containsExactly("f");
    }

    @Test
    void functionsTooLargeForTheJvmFallBackToTheInterpreter() {
        // One body whose JVM translation exceeds the 64 KiB method limit.
        ModuleBuilder m = new ModuleBuilder();
        m.exportFunction("big", m.function("big", FuncType.returning(I64), code -> {
            var sum = code.local(I64, "sum");
            for (int i = 0; i < 16_000; i++) {
                code.localGet(sum).i64Const(i).op(Op.I64_ADD).localSet(sum);
            }
            code.localGet(sum);
        }));
        byte[] wasm = m.build();
        assertThatThrownBy(() -> MachineFactoryCompiler.builder(Parser.parse(wasm))
                        .withInterpreterFallback(InterpreterFallback.FAIL)
                        .compile())
                .hasMessageContaining("exceeds the Java method size limits");
        LoadedModule module = loader(ExecutionMode.COMPILED).load(wasm);
        WasmInstance instance = module.instantiate(HostImports.none(), ExecutionBudget.withGas(1_000_000));

        assertThat(instance.call("big")[0]).isEqualTo(15_999L * 16_000 / 2);
        assertThat(module.mode()).isEqualTo(ExecutionMode.COMPILED);
    }
}
