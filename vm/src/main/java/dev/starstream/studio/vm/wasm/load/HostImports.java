package dev.starstream.studio.vm.wasm.load;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportGlobal;
import com.dylibso.chicory.runtime.ImportMemory;
import com.dylibso.chicory.runtime.ImportTable;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import dev.starstream.studio.vm.wasm.encode.FuncType;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a host supplies to a module's imports: functions (each optionally charged a fixed amount of
 * gas per call, before it runs), and Chicory globals, memories and tables.
 */
public final class HostImports {
    /** A host function's implementation. Return the results (an empty array when there are none). */
    @FunctionalInterface
    public interface Handler {
        long[] call(WasmInstance caller, long[] args);
    }

    private record Function(String module, String name, FuncType type, long cost, Handler handler) {}

    private final List<Function> functions;
    private final List<ImportGlobal> globals;
    private final List<ImportMemory> memories;
    private final List<ImportTable> tables;

    private HostImports(Builder builder) {
        this.functions = List.copyOf(builder.functions);
        this.globals = List.copyOf(builder.globals);
        this.memories = List.copyOf(builder.memories);
        this.tables = List.copyOf(builder.tables);
    }

    public static HostImports none() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects imports; names are {@code module} and {@code name} as the module's import section says. */
    public static final class Builder {
        private final List<Function> functions = new ArrayList<>();
        private final List<ImportGlobal> globals = new ArrayList<>();
        private final List<ImportMemory> memories = new ArrayList<>();
        private final List<ImportTable> tables = new ArrayList<>();

        private Builder() {}

        public Builder function(String module, String name, FuncType type, Handler handler) {
            return function(module, name, type, 0, handler);
        }

        /** A function that costs {@code cost} gas units per call, charged before the handler runs. */
        public Builder function(String module, String name, FuncType type, long cost, Handler handler) {
            if (cost < 0) {
                throw new IllegalArgumentException("negative cost for " + module + "." + name);
            }
            functions.add(new Function(module, name, type, cost, handler));
            return this;
        }

        public Builder global(ImportGlobal global) {
            globals.add(global);
            return this;
        }

        public Builder memory(ImportMemory memory) {
            memories.add(memory);
            return this;
        }

        public Builder table(ImportTable table) {
            tables.add(table);
            return this;
        }

        public HostImports build() {
            return new HostImports(this);
        }
    }

    /** Chicory's import values, bound to the instance being built and the budget it runs under. */
    ImportValues toChicory(Supplier<WasmInstance> caller, ExecutionBudget budget) {
        ImportValues.Builder values = ImportValues.builder();
        for (Function f : functions) {
            String what = "host call " + f.module() + "." + f.name();
            values.addFunction(new HostFunction(f.module(), f.name(), chicoryType(f.type()), (instance, args) -> {
                if (f.cost() > 0) {
                    budget.charge(f.cost(), what);
                }
                long[] results = f.handler().call(caller.get(), args);
                return results;
            }));
        }
        globals.forEach(values::addGlobal);
        memories.forEach(values::addMemory);
        tables.forEach(values::addTable);
        return values.build();
    }

    static FunctionType chicoryType(FuncType type) {
        return FunctionType.of(
                type.params().stream().map(HostImports::chicoryType).toList(),
                type.results().stream().map(HostImports::chicoryType).toList());
    }

    private static ValType chicoryType(dev.starstream.studio.vm.wasm.encode.ValType type) {
        return switch (type) {
            case I32 -> ValType.I32;
            case I64 -> ValType.I64;
            case F32 -> ValType.F32;
            case F64 -> ValType.F64;
            case FUNCREF -> ValType.FuncRef;
            case EXTERNREF -> ValType.ExternRef;
        };
    }
}
