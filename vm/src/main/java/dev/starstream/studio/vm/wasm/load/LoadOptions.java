package dev.starstream.studio.vm.wasm.load;

import dev.starstream.studio.vm.wasm.meter.MeterConfig;

/** How the loader treats modules: execution mode, caps and what metering inserts. */
public record LoadOptions(ExecutionMode mode, ModuleCaps caps, MeterConfig meter) {
    public static LoadOptions interpreter() {
        return new LoadOptions(ExecutionMode.INTERPRETER, ModuleCaps.defaults(), MeterConfig.defaults());
    }

    public static LoadOptions compiled() {
        return new LoadOptions(ExecutionMode.COMPILED, ModuleCaps.defaults(), MeterConfig.defaults());
    }

    public LoadOptions withMode(ExecutionMode newMode) {
        return new LoadOptions(newMode, caps, meter);
    }

    public LoadOptions withCaps(ModuleCaps newCaps) {
        return new LoadOptions(mode, newCaps, meter);
    }

    public LoadOptions withMeter(MeterConfig newMeter) {
        return new LoadOptions(mode, caps, newMeter);
    }
}
