package dev.starstream.studio.vm.wasm.codegen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import com.dylibso.chicory.runtime.Instance;
import dev.starstream.studio.vm.lang.check.CheckedModule;
import dev.starstream.studio.vm.lang.check.FunctionInfo;
import dev.starstream.studio.vm.lang.check.ModuleChecker;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.runtime.values.Value;
import dev.starstream.studio.vm.runtime.values.ValueCodec;
import dev.starstream.studio.vm.wasm.Chicory;
import dev.starstream.studio.vm.wasm.codegen.ContractCompiler;
import dev.starstream.studio.vm.wasm.codegen.HostStubs;
import dev.starstream.studio.vm.wasm.codegen.lower.Lowering;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Differential testing: 10,000 generated functions ({@link DiffPrograms}), each compiled and run on
 * Chicory with random arguments, must give exactly what the {@link ReferenceEvaluator} computes from
 * the checker's typed AST — the same value (decoded from the result slots) or the same trap.
 * Functions are packed 250 to a module; the interpreter runs them all, the compiler a sample.
 */
class DifferentialTest {
    private static final int MODULES = 40;
    private static final int PER_MODULE = 250;

    @Test
    void compiledCodeAgreesWithTheReferenceEvaluatorOnTenThousandGeneratedFunctions() {
        Map<String, Integer> outcomes = new TreeMap<>();
        int runs = 0;
        for (int m = 0; m < MODULES; m++) {
            runs += module(m, m % 20 == 0 ? Chicory.Mode.COMPILED : Chicory.Mode.INTERPRETER, outcomes);
        }
        assertThat(runs).isGreaterThanOrEqualTo(MODULES * PER_MODULE);
        assertThat(outcomes).containsKeys("value", "trap OVERFLOW", "trap DIVISION_BY_ZERO");
        assertThat(outcomes.get("value")).isGreaterThan(runs / 4);
    }

    private int module(int index, Chicory.Mode mode, Map<String, Integer> outcomes) {
        DiffPrograms generator = new DiffPrograms(1000 + index);
        String text = generator.module(index * PER_MODULE, PER_MODULE);
        CheckedModule checked = ModuleChecker.checkSingleFile("diff" + index + ".star", text);
        assertThat(checked.allDiagnostics()).as("generated module %d: %s", index, checked.allDiagnostics().stream()
                        .map(d -> checked.typed().file().lineText(d.location().start().line())).toList())
                .extracting(Diagnostic::toString).isEmpty();
        byte[] release = new ContractCompiler().release(Lowering.lower("diff" + index, List.of(checked.typed())));
        HostStubs host = new HostStubs();
        Instance instance = Chicory.instantiate(release, mode, host.imports());
        ReferenceEvaluator oracle = new ReferenceEvaluator(checked.typed());
        Map<String, FunctionInfo> byName = new HashMap<>();
        checked.typed().functions().forEach(f -> byName.put(f.name(), f));
        Random random = new Random(index);
        int runs = 0;
        for (DiffPrograms.Fn fn : generator.functions()) {
            FunctionInfo info = byName.get(fn.name());
            Type result = info.signature().result();
            for (int round = 0; round < (mode == Chicory.Mode.COMPILED ? 3 : 1); round++) {
                List<Value> args = new ArrayList<>();
                for (DiffPrograms.Shape p : fn.params()) {
                    args.add(argument(p, random));
                }
                String expected;
                try {
                    expected = show(oracle.call(info, args));
                } catch (ReferenceEvaluator.Trap t) {
                    expected = "trap " + t.reason;
                }
                String actual = host.run(() -> instance.export(fn.name()).apply(ValueCodec.toSlots(args)));
                if (!actual.startsWith("trap")) {
                    long[] slots = actual.isEmpty() ? new long[0]
                            : java.util.Arrays.stream(actual.split(" ")).mapToLong(Long::parseLong).toArray();
                    actual = show(ValueCodec.fromSlots(result, slots));
                }
                assertThat(actual).as("%s%s in %s mode\n%s", fn.name(), args, mode, source(text, fn.name())).isEqualTo(expected);
                outcomes.merge(expected.startsWith("trap") ? expected : "value", 1, Integer::sum);
                runs++;
            }
        }
        return runs;
    }

    private static String show(Value v) {
        return v.toString();
    }

    private static String source(String text, String fn) {
        int start = text.indexOf("script fn " + fn + "(");
        int end = text.indexOf("\n}\n", start);
        return text.substring(start, end + 2);
    }

    private static Value argument(DiffPrograms.Shape shape, Random random) {
        if (shape == DiffPrograms.Shape.BOOL) {
            return Value.Bool.of(random.nextBoolean());
        }
        IntKind kind = shape.kind();
        long bits = switch (random.nextInt(4)) {
            case 0 -> random.nextLong();
            case 1 -> kind.signed() ? random.nextInt(21) - 10 : random.nextInt(11);
            case 2 -> kind.max().longValue() - random.nextInt(3);
            default -> random.nextInt(100);
        };
        return Value.Int.of(kind, bits);
    }
}
