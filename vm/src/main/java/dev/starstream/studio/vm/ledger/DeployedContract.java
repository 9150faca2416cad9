package dev.starstream.studio.vm.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.util.Arrays;
import java.util.Objects;

/**
 * A contract deployed on the ledger: the release module bytes, their SHA-256 (the contract hash and
 * program hash, A.9 P2), a display name, and two blobs the code generator defines: the storage
 * layout (field names, types and word offsets per utxo/token type, A.8, so any record can be
 * decoded for display) and the debug info. The ledger stores the blobs as JSON text without
 * interpreting them, so they are kept as they read back from text ({@link CanonicalJson#textStable}:
 * a byte array becomes a base64 string); rehydration always instantiates these exact module bytes (A.8).
 */
public record DeployedContract(Hash32 hash, String name, byte[] module, JsonNode layout, JsonNode debugInfo) {
    public DeployedContract {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(name, "name");
        module = module.clone();
        layout = CanonicalJson.textStable(layout).deepCopy();
        debugInfo = CanonicalJson.textStable(debugInfo).deepCopy();
        Hash32 actual = Hash32.sha256(module);
        if (!actual.equals(hash)) {
            throw new IllegalArgumentException(
                    "contract " + name + ": the module bytes hash to " + actual + ", not " + hash);
        }
    }

    /** A contract for these module bytes, hashed here. */
    public static DeployedContract of(String name, byte[] module, JsonNode layout, JsonNode debugInfo) {
        return new DeployedContract(Hash32.sha256(module), name, module, layout, debugInfo);
    }

    /** A contract without layout or debug info (both JSON null). */
    public static DeployedContract of(String name, byte[] module) {
        return of(name, module, NullNode.getInstance(), NullNode.getInstance());
    }

    @Override
    public byte[] module() {
        return module.clone();
    }

    @Override
    public JsonNode layout() {
        return layout.deepCopy();
    }

    @Override
    public JsonNode debugInfo() {
        return debugInfo.deepCopy();
    }

    /** SHA-256 over the name, layout and debug info (what the state root commits to beside the hash). */
    public Hash32 metadataDigest() {
        CanonicalWriter out = new CanonicalWriter().ascii("SSCONTRACTMETA1").string(name);
        CanonicalJson.write(out, layout);
        CanonicalJson.write(out, debugInfo);
        return Hash32.sha256(out.toByteArray());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DeployedContract that
                && hash.equals(that.hash)
                && name.equals(that.name)
                && Arrays.equals(module, that.module)
                && layout.equals(that.layout)
                && debugInfo.equals(that.debugInfo);
    }

    @Override
    public int hashCode() {
        return hash.hashCode();
    }

    @Override
    public String toString() {
        return "DeployedContract[" + name + " " + hash + ", " + module.length + " bytes]";
    }
}
