package dev.starstream.studio.vm.interleaving;

import dev.starstream.studio.vm.interleaving.encoding.Ids;
import dev.starstream.studio.vm.interleaving.op.FunctionId;
import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Names to show instead of raw ids: functions ({@code Meter.charge} for {@code F(Meter.charge)}),
 * hashes (an ABI name for its interface id, a contract name for its program hash) and process
 * labels. Whatever has no name is shown raw ({@code F#…}, {@code #1a2b3c4d}, {@code U0}/{@code T1}/
 * {@code S2}).
 */
public record Symbols(Map<FunctionId, String> functions, Map<Hash, String> hashes, Map<ProcessId, String> processes) {
    public Symbols {
        functions = Map.copyOf(functions);
        hashes = Map.copyOf(hashes);
        processes = Map.copyOf(processes);
    }

    public static Symbols none() {
        return new Symbols(Map.of(), Map.of(), Map.of());
    }

    public static Builder builder() {
        return new Builder();
    }

    public String function(FunctionId fn) {
        return functions.getOrDefault(fn, fn.toString());
    }

    public String hash(Hash hash) {
        return hashes.getOrDefault(hash, hash.toString());
    }

    /** Collects names; the ids are derived with {@link Ids} where the name determines them. */
    public static final class Builder {
        private final Map<FunctionId, String> functions = new LinkedHashMap<>();
        private final Map<Hash, String> hashes = new LinkedHashMap<>();
        private final Map<ProcessId, String> processes = new LinkedHashMap<>();

        private Builder() {}

        /** A function by its qualified name, e.g. {@code Meter.charge} or {@code Bill::open}. */
        public Builder function(String qualifiedName) {
            functions.put(Ids.functionId(qualifiedName), qualifiedName);
            return this;
        }

        /** An ABI by name: its interface id shows as the name. */
        public Builder abi(String name) {
            hashes.put(Ids.interfaceId(name), name);
            return this;
        }

        /** A contract: its program hash shows as {@code name}. */
        public Builder program(String name, Hash programHash) {
            hashes.put(programHash, name);
            return this;
        }

        public Builder process(ProcessId pid, String label) {
            processes.put(pid, label);
            return this;
        }

        public Symbols build() {
            return new Symbols(functions, hashes, processes);
        }
    }
}
