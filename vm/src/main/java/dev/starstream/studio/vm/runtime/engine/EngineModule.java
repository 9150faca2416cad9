package dev.starstream.studio.vm.runtime.engine;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import dev.starstream.studio.vm.wasm.encode.ValType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A module loaded once (validated, and in {@link EngineMode#COMPILED} mode translated to JVM bytecode)
 * and instantiated once per process. Thread-safe: instances share nothing but the compiled code.
 */
public final class EngineModule {
    private final WasmModule module;
    private final EngineMode mode;
    private final @Nullable Function<Instance, Machine> machines;
    private final List<ImportSpec> imports;
    private final Set<String> functionExports;
    private final Set<String> globalExports;

    private EngineModule(WasmModule module, EngineMode mode, @Nullable Function<Instance, Machine> machines) {
        this.module = module;
        this.mode = mode;
        this.machines = machines;
        this.imports = functionImports(module);
        Set<String> functions = new HashSet<>();
        Set<String> globals = new HashSet<>();
        for (int i = 0; i < module.exportSection().exportCount(); i++) {
            var export = module.exportSection().getExport(i);
            if (export.exportType() == ExternalType.FUNCTION) {
                functions.add(export.name());
            } else if (export.exportType() == ExternalType.GLOBAL) {
                globals.add(export.name());
            }
        }
        this.functionExports = Set.copyOf(functions);
        this.globalExports = Set.copyOf(globals);
    }

    /** Validates and prepares {@code bytes}; {@link EngineException} {@code InvalidModule} when they are not a module. */
    public static EngineModule load(byte[] bytes, EngineMode mode) {
        WasmModule module;
        try {
            module = Parser.parse(bytes);
        } catch (RuntimeException | StackOverflowError e) { // Chicory's parser and validator on hostile input
            throw new EngineException("InvalidModule", "invalid module: " + message(e), e);
        }
        Function<Instance, Machine> machines = null;
        EngineMode actual = mode;
        if (mode == EngineMode.COMPILED) {
            try {
                machines = MachineFactoryCompiler.builder(module)
                        .withInterpreterFallback(InterpreterFallback.SILENT)
                        .compile();
            } catch (RuntimeException | LinkageError e) { // class-format and verify errors: interpret instead
                actual = EngineMode.INTERPRETER;
            }
        }
        return new EngineModule(module, actual, machines);
    }

    public EngineMode mode() {
        return mode;
    }

    /** The functions the module imports, in import order. */
    public List<ImportSpec> imports() {
        return imports;
    }

    public boolean exportsFunction(String name) {
        return functionExports.contains(name);
    }

    public boolean exportsGlobal(String name) {
        return globalExports.contains(name);
    }

    /**
     * A fresh instance whose imports are {@code bindings} (keyed by {@link #key}); every function import
     * must be bound. The start function, if any, runs now.
     */
    public EngineInstance instantiate(Map<String, HostCall> bindings, GasMeter gas) {
        ImportValues.Builder values = ImportValues.builder();
        for (ImportSpec spec : imports) {
            HostCall call = bindings.get(key(spec.module(), spec.name()));
            if (call == null) {
                throw new EngineException("LinkError", "the module imports " + spec + ", which the Starstream host does not provide");
            }
            values.addFunction(new HostFunction(spec.module(), spec.name(), chicoryType(spec),
                    (instance, args) -> call.call(args)));
        }
        Instance.Builder builder = Instance.builder(module).withImportValues(values.build());
        if (machines != null) {
            builder.withMachineFactory(machines);
        }
        try {
            return new EngineInstance(this, builder.build());
        } catch (EngineException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | LinkageError e) { // instantiation, start function
            throw EngineInstance.translate(e);
        }
    }

    /** The binding key of an import. */
    public static String key(String module, String name) {
        return module + "\u0000" + name;
    }

    private static List<ImportSpec> functionImports(WasmModule module) {
        List<ImportSpec> out = new ArrayList<>();
        for (int i = 0; i < module.importSection().importCount(); i++) {
            Import imp = module.importSection().getImport(i);
            if (imp instanceof FunctionImport f) {
                FunctionType type = module.typeSection().getType(f.typeIndex());
                out.add(new ImportSpec(f.module(), f.name(), ours(type.params()), ours(type.returns())));
            }
        }
        return List.copyOf(out);
    }

    private static List<ValType> ours(List<com.dylibso.chicory.wasm.types.ValType> types) {
        List<ValType> out = new ArrayList<>();
        for (var t : types) {
            if (t.equals(com.dylibso.chicory.wasm.types.ValType.I32)) {
                out.add(ValType.I32);
            } else if (t.equals(com.dylibso.chicory.wasm.types.ValType.I64)) {
                out.add(ValType.I64);
            } else if (t.equals(com.dylibso.chicory.wasm.types.ValType.F32)) {
                out.add(ValType.F32);
            } else if (t.equals(com.dylibso.chicory.wasm.types.ValType.F64)) {
                out.add(ValType.F64);
            } else if (t.equals(com.dylibso.chicory.wasm.types.ValType.FuncRef)) {
                out.add(ValType.FUNCREF);
            } else {
                out.add(ValType.EXTERNREF);
            }
        }
        return out;
    }

    private static FunctionType chicoryType(ImportSpec spec) {
        return FunctionType.of(spec.params().stream().map(EngineModule::chicory).toList(),
                spec.results().stream().map(EngineModule::chicory).toList());
    }

    private static com.dylibso.chicory.wasm.types.ValType chicory(ValType type) {
        return switch (type) {
            case I32 -> com.dylibso.chicory.wasm.types.ValType.I32;
            case I64 -> com.dylibso.chicory.wasm.types.ValType.I64;
            case F32 -> com.dylibso.chicory.wasm.types.ValType.F32;
            case F64 -> com.dylibso.chicory.wasm.types.ValType.F64;
            case FUNCREF -> com.dylibso.chicory.wasm.types.ValType.FuncRef;
            case EXTERNREF -> com.dylibso.chicory.wasm.types.ValType.ExternRef;
        };
    }

    static String message(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
