package dev.starstream.studio.vm.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.starstream.studio.vm.contract.ContractLayout;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.runtime.engine.EngineException;
import dev.starstream.studio.vm.runtime.engine.EngineMode;
import dev.starstream.studio.vm.runtime.engine.EngineModule;
import dev.starstream.studio.vm.wasm.codegen.debug.DebugInfo;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loaded contracts by contract hash and mode. Loading validates the module, compiles it to JVM
 * bytecode in run mode (the expensive part, ~0.3 s per module) and resolves its imports; a transaction
 * then only instantiates. Thread-safe; share one cache between runs.
 */
public final class ContractCache {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private record Key(Hash32 hash, RunMode mode) {}

    private final ConcurrentHashMap<Key, LoadedContract> loaded = new ConcurrentHashMap<>();

    /**
     * The contract ready to run in {@code mode}.
     *
     * @throws ContractLoadException when its layout is missing or malformed or its module is invalid
     */
    public LoadedContract load(DeployedContract contract, RunMode mode) {
        Key key = new Key(contract.hash(), mode);
        LoadedContract hit = loaded.get(key);
        if (hit != null) {
            return hit;
        }
        LoadedContract fresh = build(contract, mode);
        LoadedContract raced = loaded.putIfAbsent(key, fresh);
        return raced == null ? fresh : raced;
    }

    /** How many (contract, mode) pairs are loaded. */
    public int size() {
        return loaded.size();
    }

    private static LoadedContract build(DeployedContract contract, RunMode mode) {
        ContractLayout layout = layout(contract);
        Optional<DebugBundle> bundle = DebugBundle.fromJson(contract.debugInfo());
        byte[] bytes = contract.module();
        boolean hooked = false;
        DebugInfo info = bundle.map(DebugBundle::release).orElse(null);
        EngineMode engine = mode == RunMode.RUN ? EngineMode.COMPILED : EngineMode.INTERPRETER;
        if (mode == RunMode.DEBUG && bundle.isPresent() && bundle.get().hasDebugBuild()) {
            DebugInfo debug = java.util.Objects.requireNonNull(bundle.get().debug());
            if (!debug.releaseHash().equalsIgnoreCase(contract.hash().hex())) {
                throw new ContractLoadException(contract.name() + ": its debug build belongs to release "
                        + debug.releaseHash() + ", not " + contract.hash());
            }
            bytes = java.util.Objects.requireNonNull(bundle.get().debugModule());
            info = debug;
            hooked = true;
        }
        try {
            EngineModule module = EngineModule.load(bytes, engine, hooked);
            return new LoadedContract(contract.hash(), contract.name(), layout, info, module, hooked);
        } catch (EngineException e) {
            throw new ContractLoadException(contract.name() + " (" + contract.hash().shortHex() + "): " + e.getMessage(), e);
        }
    }

    private static ContractLayout layout(DeployedContract contract) {
        JsonNode json = contract.layout();
        if (json == null || json.isNull()) {
            throw new ContractLoadException(contract.name() + " (" + contract.hash().shortHex()
                    + ") has no contract layout, so its scripts and storage cannot be interpreted");
        }
        try {
            return JSON.treeToValue(json, ContractLayout.class);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new ContractLoadException(contract.name() + " (" + contract.hash().shortHex()
                    + "): its contract layout is malformed: " + e.getMessage(), e);
        }
    }
}
