package dev.starstream.studio.vm.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What running a transaction's intent produced (B §3.1 {@code TransactionBody} without the inputs,
 * which are in the {@link Intent}; plus A.5 events and A.6 result):
 *
 * @param continuations one per input, aligned with {@link Intent#inputs()}
 * @param newOutputs utxos and tokens created, in creation order (ephemeral ones included, stateless)
 * @param ownershipOut the final token → owner table over output refs ({@code inputs ++ newOutputs})
 * @param events emitted events, in order
 * @param result the entry script's return value decoded to JSON (A.11; {@code null} for unit), kept as it
 *     reads back from JSON text ({@link CanonicalJson#textStable}) so that exports keep the hash
 * @param gasUsed the gas the run consumed (deterministic, A.5b)
 * @param blockHeight the {@code blockHeight()} the run saw: the height of the block it is applied in
 * @param slot the {@code currentSlot()} the run saw
 */
public record TransactionEffects(
        List<Continuation> continuations,
        List<NewOutput> newOutputs,
        List<OwnershipEdge> ownershipOut,
        List<TxEvent> events,
        JsonNode result,
        long gasUsed,
        long blockHeight,
        long slot) {
    public TransactionEffects {
        continuations = List.copyOf(continuations);
        newOutputs = List.copyOf(newOutputs);
        ownershipOut = List.copyOf(ownershipOut);
        events = List.copyOf(events);
        result = CanonicalJson.textStable(result).deepCopy();
    }

    @Override
    public JsonNode result() {
        return result.deepCopy();
    }
}
