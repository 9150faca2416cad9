package dev.starstream.studio.vm.wasm.load;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Machine;
import com.dylibso.chicory.runtime.TableInstance;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.dylibso.chicory.wasm.types.Table;
import com.dylibso.chicory.wasm.types.TableLimits;
import dev.starstream.studio.vm.wasm.meter.MeterLayout;
import dev.starstream.studio.vm.wasm.meter.MeteredModule;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * A module that passed the loader: checked, metered, parsed and (in compiled mode) compiled once.
 * Instantiate it as often as needed, e.g. once per process of a transaction.
 */
public final class LoadedModule {
    private final MeteredModule metered;
    private final WasmModule module;
    private final @Nullable Function<Instance, Machine> machineFactory;
    private final ExecutionMode mode;
    private final Optional<String> compileFallback;
    private final ModuleCaps caps;
    private final Set<String> exportedFunctions;

    LoadedModule(
            MeteredModule metered,
            WasmModule module,
            @Nullable Function<Instance, Machine> machineFactory,
            ExecutionMode mode,
            Optional<String> compileFallback,
            ModuleCaps caps) {
        this.metered = metered;
        this.module = module;
        this.machineFactory = machineFactory;
        this.mode = mode;
        this.compileFallback = compileFallback;
        this.caps = caps;
        this.exportedFunctions = IntStream.range(0, module.exportSection().exportCount())
                .mapToObj(i -> module.exportSection().getExport(i))
                .filter(e -> e.exportType() == ExternalType.FUNCTION)
                .map(e -> e.name())
                .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * A new instance linked to {@code imports}, running under {@code budget}. The module's start
     * function, if any, runs now, metered like any call.
     */
    public WasmInstance instantiate(HostImports imports, ExecutionBudget budget) {
        AtomicReference<@Nullable WasmInstance> self = new AtomicReference<>();
        Instance.Builder builder = Instance.builder(module)
                .withImportValues(imports.toChicory(() -> requireBuilt(self.get()), budget))
                .withMemoryFactory(this::memory)
                .withTableFactory(this::table);
        if (machineFactory != null) {
            builder.withMachineFactory(machineFactory);
        }
        Instance instance;
        try {
            instance = builder.build();
        } catch (RuntimeException | LinkageError e) { // the boundary to Chicory's instantiation
            throw Failures.duringInstantiation(e);
        }
        WasmInstance wasm = new WasmInstance(this, instance, budget);
        self.set(wasm);
        metered.layout().startFunction().ifPresent(wasm::runStart);
        return wasm;
    }

    public MeteredModule metered() {
        return metered;
    }

    public MeterLayout layout() {
        return metered.layout();
    }

    /** SHA-256 of the original (unmetered) bytes: the module's identity. */
    public byte[] originalSha256() {
        return metered.originalSha256();
    }

    /** The mode instances run in: the requested one, or the interpreter after a compile failure. */
    public ExecutionMode mode() {
        return mode;
    }

    /** Why compiled mode fell back to the interpreter for the whole module, if it did. */
    public Optional<String> compileFallback() {
        return compileFallback;
    }

    public Set<String> exportedFunctions() {
        return exportedFunctions;
    }

    private static WasmInstance requireBuilt(@Nullable WasmInstance instance) {
        if (instance == null) {
            throw new IllegalStateException("host function called before instantiation finished");
        }
        return instance;
    }

    /** Memories never grow beyond the cap, whatever maximum the module declares. */
    private com.dylibso.chicory.runtime.Memory memory(MemoryLimits limits) {
        int max = Math.min(limits.maximumPages(), caps.maxMemoryPages());
        return new ByteArrayMemory(new MemoryLimits(limits.initialPages(), Math.max(max, limits.initialPages())));
    }

    /** Tables never grow beyond the cap either. */
    private TableInstance table(Table table, int initialValue) {
        TableLimits limits = table.limits();
        long max = Math.max(limits.min(), Math.min(limits.max(), caps.maxTableEntries()));
        return new TableInstance(
                new Table(table.elementType(), new TableLimits(limits.min(), max), table.initialize()), initialValue);
    }

    static Optional<String> reason(@Nullable Throwable failure) {
        return failure == null ? Optional.empty() : Optional.of(failure.toString());
    }
}
