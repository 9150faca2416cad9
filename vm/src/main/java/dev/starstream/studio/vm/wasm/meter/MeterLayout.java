package dev.starstream.studio.vm.wasm.meter;

import java.util.List;
import java.util.OptionalInt;

/**
 * Where the metering pass put its state in the metered module. The original module's index spaces
 * are unchanged: the pass only appends globals (and, rarely, one type), so function indices, debug
 * information and the name section of the original stay valid for the metered module.
 *
 * @param gasGlobal i64, remaining gas of the running instance
 * @param depthGlobal i32, remaining call depth
 * @param gasSiteGlobal i32, the {@link GasSite} index whose charge did not fit, or −1
 * @param depthSiteGlobal i32, the function whose entry exceeded the depth, or −1
 * @param firstFunctionGasGlobal i64 counters per defined function, or −1 when not counted
 * @param startFunction the original start function, which the loader runs itself after setting the
 *     budget (the metered module has no start section)
 */
public record MeterLayout(
        int importedFunctions,
        List<String> functionNames,
        int gasGlobal,
        int depthGlobal,
        int gasSiteGlobal,
        int depthSiteGlobal,
        int firstFunctionGasGlobal,
        OptionalInt startFunction,
        List<GasSite> sites) {
    public MeterLayout {
        functionNames = List.copyOf(functionNames);
        sites = List.copyOf(sites);
    }

    /** Functions in the module, imported ones included. */
    public int functionCount() {
        return functionNames.size();
    }

    public String functionName(int index) {
        return index >= 0 && index < functionNames.size() ? functionNames.get(index) : "func[" + index + "]";
    }

    public boolean countsPerFunction() {
        return firstFunctionGasGlobal >= 0;
    }

    /** The counter global of a defined function (only when {@link #countsPerFunction()}). */
    public int functionGasGlobal(int functionIndex) {
        if (!countsPerFunction() || functionIndex < importedFunctions || functionIndex >= functionCount()) {
            throw new IllegalArgumentException("no gas counter for function " + functionIndex);
        }
        return firstFunctionGasGlobal + functionIndex - importedFunctions;
    }
}
