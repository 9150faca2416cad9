package dev.starstream.studio.vm.wasm.bench;

import com.dylibso.chicory.runtime.ExportFunction;
import dev.starstream.studio.vm.wasm.Chicory;
import dev.starstream.studio.vm.wasm.load.ExecutionBudget;
import dev.starstream.studio.vm.wasm.load.ExecutionMode;
import dev.starstream.studio.vm.wasm.load.HostImports;
import dev.starstream.studio.vm.wasm.load.LoadOptions;
import dev.starstream.studio.vm.wasm.load.WasmInstance;
import dev.starstream.studio.vm.wasm.load.WasmLoader;
import dev.starstream.studio.vm.wasm.meter.MeterConfig;
import java.util.Map;

/**
 * Benchmark (run on demand, not a test): what the metering pass costs. Each kernel runs unmetered on
 * plain Chicory, then metered with the total gas counter only, then with per-function counters too,
 * in compiled mode and in the interpreter.
 *
 * <pre>./mvnw -B -q -pl vm test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.starstream.studio.vm.wasm.bench.MeteringOverheadBench</pre>
 */
public final class MeteringOverheadBench {
    private static final Map<String, Integer> COMPILED = Map.of("collatz", 300_000, "sieve", 10_000_000, "mix", 50_000_000);
    private static final int INTERPRETER_DIVISOR = 100;

    private MeteringOverheadBench() {}

    public static void main(String[] args) {
        byte[] wasm = BenchKernels.module();
        System.out.println("best ms of 7 runs after 3 warm-ups (interpreter: 5 after 1); gas = executed instructions");
        System.out.printf("%-11s %-8s %11s %10s %10s %7s %12s %7s %14s%n",
                "mode", "kernel", "n", "plain", "total gas", "+%", "per-function", "+%", "gas/s (total)");
        for (ExecutionMode mode : ExecutionMode.values()) {
            for (String kernel : BenchKernels.NAMES) {
                int n = mode == ExecutionMode.COMPILED ? COMPILED.get(kernel) : COMPILED.get(kernel) / INTERPRETER_DIVISOR;
                int warmups = mode == ExecutionMode.COMPILED ? 3 : 1;
                int runs = mode == ExecutionMode.COMPILED ? 7 : 5;
                Chicory.Mode chicoryMode = mode == ExecutionMode.COMPILED ? Chicory.Mode.COMPILED : Chicory.Mode.INTERPRETER;
                ExportFunction plain = Chicory.instantiate(wasm, chicoryMode).export(kernel);
                double plainMs = Timing.bestMillis(warmups, runs, () -> plain.apply(n)[0]);
                long[] gas = new long[1];
                double totalMs = metered(wasm, mode, MeterConfig.totalGasOnly(), kernel, n, warmups, runs, gas);
                double perFunctionMs = metered(wasm, mode, MeterConfig.defaults(), kernel, n, warmups, runs, gas);
                System.out.printf("%-11s %-8s %11d %10.1f %10.1f %6.0f%% %12.1f %6.0f%% %14.3g%n",
                        mode, kernel, n, plainMs, totalMs, 100 * (totalMs / plainMs - 1), perFunctionMs,
                        100 * (perFunctionMs / plainMs - 1), gas[0] / (totalMs / 1000));
            }
        }
    }

    private static double metered(
            byte[] wasm, ExecutionMode mode, MeterConfig config, String kernel, int n, int warmups, int runs, long[] gas) {
        WasmLoader loader = new WasmLoader(LoadOptions.compiled().withMode(mode).withMeter(config));
        WasmInstance instance = loader.load(wasm).instantiate(HostImports.none(), ExecutionBudget.withGas(Long.MAX_VALUE));
        long before = instance.budget().gasUsed();
        instance.call(kernel, n);
        gas[0] = instance.budget().gasUsed() - before;
        return Timing.bestMillis(warmups, runs, () -> instance.call(kernel, n)[0]);
    }
}
