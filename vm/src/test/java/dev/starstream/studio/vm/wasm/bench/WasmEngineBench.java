package dev.starstream.studio.vm.wasm.bench;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starstream.studio.vm.wasm.Chicory;
import dev.starstream.studio.vm.wasm.load.ExecutionBudget;
import dev.starstream.studio.vm.wasm.load.HostImports;
import dev.starstream.studio.vm.wasm.load.LoadOptions;
import dev.starstream.studio.vm.wasm.load.WasmInstance;
import dev.starstream.studio.vm.wasm.load.WasmLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Benchmark (run on demand, not a test): the same kernels module, built with our encoder, on
 * Chicory's compiler, Chicory's interpreter and Node.js's V8. Unmetered, so the engines compare
 * like for like; {@link MeteringOverheadBench} measures what metering adds.
 *
 * <pre>./mvnw -B -q -pl vm test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.starstream.studio.vm.wasm.bench.WasmEngineBench</pre>
 */
public final class WasmEngineBench {
    /** Work per kernel for compiled code and V8; the interpreter gets a hundredth. */
    private static final Map<String, Integer> SIZES = Map.of("collatz", 300_000, "sieve", 10_000_000, "mix", 50_000_000);
    private static final int INTERPRETER_DIVISOR = 100;

    private WasmEngineBench() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        byte[] wasm = BenchKernels.module();
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        Path module = dir.resolve("kernels.wasm");
        Files.write(module, wasm);
        Path driver = dir.resolve("driver.mjs");
        Files.writeString(driver, DRIVER, StandardCharsets.UTF_8);

        Instance compiled = Chicory.instantiate(wasm, Chicory.Mode.COMPILED);
        Instance interpreted = Chicory.instantiate(wasm, Chicory.Mode.INTERPRETER);
        JsonNode v8 = runNode(driver, module);
        WasmInstance counter = new WasmLoader(LoadOptions.compiled()).load(wasm)
                .instantiate(HostImports.none(), ExecutionBudget.withGas(Long.MAX_VALUE));

        System.out.printf("%d-byte module, node %s; best of 7 runs after 3 warm-ups (interpreter: 5 after 1)%n",
                wasm.length, node(List.of("--version")).strip());
        System.out.printf("%-8s %11s %12s | %9s %9s %8s | %10s %10s %8s%n", "kernel", "n", "instructions",
                "V8 ms", "comp ms", "comp/V8", "interp n", "interp ms", "int/comp");
        for (String kernel : BenchKernels.NAMES) {
            int n = SIZES.get(kernel);
            int small = n / INTERPRETER_DIVISOR;
            ExportFunction c = compiled.export(kernel);
            ExportFunction i = interpreted.export(kernel);
            double compiledMs = Timing.bestMillis(3, 7, () -> c.apply(n)[0]);
            double interpreterMs = Timing.bestMillis(1, 5, () -> i.apply(small)[0]);
            double v8Ms = v8.get(kernel).get("ms").asDouble();
            String expected = Long.toString(c.apply(n)[0]);
            if (!expected.equals(v8.get(kernel).get("result").asText())) {
                throw new IllegalStateException(kernel + ": V8 computed " + v8.get(kernel).get("result") + ", Chicory " + expected);
            }
            long instructions = instructions(counter, kernel, n);
            long smallInstructions = instructions(counter, kernel, small);
            System.out.printf("%-8s %11d %12.3g | %9.1f %9.1f %7.2fx | %10d %10.1f %7.0fx%n",
                    kernel, n, (double) instructions, v8Ms, compiledMs, compiledMs / v8Ms, small, interpreterMs,
                    (instructions / compiledMs) / (smallInstructions / interpreterMs));
            System.out.printf("%-8s %11s %12s | %9.0f %9.0f %8s | %10s %10.0f %8s  (M instructions/s)%n", "", "", "",
                    instructions / v8Ms / 1e3, instructions / compiledMs / 1e3, "", "",
                    smallInstructions / interpreterMs / 1e3, "");
        }
    }

    /** Executed instructions: the gas the metered module uses. */
    private static long instructions(WasmInstance counter, String kernel, int n) {
        long before = counter.budget().gasUsed();
        counter.call(kernel, n);
        return counter.budget().gasUsed() - before;
    }

    private static JsonNode runNode(Path driver, Path module) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(driver.toString(), module.toString()));
        SIZES.forEach((kernel, n) -> command.add(kernel + ":" + n));
        return new ObjectMapper().readTree(node(command));
    }

    private static String node(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node"));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("node failed: " + output);
        }
        return output;
    }

    private static final String DRIVER = """
            import { readFileSync } from 'node:fs';
            const [, , file, ...specs] = process.argv;
            const { instance } = await WebAssembly.instantiate(readFileSync(file));
            const out = {};
            for (const spec of specs) {
              const [name, n] = spec.split(':');
              const f = instance.exports[name];
              for (let i = 0; i < 3; i++) f(Number(n));
              const times = [];
              let result;
              for (let i = 0; i < 7; i++) {
                const start = process.hrtime.bigint();
                result = f(Number(n));
                times.push(Number(process.hrtime.bigint() - start) / 1e6);
              }
              times.sort((a, b) => a - b);
              out[name] = { ms: times[0], result: result.toString() };
            }
            console.log(JSON.stringify(out));
            """;
}
