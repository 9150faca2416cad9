package dev.starstream.studio.vm.wasm.load;

import com.dylibso.chicory.compiler.InterpreterFallback;
import com.dylibso.chicory.compiler.MachineFactoryCompiler;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import dev.starstream.studio.vm.wasm.InvalidModuleException;
import dev.starstream.studio.vm.wasm.meter.MeteredModule;
import dev.starstream.studio.vm.wasm.meter.Metering;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The safe way from bytes to running code: caps are checked before anything is allocated, Chicory
 * validates, the metering pass instruments, and in compiled mode Chicory's compiler translates (with
 * its interpreter for functions too large for the JVM, and the interpreter for the whole module if
 * the generated classes fail to load). Anything wrong with the bytes is an {@link
 * InvalidModuleException} with a readable message; no input crashes the JVM.
 */
public final class WasmLoader {
    private final LoadOptions options;
    private final CapsCheck caps;

    public WasmLoader(LoadOptions options) {
        this.options = options;
        this.caps = new CapsCheck(options.caps());
    }

    public LoadOptions options() {
        return options;
    }

    public LoadedModule load(byte[] bytes) {
        caps.check(bytes);
        MeteredModule metered;
        WasmModule module;
        try {
            metered = Metering.meter(bytes, options.meter());
            module = Parser.parse(metered.metered());
        } catch (InvalidModuleException e) {
            throw e;
        } catch (ChicoryException e) {
            throw new InvalidModuleException("metered module rejected: " + e.getMessage(), e);
        } catch (RuntimeException | AssertionError | StackOverflowError e) { // Chicory's parser on hostile input
            throw new InvalidModuleException("invalid module: " + e, e);
        }
        if (options.mode() == ExecutionMode.INTERPRETER) {
            return new LoadedModule(metered, module, null, ExecutionMode.INTERPRETER, Optional.empty(), options.caps());
        }
        @Nullable Throwable failure = null;
        Function<Instance, Machine> factory = null;
        try {
            factory = MachineFactoryCompiler.builder(module)
                    .withInterpreterFallback(InterpreterFallback.SILENT)
                    .compile();
        } catch (RuntimeException | LinkageError e) { // class-format and verify errors included
            failure = e;
        }
        return factory == null
                ? new LoadedModule(metered, module, null, ExecutionMode.INTERPRETER, LoadedModule.reason(failure), options.caps())
                : new LoadedModule(metered, module, factory, ExecutionMode.COMPILED, Optional.empty(), options.caps());
    }
}
