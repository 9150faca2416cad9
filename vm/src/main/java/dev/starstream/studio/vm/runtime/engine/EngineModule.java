package dev.starstream.studio.vm.runtime.engine;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.FunctionImport;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.Import;
import dev.starstream.studio.vm.wasm.WasmException;
import dev.starstream.studio.vm.wasm.encode.FuncType;
import dev.starstream.studio.vm.wasm.encode.ValType;
import dev.starstream.studio.vm.wasm.load.ExecutionMode;
import dev.starstream.studio.vm.wasm.load.HostImports;
import dev.starstream.studio.vm.wasm.load.LoadOptions;
import dev.starstream.studio.vm.wasm.load.LoadedModule;
import dev.starstream.studio.vm.wasm.load.WasmLoader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A module loaded once through the safe loader ({@code vm.wasm.load}: caps, validation, gas
 * metering, a call-depth counter, and in {@link EngineMode#COMPILED} mode translation to JVM bytecode)
 * and instantiated once per process. Thread-safe: instances share nothing but the compiled code.
 */
public final class EngineModule {
    private final LoadedModule loaded;
    private final List<ImportSpec> imports;
    private final Set<String> globalExports;

    private EngineModule(LoadedModule loaded, WasmModule parsed) {
        this.loaded = loaded;
        this.imports = functionImports(parsed);
        Set<String> globals = new HashSet<>();
        for (int i = 0; i < parsed.exportSection().exportCount(); i++) {
            var export = parsed.exportSection().getExport(i);
            if (export.exportType() == ExternalType.GLOBAL) {
                globals.add(export.name());
            }
        }
        this.globalExports = Set.copyOf(globals);
    }

    /** The import module of the debug hooks (docs/design/vm-abi.md §8). */
    public static final String DEBUG_HOOKS = "starstream:debug";

    /** Validates, meters and prepares {@code bytes}; {@link EngineException} {@code InvalidModule} when they are not a module. */
    public static EngineModule load(byte[] bytes, EngineMode mode) {
        return load(bytes, mode, false);
    }

    /**
     * Like {@link #load(byte[], EngineMode)}; for a {@code debugBuild} the calls of {@code starstream:debug}
     * hooks and the instructions pushing their arguments are not charged, so that a debug build uses
     * exactly the gas of its release build (RUNTIME A.9 P2). Elsewhere (a release build, a foreign module)
     * such calls are charged like any other instruction.
     */
    public static EngineModule load(byte[] bytes, EngineMode mode, boolean debugBuild) {
        LoadOptions options = mode == EngineMode.COMPILED ? LoadOptions.compiled() : LoadOptions.interpreter();
        if (debugBuild) {
            options = options.withMeter(options.meter().withFreeHooks(java.util.Set.of(DEBUG_HOOKS)));
        }
        try {
            LoadedModule loaded = new WasmLoader(options).load(bytes);
            return new EngineModule(loaded, Parser.parse(bytes));
        } catch (WasmException e) {
            throw new EngineException("InvalidModule", e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) { // the loader validated the bytes; this is defensive
            throw new EngineException("InvalidModule", "invalid module: " + e, e);
        }
    }

    public EngineMode mode() {
        return loaded.mode() == ExecutionMode.COMPILED ? EngineMode.COMPILED : EngineMode.INTERPRETER;
    }

    /** The functions the module imports, in import order. */
    public List<ImportSpec> imports() {
        return imports;
    }

    public boolean exportsFunction(String name) {
        return loaded.exportedFunctions().contains(name);
    }

    public boolean exportsGlobal(String name) {
        return globalExports.contains(name);
    }

    /**
     * A fresh instance whose imports are {@code bindings} (keyed by {@link #key}), running under
     * {@code gas}; every function import must be bound. The start function, if any, runs now.
     */
    public EngineInstance instantiate(Map<String, HostCall> bindings, GasMeter gas) {
        HostImports.Builder builder = HostImports.builder();
        for (ImportSpec spec : imports) {
            HostCall call = bindings.get(key(spec.module(), spec.name()));
            if (call == null) {
                throw new EngineException("LinkError", "the module imports " + spec + ", which the Starstream host does not provide");
            }
            builder.function(spec.module(), spec.name(), FuncType.of(spec.params(), spec.results()),
                    (caller, args) -> call.call(args));
        }
        try {
            return new EngineInstance(this, loaded.instantiate(builder.build(), gas.budget()));
        } catch (WasmException e) {
            throw EngineInstance.translate(e);
        }
    }

    LoadedModule loaded() {
        return loaded;
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
}
