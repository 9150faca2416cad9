package dev.starstream.studio.vm.wasm.codegen.emit;

import dev.starstream.studio.vm.wasm.encode.FuncType;
import dev.starstream.studio.vm.wasm.encode.Ids.FunctionId;
import dev.starstream.studio.vm.wasm.encode.ModuleBuilder;
import dev.starstream.studio.vm.wasm.encode.ValType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The host functions a module imports (docs/design/vm-abi.md §4). Imports must precede every defined
 * function in wasm's index space, so the code generator first {@linkplain #require requires} every
 * import the contract needs (in a deterministic walk), then {@linkplain #declare declares} them all,
 * then looks them up while writing bodies.
 */
public final class Imports {
    public static final String TRAP_MODULE = "starstream:std/trap";
    public static final String DEBUG_MODULE = "starstream:debug";
    public static final String COROUTINE_MODULE = "starstream:std/coroutine";
    public static final String HANDLERS_MODULE = "starstream:std/handlers";
    public static final String BUILTIN_MODULE = "starstream:std/builtin";

    /** An import: module, field and signature. */
    public record Key(String module, String field) {}

    private final Map<Key, FuncType> required = new LinkedHashMap<>();
    private final Map<Key, FunctionId> declared = new LinkedHashMap<>();

    /** Notes that the module imports {@code module}/{@code field} with {@code type}. */
    public void require(String module, String field, FuncType type) {
        Key key = new Key(module, field);
        FuncType before = required.putIfAbsent(key, type);
        if (before != null && !before.equals(type)) {
            throw new IllegalStateException("import " + module + " " + field + " used with two signatures: " + before
                    + " and " + type);
        }
    }

    public void require(String module, String field, List<ValType> params, List<ValType> results) {
        require(module, field, FuncType.of(params, results));
    }

    /** Declares every required import, in the order first required. */
    public void declare(ModuleBuilder module) {
        required.forEach((key, type) -> declared.put(key, module.importFunction(key.module(), key.field(), type)));
    }

    public FunctionId get(String module, String field) {
        FunctionId id = declared.get(new Key(module, field));
        if (id == null) {
            throw new IllegalStateException("import " + module + " " + field + " was not required before use");
        }
        return id;
    }

    public boolean has(String module, String field) {
        return declared.containsKey(new Key(module, field));
    }

    /** The imports in declaration order. */
    public Map<Key, FuncType> all() {
        return java.util.Collections.unmodifiableMap(required);
    }
}
