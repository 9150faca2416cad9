package dev.starstream.studio.vm.wasm.codegen;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.starstream.studio.vm.wasm.codegen.emit.TrapReason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Test support: plain host functions for compiled modules run without the runtime. {@code trap}
 * throws {@link Trapped}; {@link #run} turns a call into text ("1 2" for results, "trap OVERFLOW").
 */
public final class HostStubs {
    private final List<ImportFunction> functions = new ArrayList<>();

    /** Thrown by the trap import. */
    public static final class Trapped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final TrapReason reason;

        Trapped(TrapReason reason) {
            super("trap " + reason, null, false, false);
            this.reason = reason;
        }

        public TrapReason reason() {
            return reason;
        }
    }

    public HostStubs() {
        functions.add(new HostFunction("starstream:std/trap", "trap", FunctionType.of(List.of(ValType.I32), List.of()),
                (instance, args) -> {
                    throw new Trapped(TrapReason.ofCode((int) args[0]).orElseThrow());
                }));
    }

    public HostStubs add(ImportFunction function) {
        functions.add(function);
        return this;
    }

    public ImportValues imports() {
        return ImportValues.builder().withFunctions(functions).build();
    }

    /**
     * Adds a host function answering zeros for every function import of {@code module} that is not
     * provided yet (so any compiled module can be instantiated and its pure exports called).
     */
    public HostStubs answerZerosFor(com.dylibso.chicory.wasm.WasmModule module) {
        module.importSection().stream().forEach(i -> {
            if (i instanceof com.dylibso.chicory.wasm.types.FunctionImport f && functions.stream()
                    .noneMatch(h -> h.module().equals(f.module()) && h.name().equals(f.name()))) {
                FunctionType type = module.typeSection().getType(f.typeIndex());
                functions.add(new HostFunction(f.module(), f.name(), type, (instance, args) -> {
                    long[] zeros = new long[type.returns().size()];
                    return zeros;
                }));
            }
        });
        return this;
    }

    /** Runs a call; the results as space-separated numbers, or {@code "trap <REASON>"}. */
    public String run(Supplier<long[]> call) {
        try {
            long[] results = call.get();
            return results == null ? "" : String.join(" ", Arrays.stream(results).mapToObj(Long::toString).toList());
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Trapped trapped) {
                    return "trap " + trapped.reason();
                }
            }
            throw e;
        }
    }
}
