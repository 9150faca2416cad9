package dev.starstream.studio.vm.wasm.meter;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.types.OpCode;
import dev.starstream.studio.vm.wasm.RandomPrograms;
import dev.starstream.studio.vm.wasm.load.ExecutionBudget;
import dev.starstream.studio.vm.wasm.load.HostImports;
import dev.starstream.studio.vm.wasm.load.LoadOptions;
import dev.starstream.studio.vm.wasm.load.LoadedModule;
import dev.starstream.studio.vm.wasm.load.WasmInstance;
import dev.starstream.studio.vm.wasm.load.WasmLoader;
import java.util.Arrays;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * One gas unit is one executed instruction of the original module ({@code end} and {@code else}
 * excluded): checked against Chicory's interpreter counting the instructions of the unmetered
 * module one by one, on random programs with every kind of control flow.
 */
class GasAccountingTest {
    private static final int PROGRAMS = 150;

    private static long[] countInstructions(byte[] wasm, long argument) {
        long[] executed = {0};
        Instance instance = Instance.builder(Parser.parse(wasm))
                .withUnsafeExecutionListener((instruction, stack) -> {
                    if (instruction.opcode() != OpCode.END && instruction.opcode() != OpCode.ELSE) {
                        executed[0]++;
                    }
                })
                .build();
        long result = instance.export("main").apply(argument)[0];
        return new long[] {result, executed[0]};
    }

    @Test
    void gasUsedEqualsTheInstructionsTheInterpreterExecutesOnRandomPrograms() {
        WasmLoader interpreter = new WasmLoader(LoadOptions.interpreter());
        long total = 0;
        for (long seed = 0; seed < PROGRAMS; seed++) {
            byte[] wasm = RandomPrograms.generate(seed);
            long argument = seed % 7;
            long[] expected = countInstructions(wasm, argument);
            ExecutionBudget budget = ExecutionBudget.withGas(1_000_000_000L);
            WasmInstance instance = interpreter.load(wasm).instantiate(HostImports.none(), budget);

            long result = instance.call("main", argument)[0];

            assertThat(result).as("result of program %d", seed).isEqualTo(expected[0]);
            assertThat(budget.gasUsed()).as("gas of program %d", seed).isEqualTo(expected[1]);
            assertThat(instance.gasUsed()).isEqualTo(expected[1]);
            assertThat(LongStream.of(instance.gasByFunction()).sum()).isEqualTo(expected[1]);
            total += expected[1];
        }
        assertThat(total).as("the programs exercise real work").isGreaterThan(PROGRAMS * 20L);
    }

    @Test
    void compiledCodeChargesExactlyWhatTheInterpreterCharges() {
        for (long seed = 0; seed < 12; seed++) {
            byte[] wasm = RandomPrograms.generate(1_000 + seed);
            long[] gas = new long[2];
            long[] results = new long[2];
            long[][] perFunction = new long[2][];
            int i = 0;
            for (LoadOptions options : new LoadOptions[] {LoadOptions.interpreter(), LoadOptions.compiled()}) {
                LoadedModule module = new WasmLoader(options).load(wasm);
                ExecutionBudget budget = ExecutionBudget.withGas(1_000_000_000L);
                WasmInstance instance = module.instantiate(HostImports.none(), budget);
                results[i] = instance.call("main", seed)[0];
                gas[i] = budget.gasUsed();
                perFunction[i] = instance.gasByFunction();
                i++;
            }
            assertThat(results[1]).isEqualTo(results[0]);
            assertThat(gas[1]).as("gas of program %d", seed).isEqualTo(gas[0]);
            assertThat(Arrays.equals(perFunction[0], perFunction[1])).isTrue();
        }
    }
}
