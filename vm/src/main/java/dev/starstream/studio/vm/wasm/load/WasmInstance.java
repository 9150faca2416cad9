package dev.starstream.studio.vm.wasm.load;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import dev.starstream.studio.vm.wasm.LinkException;
import dev.starstream.studio.vm.wasm.WasmException;
import dev.starstream.studio.vm.wasm.meter.MeterLayout;
import java.util.HashMap;
import java.util.Map;

/**
 * One instance of a loaded module, running under an {@link ExecutionBudget}. Calls either return
 * the results or throw a {@link WasmException}; whatever happens, the budget afterwards holds the
 * gas that was used and the call depth is restored.
 */
public final class WasmInstance {
    private final LoadedModule module;
    private final Instance instance;
    private final ExecutionBudget budget;
    private final MeterLayout layout;
    private final Map<String, ExportFunction> exports = new HashMap<>();
    private long ownGas;

    WasmInstance(LoadedModule module, Instance instance, ExecutionBudget budget) {
        this.module = module;
        this.instance = instance;
        this.budget = budget;
        this.layout = module.layout();
    }

    /** Calls an exported function. */
    public long[] call(String export, long... args) {
        ExportFunction function = exports.get(export);
        if (function == null) {
            if (!module.exportedFunctions().contains(export)) {
                throw new LinkException("no exported function named " + export);
            }
            function = instance.export(export);
            exports.put(export, function);
        }
        ExportFunction target = function;
        return guarded(() -> target.apply(args));
    }

    /** Calls a function by its index (imported functions first, as in the module). */
    public long[] callFunction(int functionIndex, long... args) {
        if (functionIndex < 0 || functionIndex >= layout.functionCount()) {
            throw new LinkException("no function " + functionIndex);
        }
        return guarded(() -> instance.getMachine().call(functionIndex, args));
    }

    /** Gas used by code of this instance (host charges made while it ran included). */
    public long gasUsed() {
        return ownGas;
    }

    /** Gas used by one defined function of this instance; needs {@code MeterConfig.perFunctionGas}. */
    public long gasUsedBy(int functionIndex) {
        return instance.global(layout.functionGasGlobal(functionIndex)).getValue();
    }

    /** Gas per function index (0 for imported functions); needs {@code MeterConfig.perFunctionGas}. */
    public long[] gasByFunction() {
        long[] gas = new long[layout.functionCount()];
        for (int f = layout.importedFunctions(); f < gas.length; f++) {
            gas[f] = gasUsedBy(f);
        }
        return gas;
    }

    /** The instance's first memory (what host functions read arguments from). */
    public Memory memory() {
        return instance.memory();
    }

    /** The underlying Chicory instance, for what this class does not wrap (exports of globals, tables). */
    public Instance chicory() {
        return instance;
    }

    public ExecutionBudget budget() {
        return budget;
    }

    public LoadedModule module() {
        return module;
    }

    private interface Call {
        long[] run();
    }

    // The error boundary between guest code (and the host functions it calls) and our callers:
    // everything that escapes becomes a WasmException.
    private long[] guarded(Call call) {
        return budget.run(this, () -> {
            try {
                long[] results = call.run();
                return results == null ? new long[0] : results;
            } catch (RuntimeException | StackOverflowError | LinkageError e) {
                throw Failures.duringCall(e, this);
            }
        });
    }

    void runStart(int functionIndex) {
        guarded(() -> instance.getMachine().call(functionIndex, new long[0]));
    }

    long gasGlobal() {
        return instance.global(layout.gasGlobal()).getValue();
    }

    void setGasGlobal(long value) {
        instance.global(layout.gasGlobal()).setValue(value);
    }

    int depthGlobal() {
        return (int) instance.global(layout.depthGlobal()).getValue();
    }

    void setDepthGlobal(int value) {
        instance.global(layout.depthGlobal()).setValue(value);
    }

    void addOwnGas(long gas) {
        ownGas += gas;
    }

    /** The gas site whose charge trapped, or −1; resets it. */
    int takeGasSite() {
        return take(layout.gasSiteGlobal());
    }

    /** The function whose entry exceeded the depth, or −1; resets it. */
    int takeDepthSite() {
        return take(layout.depthSiteGlobal());
    }

    private int take(int global) {
        int value = (int) instance.global(global).getValue();
        instance.global(global).setValue(-1);
        return value;
    }
}
