package dev.starstream.studio.vm.runtime.values;

import dev.starstream.studio.vm.ledger.UtxoId;
import java.util.Map;

/** How handles are shown: a pid of the transaction as a ledger id (A.11) or a readable placeholder. */
@FunctionalInterface
public interface HandleNames {
    /** The text for the process {@code pid}. */
    String name(int pid);

    /** Pids shown raw, {@code #3} (no ledger at hand). */
    static HandleNames pids() {
        return pid -> "#" + pid;
    }

    /** Pids named by their UtxoIds where known, raw otherwise. */
    static HandleNames of(Map<Integer, UtxoId> ids) {
        Map<Integer, UtxoId> copy = Map.copyOf(ids);
        return pid -> {
            UtxoId id = copy.get(pid);
            return id == null ? "#" + pid : id.toString();
        };
    }
}
