package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.contract.ContractLayout;
import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.runtime.engine.EngineInstance;
import dev.starstream.studio.vm.runtime.engine.EngineModule;
import dev.starstream.studio.vm.wasm.codegen.debug.DebugInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A deployed contract ready to run in one mode: its layout, its debug info, the module that runs
 * (the release build, or in debug mode the debug build when there is one), and its imports resolved.
 * Shared by every transaction that runs it; holds no per-process state.
 */
public final class LoadedContract {
    private final Hash32 hash;
    private final String name;
    private final ContractLayout layout;
    private final @Nullable DebugInfo debugInfo;
    private final EngineModule module;
    private final boolean hooked;
    private final List<Binding> bindings;
    private final Hash programHash;
    private final Map<Integer, DebugInfo.Statement> statements;

    LoadedContract(Hash32 hash, String name, ContractLayout layout, @Nullable DebugInfo debugInfo, EngineModule module,
            boolean hooked) {
        this.hash = hash;
        this.name = name;
        this.layout = layout;
        this.debugInfo = debugInfo;
        this.module = module;
        this.hooked = hooked;
        this.bindings = Bindings.plan(layout, module.imports());
        this.programHash = Hash.fromBytes(hash.bytes());
        Map<Integer, DebugInfo.Statement> byId = new java.util.HashMap<>();
        if (debugInfo != null) {
            debugInfo.statements().forEach(st -> byId.put(st.id(), st));
        }
        this.statements = Map.copyOf(byId);
    }

    public Hash32 hash() {
        return hash;
    }

    public String name() {
        return name;
    }

    public ContractLayout layout() {
        return layout;
    }

    public Optional<DebugInfo> debugInfo() {
        return Optional.ofNullable(debugInfo);
    }

    EngineModule module() {
        return module;
    }

    /** Whether the running module is a debug build with hooks. */
    public boolean hooked() {
        return hooked;
    }

    List<Binding> bindings() {
        return bindings;
    }

    /** The program hash as the interleaving machine sees it (A.9 P2). */
    Hash programHash() {
        return programHash;
    }

    Optional<SourceLocation> statement(int id) {
        DebugInfo.Statement statement = statements.get(id);
        return statement == null ? Optional.empty() : Optional.of(SourceLocation.of(statement));
    }

    /**
     * Where the only effect site of {@code kind} ({@code emit}, {@code raise}, …) named {@code name}
     * ({@code Abi.Event}) is, when the contract has exactly one.
     */
    Optional<SourceLocation> uniqueSite(String kind, String name) {
        if (debugInfo == null) {
            return Optional.empty();
        }
        List<DebugInfo.EffectSite> sites = debugInfo.effectSites().stream()
                .filter(s -> s.kind().equals(kind) && s.name().equals(name)).toList();
        return sites.size() == 1 ? Optional.of(SourceLocation.of(sites.getFirst())) : Optional.empty();
    }

    /**
     * Instruction gas per source function of one instance of this contract: each wasm function is
     * named by this build's debug info ({@code Score::plus_chips}, {@code settle with Tariff.Rate}, a
     * main's entry counted with its main, {@code Score (resume dispatcher)}), else by the module's name
     * section. Functions that used no gas are left out; most expensive first, then by name.
     */
    Map<String, Long> gasByFunction(EngineInstance instance) {
        long[] byIndex = instance.gasByFunctionIndex();
        Map<String, Long> byLabel = new java.util.HashMap<>();
        for (int i = 0; i < byIndex.length; i++) {
            if (byIndex[i] != 0) {
                int index = i;
                String label = debugInfo == null ? null
                        : debugInfo.wasmFunction(i).map(DebugInfo.WasmFunction::label).orElse(null);
                byLabel.merge(label != null ? label : instance.functionName(index), byIndex[i], Long::sum);
            }
        }
        Map<String, Long> ordered = new java.util.LinkedHashMap<>();
        byLabel.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }

    /** The source name of the function exported as {@code export} ({@code Bill.charge}), else the export name. */
    String functionName(String export) {
        return debugInfo == null ? export
                : debugInfo.functions().stream().filter(f -> f.export().equals(export)).findFirst()
                        .map(DebugInfo.Function::name).orElse(export);
    }

    /** Where the function exported as {@code export} is declared. */
    Optional<SourceLocation> functionByExport(String export) {
        return debugInfo == null ? Optional.empty()
                : debugInfo.functions().stream().filter(f -> f.export().equals(export)).findFirst().map(SourceLocation::of);
    }

    @Override
    public String toString() {
        return "LoadedContract[" + name + " " + hash.shortHex() + (hooked ? ", debug build" : "") + "]";
    }
}
