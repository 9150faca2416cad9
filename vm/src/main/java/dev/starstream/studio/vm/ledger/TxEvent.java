package dev.starstream.studio.vm.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * An event emitted by a transaction (A.5), in emission order: the ABI and event name, the arguments
 * decoded to plain JSON values in declaration order (A.11 value encoding; opaque to the ledger; kept
 * as they read back from JSON text, {@link CanonicalJson#textStable}), and the pid of the emitting
 * process. Events are covered by the transaction hash.
 */
public record TxEvent(String abi, String name, JsonNode args, int process) {
    public TxEvent {
        Objects.requireNonNull(abi, "abi");
        Objects.requireNonNull(name, "name");
        args = CanonicalJson.textStable(args).deepCopy();
    }

    /** A copy of the arguments (JSON trees are mutable). */
    @Override
    public JsonNode args() {
        return args.deepCopy();
    }
}
