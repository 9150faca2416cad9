package dev.starstream.studio.vm.runtime.engine;

import dev.starstream.studio.vm.wasm.encode.ValType;
import java.util.List;

/** A function a module imports: its module and field names and its signature. */
public record ImportSpec(String module, String name, List<ValType> params, List<ValType> results) {
    public ImportSpec {
        params = List.copyOf(params);
        results = List.copyOf(results);
    }

    @Override
    public String toString() {
        return module + "." + name;
    }
}
