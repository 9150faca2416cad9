package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.interleaving.InterleavingInstance;
import dev.starstream.studio.vm.interleaving.TransactionChecker;
import dev.starstream.studio.vm.interleaving.Verdict;
import dev.starstream.studio.vm.interleaving.Violation;
import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.ledger.LedgerView;
import dev.starstream.studio.vm.ledger.NewOutput;
import dev.starstream.studio.vm.ledger.OwnershipEdge;
import dev.starstream.studio.vm.ledger.RejectReason;
import dev.starstream.studio.vm.ledger.Rejection;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The interleaving check a ledger runs on a submitted transaction (B §3.5 pre-checks, A.12): the
 * instance is built from the transaction and the ledger state it is applied to (never from the trace's
 * own claims), the per-process operations come from the trace it carries, and {@link
 * TransactionChecker} replays them against every rule. This is what ledger-sim's {@code TraceVerifier}
 * asks: {@code LedgerOptions.withTraceVerifier(TraceVerification::verify)}.
 */
public final class TraceVerification {
    private TraceVerification() {}

    /** Empty when the trace obeys the rules; else a rejection named by the broken rule (or by what is missing). */
    public static Optional<Rejection> verify(Transaction tx, LedgerView before) {
        if (tx.trace() == null) {
            return Optional.of(Rejection.of(RejectReason.InterleavingCheckFailed, "the transaction carries no trace"));
        }
        Trace trace;
        try {
            trace = TraceJson.fromTree(tx.trace());
        } catch (IllegalArgumentException e) {
            return Optional.of(Rejection.of(RejectReason.InterleavingCheckFailed, "its trace is malformed: " + e.getMessage()));
        }
        List<UtxoId> inputs = tx.intent().inputs();
        Map<Integer, Integer> ownerOut = new HashMap<>();
        for (OwnershipEdge edge : tx.effects().ownershipOut()) {
            ownerOut.put(edge.token(), edge.owner());
        }
        InterleavingInstance.Builder instance = InterleavingInstance.builder();
        for (int i = 0; i < inputs.size(); i++) {
            UtxoEntry entry = before.utxo(inputs.get(i)).orElse(null);
            if (entry == null) {
                return Optional.of(Rejection.of(RejectReason.InputNotFound, "the input " + inputs.get(i) + " is not live"));
            }
            boolean burned = i < tx.effects().continuations().size() && tx.effects().continuations().get(i).isBurned();
            instance.input(hash(inputs.get(i).contractHash().bytes()), entry.isToken(), burned,
                    ownerIn(before, entry, inputs), pid(ownerOut.get(i)));
        }
        List<NewOutput> outputs = tx.effects().newOutputs();
        for (int j = 0; j < outputs.size(); j++) {
            NewOutput output = outputs.get(j);
            int pid = inputs.size() + j;
            boolean token = output.state() != null ? output.state().isToken() : tracedToken(trace, pid);
            instance.newOutput(hash(output.contract().bytes()), token, pid(ownerOut.get(pid)), output.isEphemeral());
        }
        instance.coord(hash(tx.intent().entryContract().bytes()));
        Verdict verdict = TransactionChecker.check(instance.build(), trace.operations());
        if (verdict.ok()) {
            return Optional.empty();
        }
        Violation v = java.util.Objects.requireNonNull(verdict.violation());
        return Optional.of(new Rejection(v.error().name(), v.describe()));
    }

    private static @Nullable ProcessId ownerIn(LedgerView before, UtxoEntry entry, List<UtxoId> inputs) {
        if (entry.owner() == null) {
            return null;
        }
        return before.utxoOf(entry.owner()).map(inputs::indexOf).filter(i -> i >= 0).map(ProcessId::new).orElse(null);
    }

    private static boolean tracedToken(Trace trace, int pid) {
        return trace.processes().stream().anyMatch(p -> p.pid() == pid && p.kind().equals("token"));
    }

    private static @Nullable ProcessId pid(@Nullable Integer index) {
        return index == null ? null : new ProcessId(index);
    }

    private static Hash hash(byte[] bytes) {
        return Hash.fromBytes(bytes);
    }
}
