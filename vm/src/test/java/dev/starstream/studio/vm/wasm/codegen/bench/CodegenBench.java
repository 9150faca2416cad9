package dev.starstream.studio.vm.wasm.codegen.bench;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starstream.studio.vm.lang.check.CheckedModule;
import dev.starstream.studio.vm.lang.check.ModuleChecker;
import dev.starstream.studio.vm.lang.testing.RealisticPrograms;
import dev.starstream.studio.vm.wasm.Chicory;
import dev.starstream.studio.vm.wasm.codegen.CompiledContract;
import dev.starstream.studio.vm.wasm.codegen.ContractCompiler;
import dev.starstream.studio.vm.wasm.codegen.HostStubs;
import dev.starstream.studio.vm.wasm.codegen.SourceCompiler;
import dev.starstream.studio.vm.wasm.codegen.ir.IrContract;
import dev.starstream.studio.vm.wasm.codegen.lower.Lowering;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * Benchmark of the code generator (run on demand, not a test; numbers go to docs/STATUS.md):
 * <ol>
 *   <li>compile time of a large generated contract (checker, lowering, both builds), warm JVM;</li>
 *   <li>{@code src/test/resources/bench/compute.star} (Collatz, a rolling hash, an enum interpreter,
 *       all checked arithmetic) compiled by us, run on Chicory's compiler and interpreter and on
 *       Node.js's V8 with the same module bytes.</li>
 * </ol>
 *
 * <pre>./mvnw -B -q -pl vm test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=dev.starstream.studio.vm.wasm.codegen.bench.CodegenBench</pre>
 */
public final class CodegenBench {
    private static final long[][] WORK = {{300_000}, {20_000_000}, {10_000_000}};
    private static final String[] SCRIPTS = {"collatz", "rolling-hash", "interpret"};

    private CodegenBench() {}

    public static void main(String[] args) throws IOException, InterruptedException {
        compileTime(args.length > 0 ? Integer.parseInt(args[0]) : 5_000);
        compute();
    }

    private static void compileTime(int lines) {
        String text = new RealisticPrograms(42).contract(lines);
        double[] check = new double[15];
        double[] lower = new double[15];
        double[] generate = new double[15];
        int bytes = 0;
        for (int round = 0; round < 20; round++) {
            long t0 = System.nanoTime();
            CheckedModule m = ModuleChecker.checkSingleFile("big.star", text);
            long t1 = System.nanoTime();
            IrContract ir = Lowering.lower("big", List.of(m.typed()));
            long t2 = System.nanoTime();
            CompiledContract c = new ContractCompiler().compile(ir);
            long t3 = System.nanoTime();
            bytes = c.release().length;
            if (round >= 5) {
                check[round - 5] = (t1 - t0) / 1e6;
                lower[round - 5] = (t2 - t1) / 1e6;
                generate[round - 5] = (t3 - t2) / 1e6;
            }
        }
        System.out.printf("compile a %d-line contract (%d-byte release module), median of 15 after 5 warm-ups:%n",
                RealisticPrograms.count(text), bytes);
        System.out.printf("  check %.1f ms, lower %.1f ms, generate both builds %.1f ms%n", median(check), median(lower),
                median(generate));
    }

    private static void compute() throws IOException, InterruptedException {
        String source;
        try (var in = CodegenBench.class.getResourceAsStream("/bench/compute.star")) {
            source = new String(java.util.Objects.requireNonNull(in, "bench/compute.star").readAllBytes(), StandardCharsets.UTF_8);
        }
        SourceCompiler.Result result = new SourceCompiler().compile("compute.star", source);
        if (!(result instanceof SourceCompiler.Result.Compiled compiled)) {
            throw new IllegalStateException("compute.star: " + result.diagnostics());
        }
        byte[] wasm = compiled.contract().release();
        Path dir = Files.createDirectories(Path.of("target", "bench"));
        Path module = dir.resolve("compute.wasm");
        Files.write(module, wasm);
        Path driver = dir.resolve("compute-driver.mjs");
        Files.writeString(driver, DRIVER, StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>(List.of("node", driver.toString(), module.toString()));
        for (int k = 0; k < SCRIPTS.length; k++) {
            command.add(SCRIPTS[k] + ":" + WORK[k][0]);
        }
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("node failed: " + out);
        }
        JsonNode v8 = new ObjectMapper().readTree(out);
        Instance comp = Chicory.instantiate(wasm, Chicory.Mode.COMPILED, new HostStubs().imports());
        Instance interp = Chicory.instantiate(wasm, Chicory.Mode.INTERPRETER, new HostStubs().imports());
        System.out.printf("compute.star (%d-byte module) on V8 (node), Chicory compiled, Chicory interpreter (n/100):%n",
                wasm.length);
        for (int k = 0; k < SCRIPTS.length; k++) {
            long n = WORK[k][0];
            ExportFunction c = comp.export(SCRIPTS[k]);
            ExportFunction i = interp.export(SCRIPTS[k]);
            double compiledMs = bestMillis(3, 7, () -> c.apply(n)[0]);
            double interpMs = bestMillis(1, 3, () -> i.apply(n / 100)[0]);
            double v8Ms = v8.get(SCRIPTS[k]).get("ms").asDouble();
            String expected = Long.toUnsignedString(c.apply(n)[0]);
            if (!expected.equals(v8.get(SCRIPTS[k]).get("result").asText())) {
                throw new IllegalStateException(SCRIPTS[k] + ": V8 " + v8.get(SCRIPTS[k]).get("result") + ", Chicory " + expected);
            }
            System.out.printf("  %-13s n=%-10d V8 %8.1f ms | compiled %8.1f ms (%.2fx V8) | interpreter %8.1f ms for n/100 (%.0fx compiled)%n",
                    SCRIPTS[k], n, v8Ms, compiledMs, compiledMs / v8Ms, interpMs, interpMs * 100 / compiledMs);
        }
    }

    private static double bestMillis(int warmups, int runs, LongSupplier work) {
        long sink = 0;
        for (int i = 0; i < warmups; i++) {
            sink += work.getAsLong();
        }
        double best = Double.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            sink += work.getAsLong();
            best = Math.min(best, (System.nanoTime() - t0) / 1e6);
        }
        if (sink == 42) {
            System.out.print("");
        }
        return best;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Node driver: imports answer nothing (the trap import throws), best of 7 after 3 warm-ups. */
    private static final String DRIVER = """
            import { readFileSync } from 'node:fs';
            const [, , file, ...specs] = process.argv;
            const mod = new WebAssembly.Module(readFileSync(file));
            const imports = {};
            for (const imp of WebAssembly.Module.imports(mod)) {
              imports[imp.module] ??= {};
              imports[imp.module][imp.name] = imp.name === 'trap' ? (r) => { throw new Error('trap ' + r); } : () => 0;
            }
            const instance = new WebAssembly.Instance(mod, imports);
            const out = {};
            for (const spec of specs) {
              const [name, n] = spec.split(':');
              const f = instance.exports[name];
              for (let i = 0; i < 3; i++) f(BigInt(n));
              const times = [];
              let result;
              for (let i = 0; i < 7; i++) {
                const start = process.hrtime.bigint();
                result = f(BigInt(n));
                times.push(Number(process.hrtime.bigint() - start) / 1e6);
              }
              times.sort((a, b) => a - b);
              out[name] = { ms: times[0], result: BigInt.asUintN(64, result).toString() };
            }
            console.log(JSON.stringify(out));
            """;
}
