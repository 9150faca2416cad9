package dev.starstream.studio.vm.wasm.load;

import static dev.starstream.studio.vm.wasm.encode.ValType.FUNCREF;
import static dev.starstream.studio.vm.wasm.encode.ValType.I32;
import static dev.starstream.studio.vm.wasm.encode.ValType.I64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.starstream.studio.vm.wasm.RandomPrograms;
import dev.starstream.studio.vm.wasm.WasmException;
import dev.starstream.studio.vm.wasm.encode.ConstExpr;
import dev.starstream.studio.vm.wasm.encode.FuncType;
import dev.starstream.studio.vm.wasm.encode.Ids.FunctionId;
import dev.starstream.studio.vm.wasm.encode.Limits;
import dev.starstream.studio.vm.wasm.encode.MemOp;
import dev.starstream.studio.vm.wasm.encode.ModuleBuilder;
import dev.starstream.studio.vm.wasm.encode.Op;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Random and mutated module bytes handed to the loader: each yields a running module or a
 * {@link WasmException} with a message, never anything else. Seeded and bounded for CI.
 */
class LoaderFuzzTest {
    private static final byte[] HEADER = {0, 'a', 's', 'm', 1, 0, 0, 0};
    /** Mutants per run; raise it for a longer hunt: {@code -Dstudio.fuzz.iterations=200000}. */
    private static final int ITERATIONS = Integer.getInteger("studio.fuzz.iterations", 4_000);

    private enum Outcome {
        RAN,
        REFUSED,
        FAILED_AT_RUN_TIME
    }

    @Test
    void mutatedModulesAreRunOrRefusedNeverCrashTheHost() {
        List<byte[]> corpus = corpus();
        SplittableRandom random = new SplittableRandom(20_261_122);
        WasmLoader loader = new WasmLoader(LoadOptions.interpreter());
        int[] outcomes = new int[Outcome.values().length];
        for (int i = 0; i < ITERATIONS; i++) {
            byte[] input = mutate(corpus.get(random.nextInt(corpus.size())), random);
            outcomes[exercise(loader, input, i).ordinal()]++;
        }
        assertThat(outcomes[Outcome.RAN.ordinal()]).as("some mutants still run").isPositive();
        assertThat(outcomes[Outcome.REFUSED.ordinal()]).as("most mutants are refused").isGreaterThan(ITERATIONS / 4);
    }

    @Test
    void randomBytesAfterAValidHeaderAreRefusedOrRun() {
        SplittableRandom random = new SplittableRandom(7);
        WasmLoader loader = new WasmLoader(LoadOptions.interpreter());
        for (int i = 0; i < 3_000; i++) {
            byte[] tail = new byte[random.nextInt(64)];
            random.nextBytes(tail);
            byte[] input = concat(HEADER, tail);
            if (random.nextBoolean() && tail.length > 2) {
                input[8] = (byte) random.nextInt(14); // a plausible section id
            }
            exercise(loader, input, i);
        }
    }

    @Test
    void compiledModeSurvivesMutantsToo() {
        List<byte[]> corpus = corpus();
        SplittableRandom random = new SplittableRandom(99);
        WasmLoader loader = new WasmLoader(LoadOptions.compiled());
        for (int i = 0; i < 60; i++) {
            exercise(loader, mutate(corpus.get(random.nextInt(corpus.size())), random), i);
        }
    }

    private static Outcome exercise(WasmLoader loader, byte[] input, int attempt) {
        try {
            LoadedModule module = loader.load(input);
            HostImports imports = HostImports.builder()
                    .function("env", "log", FuncType.accepting(I32), 10, (caller, args) -> new long[0])
                    .build();
            WasmInstance instance = module.instantiate(imports, new ExecutionBudget(20_000, 200));
            for (String export : module.exportedFunctions()) {
                int params = instance.chicory().exportType(export).params().size();
                try {
                    instance.call(export, new long[params]);
                } catch (WasmException e) {
                    assertThat(e.getMessage()).isNotBlank();
                    return Outcome.FAILED_AT_RUN_TIME;
                }
            }
            return Outcome.RAN;
        } catch (WasmException e) {
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.reason()).isNotBlank();
            return Outcome.REFUSED;
        } catch (Throwable e) {
            return fail("input " + attempt + " (" + HexFormat.of().formatHex(input) + ") escaped as " + e, e);
        }
    }

    private static List<byte[]> corpus() {
        List<byte[]> corpus = new ArrayList<>();
        for (long seed = 0; seed < 8; seed++) {
            corpus.add(RandomPrograms.generate(seed));
        }
        ModuleBuilder m = new ModuleBuilder();
        FunctionId log = m.importFunction("env", "log", FuncType.accepting(I32));
        var memory = m.memory(Limits.between(1, 2));
        var table = m.table(FUNCREF, Limits.atLeast(2));
        var g = m.global("g", I64, true, ConstExpr.i64(3));
        m.activeData(memory, ConstExpr.i32(4), new byte[] {1, 2, 3, 4});
        FunctionId id = m.function("id", FuncType.of(List.of(I64), List.of(I64)), c -> c.localGet(c.param(0)));
        m.activeElements(table, ConstExpr.i32(0), List.of(id));
        m.exportFunction("run", m.function("run", FuncType.returning(I64), c -> c
                .i32Const(4).memory(MemOp.I64_LOAD, 0).globalGet(g).op(Op.I64_ADD)
                .i32Const(0).callIndirect(FuncType.of(List.of(I64), List.of(I64)), table)
                .i32Const(1).call(log)));
        m.exportMemory("memory", memory);
        corpus.add(m.build());
        ModuleBuilder noImports = new ModuleBuilder();
        noImports.exportFunction("f", noImports.function("f", FuncType.returning(I32), c -> c.i32Const(42)));
        corpus.add(noImports.build());
        return corpus;
    }

    private static byte[] mutate(byte[] original, SplittableRandom random) {
        byte[] bytes = original.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && bytes.length > 0; e++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(7)) {
                case 0 -> bytes[at] ^= (byte) (1 << random.nextInt(8));
                case 1 -> bytes[at] = (byte) new int[] {0x00, 0x01, 0x40, 0x7F, 0x80, 0xFF}[random.nextInt(6)];
                case 2 -> bytes = splice(bytes, at, 0, randomBytes(random, 1 + random.nextInt(4)));
                case 3 -> bytes = splice(bytes, at, Math.min(bytes.length - at, 1 + random.nextInt(8)), new byte[0]);
                case 4 -> bytes = splice(bytes, at, 1, new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F});
                case 5 -> bytes = Arrays.copyOf(bytes, at);
                default -> {
                    int length = Math.min(bytes.length - at, 1 + random.nextInt(16));
                    bytes = splice(bytes, random.nextInt(bytes.length), 0, Arrays.copyOfRange(bytes, at, at + length));
                }
            }
        }
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }

    private static byte[] randomBytes(SplittableRandom random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
