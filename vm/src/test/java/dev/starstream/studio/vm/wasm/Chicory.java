package dev.starstream.studio.vm.wasm;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;

/** Test support: parse (with validation) and instantiate modules directly on Chicory in either mode. */
public final class Chicory {
    /** The two ways Chicory runs a module. */
    public enum Mode {
        INTERPRETER,
        COMPILED
    }

    private Chicory() {}

    public static WasmModule parse(byte[] wasm) {
        return Parser.parse(wasm);
    }

    public static Instance instantiate(byte[] wasm, Mode mode) {
        return instantiate(wasm, mode, ImportValues.empty());
    }

    public static Instance instantiate(byte[] wasm, Mode mode, ImportValues imports) {
        WasmModule module = parse(wasm);
        Instance.Builder builder = Instance.builder(module).withImportValues(imports);
        if (mode == Mode.COMPILED) {
            builder.withMachineFactory(MachineFactoryCompiler.builder(module)
                    .withInterpreterFallback(InterpreterFallback.FAIL)
                    .compile());
        }
        return builder.build();
    }

    public static long[] call(byte[] wasm, Mode mode, String export, long... args) {
        return instantiate(wasm, mode).export(export).apply(args);
    }
}
