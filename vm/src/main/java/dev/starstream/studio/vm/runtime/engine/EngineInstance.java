package dev.starstream.studio.vm.runtime.engine;

import com.dylibso.chicory.runtime.ChicoryInterruptedException;
import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.GlobalInstance;
import com.dylibso.chicory.runtime.Instance;
import java.util.HashMap;
import java.util.Map;

/** One instance of an {@link EngineModule}: one process of a transaction. Not thread-safe. */
public final class EngineInstance {
    private final EngineModule module;
    private final Instance instance;
    private final Map<String, ExportFunction> functions = new HashMap<>();
    private final Map<String, GlobalInstance> globals = new HashMap<>();

    EngineInstance(EngineModule module, Instance instance) {
        this.module = module;
        this.instance = instance;
    }

    public EngineModule module() {
        return module;
    }

    public boolean exportsFunction(String name) {
        return module.exportsFunction(name);
    }

    /** Calls an exported function; every failure (a trap, a host function's exception) is an {@link EngineException}. */
    public long[] call(String export, long... args) {
        ExportFunction function = functions.get(export);
        if (function == null) {
            if (!module.exportsFunction(export)) {
                throw new EngineException("LinkError", "the module exports no function named " + export);
            }
            function = instance.export(export);
            functions.put(export, function);
        }
        try {
            long[] results = function.apply(args);
            return results == null ? new long[0] : results;
        } catch (EngineException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | LinkageError e) { // the boundary between guest code and the host
            throw translate(e);
        }
    }

    /** The value of an exported global (an i32 sign-extended, an i64 as is). */
    public long global(String export) {
        return globalInstance(export).getValue();
    }

    public void setGlobal(String export, long value) {
        globalInstance(export).setValue(value);
    }

    /** Gas used by instructions of this instance (0 until the metering pass is wired in). */
    public long instructionGas() {
        return 0;
    }

    /** Instruction gas per function name of this instance. */
    public Map<String, Long> gasByFunction() {
        return Map.of();
    }

    private GlobalInstance globalInstance(String export) {
        GlobalInstance global = globals.get(export);
        if (global == null) {
            if (!module.exportsGlobal(export)) {
                throw new EngineException("LinkError", "the module exports no global named " + export);
            }
            global = instance.exports().global(export);
            globals.put(export, global);
        }
        return global;
    }

    static EngineException translate(Throwable failure) {
        var ours = EngineException.hostFailure(failure, EngineException.class);
        if (ours.isPresent()) {
            return ours.get();
        }
        if (failure instanceof ChicoryInterruptedException || failure.getCause() instanceof InterruptedException) {
            return new EngineException("Interrupted", "execution interrupted", failure);
        }
        if (failure instanceof StackOverflowError || "call stack exhausted".equals(failure.getMessage())) {
            return new EngineException("StackOverflow", "the call stack ran out", failure);
        }
        String message = EngineModule.message(failure);
        if (failure instanceof com.dylibso.chicory.wasm.ChicoryException) {
            if (message.contains("divide by zero")) {
                return new EngineException("DivisionByZero", message, failure);
            }
            if (message.contains("integer overflow")) {
                return new EngineException("Overflow", message, failure);
            }
            return new EngineException("Trap", message, failure);
        }
        return new EngineException("Trap", "host function failed: " + message, failure);
    }
}
