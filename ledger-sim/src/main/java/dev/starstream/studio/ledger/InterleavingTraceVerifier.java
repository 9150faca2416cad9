package dev.starstream.studio.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starstream.studio.vm.interleaving.InterleavingInstance;
import dev.starstream.studio.vm.interleaving.ProcessTrace;
import dev.starstream.studio.vm.interleaving.TransactionChecker;
import dev.starstream.studio.vm.interleaving.Verdict;
import dev.starstream.studio.vm.interleaving.Violation;
import dev.starstream.studio.vm.interleaving.json.InterleavingJson;
import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.ledger.Continuation;
import dev.starstream.studio.vm.ledger.CoroutineId;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.LedgerView;
import dev.starstream.studio.vm.ledger.NewOutput;
import dev.starstream.studio.vm.ledger.OwnershipEdge;
import dev.starstream.studio.vm.ledger.RejectReason;
import dev.starstream.studio.vm.ledger.Rejection;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ledger's interleaving check (B §3.5 pre-checks, ARCHITECTURE decision 3) on top of
 * {@code vm.interleaving}'s {@link TransactionChecker}. The instance is built from what the ledger
 * knows, not taken from the trace: the process table from the inputs' and new outputs' contracts and
 * the entry contract, {@code is_token} from the inputs' states and the outputs' kinds,
 * {@code must_burn} from the continuations, {@code ownership_in} from the ledger's registry
 * (projected onto the inputs), {@code ownership_out} from the transaction, and the ephemeral flags.
 * Only the per-process operation lists come from the trace: the field {@code operations} of the
 * runtime's trace JSON ({@code vm.runtime.Trace}), one {@link ProcessTrace} per canonical pid, in
 * {@link InterleavingJson} form. A violation is refused under its rule's error name (B §3.6, A.11).
 */
public final class InterleavingTraceVerifier implements TraceVerifier {
    private static final ObjectMapper JSON = InterleavingJson.newMapper();
    private static final TypeReference<List<ProcessTrace>> TRACES = new TypeReference<>() {};

    @Override
    public Optional<Rejection> verify(Transaction tx, LedgerView before) {
        JsonNode trace = tx.trace();
        if (trace == null) {
            return Optional.of(Rejection.of(RejectReason.InterleavingCheckFailed, "the transaction carries no trace"));
        }
        List<ProcessTrace> traces;
        try {
            traces = JSON.readerFor(TRACES).readValue(trace.path("operations"));
        } catch (java.io.IOException e) {
            String detail = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
            return Optional.of(Rejection.of(RejectReason.InterleavingCheckFailed, "the trace's operations cannot be read: " + detail));
        }
        if (traces == null) {
            return Optional.of(Rejection.of(RejectReason.InterleavingCheckFailed, "the trace has no operations"));
        }
        Optional<InterleavingInstance> instance = instance(tx, before);
        if (instance.isEmpty()) {
            return Optional.of(Rejection.of(RejectReason.InputNotFound, "an input of the transaction is not on the ledger"));
        }
        Verdict verdict = TransactionChecker.check(instance.get(), traces);
        Violation violation = verdict.violation();
        return violation == null ? Optional.empty() : Optional.of(new Rejection(violation.error().name(), violation.describe()));
    }

    /** The instance the ledger's state and the transaction's effects give; empty when an input is unknown. */
    static Optional<InterleavingInstance> instance(Transaction tx, LedgerView before) {
        List<dev.starstream.studio.vm.ledger.UtxoId> inputs = tx.intent().inputs();
        Map<Integer, Integer> ownerOut = new HashMap<>();
        for (OwnershipEdge edge : tx.effects().ownershipOut()) {
            ownerOut.put(edge.token(), edge.owner());
        }
        Map<CoroutineId, Integer> inputPid = new HashMap<>();
        UtxoEntry[] entries = new UtxoEntry[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            Optional<UtxoEntry> entry = before.utxo(inputs.get(i));
            if (entry.isEmpty()) {
                return Optional.empty();
            }
            entries[i] = entry.get();
            inputPid.put(entry.get().coroutine(), i);
        }
        InterleavingInstance.Builder builder = InterleavingInstance.builder();
        for (int i = 0; i < inputs.size(); i++) {
            Continuation continuation = i < tx.effects().continuations().size() ? tx.effects().continuations().get(i) : null;
            CoroutineId owner = entries[i].owner();
            Integer ownerIn = owner == null ? null : inputPid.get(owner);
            builder.input(hash(entries[i].contractHash()), entries[i].isToken(), continuation == null || continuation.isBurned(),
                    pid(ownerIn), pid(ownerOut.get(i)));
        }
        List<NewOutput> outputs = tx.effects().newOutputs();
        for (int j = 0; j < outputs.size(); j++) {
            NewOutput output = outputs.get(j);
            builder.newOutput(hash(output.contract()), output.kind() == UtxoKind.TOKEN, pid(ownerOut.get(inputs.size() + j)),
                    output.isEphemeral());
        }
        builder.coord(hash(tx.intent().entryContract()));
        return Optional.of(builder.build());
    }

    private static Hash hash(Hash32 hash) {
        return Hash.fromBytes(hash.bytes());
    }

    private static ProcessId pid(Integer value) {
        return value == null ? null : new ProcessId(value);
    }
}
