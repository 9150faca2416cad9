package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.contract.StorageFieldLayout;
import dev.starstream.studio.vm.interleaving.Verdict;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.ledger.Continuation;
import dev.starstream.studio.vm.ledger.CoroutineId;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.Intent;
import dev.starstream.studio.vm.ledger.LedgerState;
import dev.starstream.studio.vm.ledger.LedgerView;
import dev.starstream.studio.vm.ledger.NewOutput;
import dev.starstream.studio.vm.ledger.OwnershipEdge;
import dev.starstream.studio.vm.ledger.PendingBlock;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.TransactionEffects;
import dev.starstream.studio.vm.ledger.TxEvent;
import dev.starstream.studio.vm.ledger.TxSignature;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoId;
import dev.starstream.studio.vm.ledger.UtxoState;
import dev.starstream.studio.vm.runtime.Preparation.Prepared;
import dev.starstream.studio.vm.runtime.values.HandleNames;
import dev.starstream.studio.vm.runtime.values.Value;
import dev.starstream.studio.vm.runtime.values.ValueCodec;
import dev.starstream.studio.vm.runtime.values.ValueDecodeException;
import dev.starstream.studio.vm.runtime.values.ValueJson;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Builds what a finished run hands out: the {@link Trace}, and for a committed run the
 * {@link Transaction} a ledger applies (vm.ledger package-info: continuations, new outputs with
 * ephemeral ones kept, ownership_out, events, result, gas, block) and the decoded outputs.
 */
final class Assembly {
    private final TransactionRequest request;
    private final Prepared prepared;
    private final TxRun run;
    private final Verdict verdict;
    private final List<UtxoEntry> inputs;
    private final List<OutputReport.Fate> fates = new ArrayList<>();
    private final HandleNames names;

    Assembly(TransactionRequest request, Prepared prepared, TxRun run, Verdict verdict, List<UtxoEntry> inputs) {
        this.request = request;
        this.prepared = prepared;
        this.run = run;
        this.verdict = verdict;
        this.inputs = inputs;
        for (Proc p : run.utxos) {
            fates.add(fate(p));
        }
        this.names = HandleNames.of(predictedIds());
    }

    // ------------------------------------------------------------------ committed

    TransactionResult.Committed committed(Intent intent, List<TxSignature> signatures, Value result) {
        List<Continuation> continuations = new ArrayList<>();
        List<NewOutput> newOutputs = new ArrayList<>();
        List<OutputReport> reports = new ArrayList<>();
        List<@Nullable ProcessId> owners = verdict.instance().ownershipOut();
        for (Proc p : run.utxos) {
            OutputReport.Fate fate = fates.get(p.pid);
            UtxoState record = fate.live() ? p.record() : null;
            List<String> abis = fate.live() ? p.offeredAbis() : List.of();
            if (p.isInput()) {
                continuations.add(record == null ? Continuation.burned() : new Continuation(record, abis));
            } else {
                newOutputs.add(record == null ? NewOutput.ephemeral(p.contract.hash()) : new NewOutput(p.contract.hash(), record, abis));
            }
            ProcessId owner = p.pid < owners.size() ? owners.get(p.pid) : null;
            reports.add(new OutputReport(p.pid, fate, p.contract.hash(), p.type().name(), p.isToken(),
                    record == null ? Map.of() : storage(p, record), abis, owner == null ? null : owner.value(),
                    p.input == null ? null : p.input.id()));
        }
        List<OwnershipEdge> ownership = new ArrayList<>();
        for (int i = 0; i < owners.size(); i++) {
            ProcessId owner = owners.get(i);
            if (owner != null) {
                ownership.add(new OwnershipEdge(i, owner.value()));
            }
        }
        List<TxEvent> events = new ArrayList<>();
        for (Recorder.Emitted e : run.recorder.events) {
            events.add(new TxEvent(e.abi(), e.name(), ValueJson.array(e.args(), names), run.canonical(e.proc())));
        }
        PendingBlock block = request.block();
        TransactionEffects effects = new TransactionEffects(continuations, newOutputs, ownership, events,
                ValueJson.toJson(result, names), run.gas.used(), block.height(), block.slot());
        Trace trace = trace(null);
        Transaction tx = new Transaction(intent, signatures, effects, TraceJson.toTree(trace));
        return new TransactionResult.Committed(tx, result, trace, reports);
    }

    /** The storage fields of a record, decoded by the layout (A.8). */
    static Map<String, Value> storage(Proc p, UtxoState record) {
        Map<String, Value> fields = new LinkedHashMap<>();
        int[] words = record.words();
        for (StorageFieldLayout field : p.type().storage()) {
            int from = field.wordOffset();
            int to = from + field.words();
            if (from < 0 || to > words.length) {
                continue;
            }
            try {
                fields.put(field.name(), ValueCodec.fromSlotWords(field.type(), Arrays.copyOfRange(words, from, to)));
            } catch (ValueDecodeException e) {
                // A record the layout cannot read is shown without that field; the words are in the trace.
            }
        }
        return fields;
    }

    private OutputReport.Fate fate(Proc p) {
        if (p.isInput()) {
            if (p.ended) {
                return OutputReport.Fate.BURNED;
            }
            return p.record().equals(java.util.Objects.requireNonNull(p.input).state())
                    ? OutputReport.Fate.REFERENCE : OutputReport.Fate.CONTINUED;
        }
        return p.ended ? OutputReport.Fate.EPHEMERAL : OutputReport.Fate.NEW;
    }

