package dev.starstream.studio.vm.runtime;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.wasm.codegen.CompiledContract;
import dev.starstream.studio.vm.wasm.codegen.debug.DebugInfo;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a deployed contract carries as its debug info ({@link DeployedContract#debugInfo()}): the
 * release build's {@link DebugInfo}, the debug build's, and the debug build's module bytes (base64 in
 * JSON), so that a utxo created in a run can be debugged later and vice versa (A.9 P2). The ledger
 * stores it as an opaque JSON tree.
 *
 * @param debugModule the debug build's bytes, or null when only the release build was deployed
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DebugBundle(int version, DebugInfo release, @Nullable DebugInfo debug, byte @Nullable [] debugModule) {
    public static final int VERSION = 1;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    public DebugBundle {
        debugModule = debugModule == null ? null : debugModule.clone();
    }

    /** The bundle of a freshly compiled contract: both builds. */
    public static DebugBundle of(CompiledContract compiled) {
        return new DebugBundle(VERSION, compiled.releaseInfo(), compiled.debugInfo(), compiled.debug());
    }

    /** {@code compiled} as a ledger deploys it: release module, layout, and this bundle. */
    public static DeployedContract deployable(CompiledContract compiled) {
        return DeployedContract.of(compiled.name(), compiled.release(), textTree(compiled.layout()), of(compiled).toJsonTree());
    }

    /**
     * The JSON tree of {@code value} exactly as it reads back from its text (byte arrays as base64
     * strings, numbers as the smallest node that holds them), so that a ledger that stores the tree as
     * text and reads it back gets an equal tree (and equal digests).
     */
    public static JsonNode textTree(Object value) {
        try {
            return JSON.readTree(JSON.writeValueAsBytes(value));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    public byte @Nullable [] debugModule() {
        return debugModule == null ? null : debugModule.clone();
    }

    /** Whether a debug build can run. */
    public boolean hasDebugBuild() {
        return debug != null && debugModule != null;
    }

    public JsonNode toJsonTree() {
        return textTree(this);
    }

    /** The bundle in a deployed contract's debug-info JSON; empty for JSON null or anything else. */
    public static Optional<DebugBundle> fromJson(@Nullable JsonNode json) {
        if (json == null || !json.isObject() || !json.has("release")) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.treeToValue(json, DebugBundle.class));
        } catch (java.io.IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DebugBundle that && version == that.version && release.equals(that.release)
                && java.util.Objects.equals(debug, that.debug) && Arrays.equals(debugModule, that.debugModule);
    }

    @Override
    public int hashCode() {
        return release.hashCode();
    }

    @Override
    public String toString() {
        return "DebugBundle[" + release.contract() + (hasDebugBuild() ? ", with debug build" : "") + "]";
    }
}
