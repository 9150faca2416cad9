package dev.starstream.studio.vm.runtime.engine;

import com.dylibso.chicory.runtime.GlobalInstance;
import dev.starstream.studio.vm.wasm.ExecutionInterruptedException;
import dev.starstream.studio.vm.wasm.OutOfGasException;
import dev.starstream.studio.vm.wasm.StackOverflowException;
import dev.starstream.studio.vm.wasm.WasmException;
import dev.starstream.studio.vm.wasm.load.WasmInstance;
import java.util.HashMap;
import java.util.Map;

/** One instance of an {@link EngineModule}: one process of a transaction. Not thread-safe. */
public final class EngineInstance {
    private final EngineModule module;
    private final WasmInstance instance;
    private final Map<String, GlobalInstance> globals = new HashMap<>();

    EngineInstance(EngineModule module, WasmInstance instance) {
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
        try {
            return instance.call(export, args);
        } catch (WasmException e) {
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

    /**
     * The i32 at byte {@code address} of the instance's memory; {@link EngineException} {@code Trap}
     * when the module has no memory or the address is outside it.
     */
    public int memoryI32(int address) {
        try {
            return instance.memory().readInt(address);
        } catch (RuntimeException e) { // no memory, or out of bounds
            throw new EngineException("Trap", "cannot read memory at " + Integer.toUnsignedString(address) + ": " + e, e);
        }
    }

    /** Gas this instance used, its own instructions and the host charges made while it ran. */
    public long gasUsed() {
        return instance.gasUsed();
    }

    /** Instruction gas per function index of the module (imports first, at 0). */
    public long[] gasByFunctionIndex() {
        return instance.gasByFunction();
    }

    /** The name-section name of function {@code index} (or {@code module.field} of an import, or {@code func[i]}). */
    public String functionName(int index) {
        return instance.module().layout().functionName(index);
    }

    private GlobalInstance globalInstance(String export) {
        GlobalInstance global = globals.get(export);
        if (global == null) {
            if (!module.exportsGlobal(export)) {
                throw new EngineException("LinkError", "the module exports no global named " + export);
            }
            global = instance.chicory().exports().global(export);
            globals.put(export, global);
        }
        return global;
    }

    static EngineException translate(WasmException e) {
        String message = e.getMessage() == null ? e.reason() : e.getMessage();
        return switch (e) {
            case OutOfGasException g -> new EngineException("OutOfGas", message, e);
            case StackOverflowException s -> new EngineException("StackOverflow", message, e);
            case ExecutionInterruptedException i -> new EngineException("Interrupted", message, e);
            default -> {
                if (message.contains("divide by zero")) {
                    yield new EngineException("DivisionByZero", message, e);
                }
                if (message.contains("integer overflow")) {
                    yield new EngineException("Overflow", message, e);
                }
                yield new EngineException(e.reason(), message, e);
            }
        };
    }
}