    /**
     * The UtxoIds the processes will have once a ledger applies the transaction (A.11 shows handles as
     * UtxoIds): reference and burned inputs keep theirs; continued inputs, then new outputs get their
     * contract's next nonces in order (B §3.5), predictable when the view is a {@link LedgerState}.
     */
    private Map<Integer, UtxoId> predictedIds() {
        Map<Integer, UtxoId> ids = new HashMap<>();
        Map<Hash32, Long> next = new HashMap<>();
        LedgerState state = request.view() instanceof LedgerState s ? s : null;
        for (Proc p : run.utxos) {
            if (p.input != null) {
                ids.put(p.pid, p.input.id());
            }
        }
        if (state == null) {
            return ids;
        }
        for (int pass = 0; pass < 2; pass++) {
            for (Proc p : run.utxos) {
                OutputReport.Fate fate = fates.get(p.pid);
                boolean assign = pass == 0 ? fate == OutputReport.Fate.CONTINUED : fate == OutputReport.Fate.NEW;
                if (assign) {
                    Hash32 contract = p.contract.hash();
                    long nonce = next.computeIfAbsent(contract, state::nextNonce);
                    next.put(contract, nonce + 1);
                    ids.put(p.pid, new UtxoId(contract, nonce));
                }
            }
        }
        return ids;
    }

    // ------------------------------------------------------------------ trace

    Trace trace(@Nullable TxFailure failure) {
        List<Trace.TraceProcess> processes = new ArrayList<>();
        for (Proc p : run.utxos) {
            processes.add(new Trace.TraceProcess(p.pid, p.isToken() ? "token" : "utxo", p.contract.hash().hex(),
                    p.contract.name(), p.type().name(), p.label, p.input == null ? null : p.input.id().toString(), p.ended));
        }
        if (run.script != null) {
            Proc s = run.script;
            processes.add(new Trace.TraceProcess(run.canonical(s), "script", s.contract.hash().hex(), s.contract.name(),
                    null, s.label, null, false));
        }
        List<Trace.TraceEvent> events = new ArrayList<>();
        for (Recorder.Emitted e : run.recorder.events) {
            events.add(new Trace.TraceEvent(run.canonical(e.proc()), e.abi(), e.name(), ValueJson.array(e.args(), names),
                    e.site(), e.statement(), e.statementLocation(), e.step()));
        }
        List<DebugStep> steps = new ArrayList<>();
        for (Recorder.Hooked h : run.recorder.hooks) {
            steps.add(new DebugStep(run.canonical(h.proc()), h.kind(), h.id(), h.lanes(), h.step()));
        }
        PendingBlock block = request.block();
        return new Trace(Trace.VERSION, request.mode(), request.entryContract().hex(), request.script(), block.height(),
                block.slot(), processes, verdict.traces(), verdict.order(), events, gas(), steps, failure);
    }

    private Trace.GasReport gas() {
        List<Trace.ProcessGas> byProcess = new ArrayList<>();
        List<Proc> all = new ArrayList<>(run.utxos);
        if (run.script != null) {
            all.add(run.script);
        }
        for (Proc p : all) {
            // The instance's own count includes the host charges made while it ran; the runtime
            // attributes those to the process that performed the operation instead.
            long instructions = p.instance == null ? 0 : p.instance.gasUsed() - p.chargedWhileRunning;
            Map<String, Long> functions = p.instance == null ? Map.of() : p.contract.gasByFunction(p.instance);
            byProcess.add(new Trace.ProcessGas(run.canonical(p), p.label, instructions + p.attributedGas, functions));
        }
        return new Trace.GasReport(run.gas.limit(), run.gas.used(), byProcess);
    }

    static Trace emptyTrace(TransactionRequest request, Prepared prepared, TxFailure failure) {
        PendingBlock block = request.block();
        return new Trace(Trace.VERSION, request.mode(), request.entryContract().hex(), request.script(), block.height(),
                block.slot(), List.of(), List.of(), List.of(), List.of(),
                new Trace.GasReport(request.gasLimit(), 0, List.of()), List.of(), failure);
    }

    static Trace withFailure(Trace trace, TxFailure failure) {
        return new Trace(trace.version(), trace.mode(), trace.entryContract(), trace.script(), trace.blockHeight(),
                trace.slot(), trace.processes(), trace.operations(), trace.order(), trace.events(), trace.gas(),
                trace.debugSteps(), failure);
    }

    /**
     * A.4: a utxo that ended while the ledger records it as the owner of a token that is not part of this
     * transaction (tokens in the transaction are checked by the interleaving rules).
     */
    static @Nullable TxFailure endedOwners(LedgerView view, TxRun run, List<UtxoEntry> inputs) {
        for (Proc p : run.utxos) {
            if (!p.isInput() || !p.ended) {
                continue;
            }
            UtxoEntry entry = java.util.Objects.requireNonNull(p.input);
            for (CoroutineId token : view.tokensOwnedBy(entry.coroutine())) {
                boolean inTransaction = inputs.stream().anyMatch(e -> e.coroutine().equals(token));
                if (!inTransaction) {
                    return new TxFailure("OwnerEndedWithTokens", p.label + " (" + entry.id() + ") ended while it owns the token "
                            + view.utxoOf(token).map(UtxoId::toString).orElse(token.toString())
                            + ", which is not part of this transaction (A.4)", 64, null, p.pid, null, List.of());
                }
            }
        }
        return null;
    }
}
