package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.UtxoId;
import dev.starstream.studio.vm.runtime.values.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What became of one utxo or token of a transaction, decoded for people and tools: its pid, its fate,
 * its contract and type, its storage fields by name (in declaration order), the ABIs it offers, its
 * owner's pid, and for inputs the UtxoId it was spent from.
 */
public record OutputReport(
        int pid,
        Fate fate,
        Hash32 contract,
        String type,
        boolean token,
        Map<String, Value> storage,
        List<String> abis,
        @Nullable Integer owner,
        @Nullable UtxoId input) {
    public OutputReport {
        storage = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(storage));
        abis = List.copyOf(abis);
    }

    /** A.11's output kinds, plus the two ways a process ends. */
    public enum Fate {
        /** Created by this transaction and alive at its end. */
        NEW,
        /** An input whose state changed. */
        CONTINUED,
        /** An input whose state did not change: it keeps its UtxoId (A.8). */
        REFERENCE,
        /** An input that ended (it performed Burn). */
        BURNED,
        /** Created and ended in this transaction (A.5b). */
        EPHEMERAL;

        /** Whether the process is alive on the ledger afterwards. */
        public boolean live() {
            return this == NEW || this == CONTINUED || this == REFERENCE;
        }
    }
}
