package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.contract.ProcessTypeLayout;
import dev.starstream.studio.vm.contract.ScriptLayout;
import dev.starstream.studio.vm.interleaving.InputProcess;
import dev.starstream.studio.vm.interleaving.InterleavingMachine;
import dev.starstream.studio.vm.interleaving.Verdict;
import dev.starstream.studio.vm.interleaving.Violation;
import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.ledger.CoroutineId;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.Intent;
import dev.starstream.studio.vm.ledger.JdkEd25519;
import dev.starstream.studio.vm.ledger.LedgerView;
import dev.starstream.studio.vm.ledger.PendingBlock;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.TransactionEffects;
import dev.starstream.studio.vm.ledger.SignatureVerifier;
import dev.starstream.studio.vm.ledger.TxSignature;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoId;
import dev.starstream.studio.vm.runtime.Preparation.Prepared;
import dev.starstream.studio.vm.runtime.engine.GasMeter;
import dev.starstream.studio.vm.runtime.values.Value;
import dev.starstream.studio.vm.runtime.values.ValueCodec;
import dev.starstream.studio.vm.runtime.values.ValueDecodeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Runs transactions (RUNTIME A.5b–A.10): rehydrates the inputs, runs the entry script with one
 * instance per process, turns every cross-process act into interleaving operations checked as they
 * happen, and produces a committed {@link dev.starstream.studio.vm.ledger.Transaction} or a failure
 * that changes nothing. A run-mode failure is located by re-running in debug mode (execution is
 * deterministic). Thread-safe: each run has its own state; loaded contracts are shared through the
 * {@link ContractCache}.
 *
 * <pre>{@code
 * TransactionRunner runner = new TransactionRunner(new ContractCache());
 * TransactionRequest request = TransactionRequest.of(ledger, contractHash, "settle", List.of());
 * Intent intent = runner.intent(request);                   // sign intent.digest() if needed
 * TransactionResult result = runner.run(request, signatures);
 * }</pre>
 */
public final class TransactionRunner {
    private final ContractCache cache;
    private final SignatureVerifier verifier;

    public TransactionRunner(ContractCache cache, SignatureVerifier verifier) {
        this.cache = cache;
        this.verifier = verifier;
    }

    public TransactionRunner(ContractCache cache) {
        this(cache, new JdkEd25519());
    }

    public ContractCache cache() {
        return cache;
    }

    /** The intent of {@code request} (A.6): what signers sign. {@link RequestException} for a bad request. */
    public Intent intent(TransactionRequest request) {
        return Preparation.prepare(request, cache).intent();
    }

    /**
     * Re-executes a recorded transaction against the state it is applied to (A.12): the same entry
     * script, arguments, inputs, gas limit, prepared-at block and applied-in block, with its
     * signatures. A ledger compares the committed result's effects with the ones the transaction
     * carries. {@link RequestException} when the intent cannot be run at all (contract not deployed,
     * unknown script, arguments that do not decode).
     */
    public TransactionResult reexecute(Transaction tx, LedgerView before) {
        Intent intent = tx.intent();
        DeployedContract deployed = before.contract(intent.entryContract()).orElseThrow(() ->
                new RequestException("the entry contract " + intent.entryContract() + " is not deployed"));
        ScriptLayout script;
        try {
            script = cache.load(deployed, RunMode.RUN).layout().script(intent.scriptName()).orElseThrow(() ->
                    new RequestException(deployed.name() + " has no script fn " + intent.scriptName()));
        } catch (ContractLoadException e) {
            throw new RequestException("cannot run " + deployed.name() + ": " + e.getMessage(), e);
        }
        List<Value> arguments;
        try {
            arguments = ValueCodec.fromLanes(Bindings.types(script.params()), intent.arguments().values()).stream()
                    .map(v -> asInputs(v, intent.inputs())).toList();
        } catch (ValueDecodeException | IndexOutOfBoundsException e) {
            throw new RequestException("the intent's arguments do not fit " + script.name() + ": " + e.getMessage(), e);
        }
        TransactionEffects recorded = tx.effects();
        TransactionRequest request = new TransactionRequest(before, intent.entryContract(), intent.scriptName(), arguments,
                intent.gasLimit(), RunMode.RUN, new TransactionRequest.Context(intent.preparedAtHeight(),
                        intent.preparedAtHash(), new PendingBlock(recorded.blockHeight(), recorded.slot(), 0)));
        return run(request, tx.signatures());
    }

    /** Handles in decoded intent arguments are input indices (A.6); they become references to those inputs. */
    private static Value asInputs(Value value, List<UtxoId> inputs) {
        return switch (value) {
            case Value.Handle h -> new Value.InputRef(h.type(), inputs.get(h.pid()));
            case Value.Tuple t -> new Value.Tuple(t.type(), t.elements().stream().map(e -> asInputs(e, inputs)).toList());
            case Value.Struct s -> new Value.Struct(s.type(), s.fields().stream().map(e -> asInputs(e, inputs)).toList());
            case Value.Variant v -> new Value.Variant(v.type(), v.tag(), v.payload().stream().map(e -> asInputs(e, inputs)).toList());
            default -> value;
        };
    }

    /** Runs {@code request} carrying {@code signatures}. {@link RequestException} for a bad request. */
    public TransactionResult run(TransactionRequest request, List<TxSignature> signatures) {
        Prepared prepared = Preparation.prepare(request, cache);
        TransactionResult result = execute(request, prepared, signatures);
        if (result instanceof TransactionResult.Failed failed && request.mode() == RunMode.RUN
                && failed.failure().location() == null && prepared.contract().debugInfo().isPresent()
                && !Thread.currentThread().isInterrupted()) {
            return locate(request, signatures, failed);
        }
        return result;
    }

    /** vm-abi §8: re-run in debug mode and report where the same failure happened there. */
    private TransactionResult locate(TransactionRequest request, List<TxSignature> signatures, TransactionResult.Failed failed) {
        TransactionResult again;
        try {
            Prepared prepared = Preparation.prepare(request.withMode(RunMode.DEBUG), cache);
            if (!prepared.contract().hooked()) {
                return failed;
            }
            again = execute(request.withMode(RunMode.DEBUG), prepared, signatures);
        } catch (RequestException e) {
            return failed;
        }
        if (again instanceof TransactionResult.Failed located && located.failure().reason().equals(failed.failure().reason())
                && located.failure().location() != null) {
            TxFailure where = failed.failure().locatedAt(located.failure().location(), located.failure().stack());
            return new TransactionResult.Failed(where, Assembly.withFailure(failed.trace(), where), failed.intent());
        }
        return failed;
    }

    private TransactionResult execute(TransactionRequest request, Prepared prepared, List<TxSignature> signatures) {
        Intent intent = prepared.intent();
        Optional<UtxoId> duplicate = prepared.duplicate();
        if (duplicate.isPresent()) {
            return early(request, prepared, "DuplicateInput", "the input " + duplicate.get() + " is given twice");
        }
        List<InputSpec> inputs = new ArrayList<>();
        for (int i = 0; i < prepared.inputs().size(); i++) {
            InputSpec spec;
            try {
                spec = input(request.view(), prepared, i, request.mode());
            } catch (EarlyFailure e) {
                return early(request, prepared, e.reason, e.getMessage());
            }
            inputs.add(spec);
        }
        List<InputProcess> machineInputs = new ArrayList<>();
        for (InputSpec spec : inputs) {
            Integer owner = null;
            if (spec.entry().owner() != null) {
                owner = ownerPid(request.view(), spec.entry().owner(), prepared.inputs());
                if (owner == null) {
                    return early(request, prepared, "OwnerNotInTransaction", "the token " + spec.entry().id()
                            + " is owned by a utxo that is not an input of this transaction (A.4)");
                }
            }
            machineInputs.add(new InputProcess(spec.contract().programHash(), spec.type().kind() == ProcessTypeLayout.Kind.TOKEN,
                    owner == null ? null : new ProcessId(owner)));
        }
        InterleavingMachine machine = InterleavingMachine.live(machineInputs, prepared.contract().programHash());
        TxRun run = new TxRun(machine, new GasMeter(request.gasLimit()), request.mode(), new Recorder());
        Services services = new Services(request.block(), signatures, intent.digest(), verifier);
        Processes processes = new Processes(run, services);
        Value result = null;
        TxFailure failure = null;
        try {
            for (int i = 0; i < inputs.size(); i++) {
                InputSpec spec = inputs.get(i);
                processes.input(i, spec.contract(), spec.type(), spec.entry());
            }
            Proc script = processes.script(prepared.contract(), prepared.script().name());
            long[] out = run.call(script, prepared.script().export(), ValueCodec.toSlots(prepared.arguments()));
            if (!script.tries.isEmpty()) {
                throw run.abort("Trap", "the script returned inside a try with handlers", null, null, script);
            }
            result = decodeResult(run, script, prepared.script(), out);
            try {
                run.op(script, new Op.Return());
            } catch (TxAbort abort) { // out of gas for the final Return: no statement runs, so at the script (A.9 End)
                TxFailure f = abort.failure();
                throw f.location() != null ? abort : new TxAbort(f.locatedAt(
                        prepared.contract().functionByExport(prepared.script().export()).orElse(null), f.stack()));
            }
        } catch (TxAbort abort) {
            failure = abort.failure();
        } catch (RuntimeException e) { // the error boundary of a transaction: a module or layout that lies
            failure = broken(e);
        }
        if (Thread.currentThread().isInterrupted() || failure != null && failure.message().contains("interrupted")) {
            Thread.currentThread().interrupt(); // keep the caller's interrupt visible
        }
        Verdict verdict = machine.finish();
        if (failure == null && !verdict.ok()) {
            failure = endFailure(run, prepared, verdict.violation());
        }
        List<UtxoEntry> entries = inputs.stream().map(InputSpec::entry).toList();
        try {
            if (failure == null) {
                failure = Assembly.endedOwners(request.view(), run, entries);
            }
            Assembly assembly = new Assembly(request, prepared, run, verdict, entries);
            if (failure != null || result == null) {
                TxFailure f = failure != null ? failure : new TxFailure("Trap", "the script produced no result", null, null,
                        null, null, List.of());
                return new TransactionResult.Failed(f, assembly.trace(f), intent);
            }
            return assembly.committed(intent, signatures, result);
        } catch (RuntimeException e) { // reading the final records of a module whose layout does not fit it
            TxFailure f = failure != null ? failure : broken(e);
            return new TransactionResult.Failed(f, Assembly.emptyTrace(request, prepared, f), intent);
        }
    }

    private static TxFailure broken(RuntimeException e) {
        return new TxFailure("Trap", "the contract does not behave as its layout says: " + e.getMessage(), null, null, null,
                null, List.of());
    }

    private static Value decodeResult(TxRun run, Proc script, ScriptLayout layout, long[] out) {
        try {
            return ValueCodec.fromSlots(layout.result(), out);
        } catch (ValueDecodeException e) {
            throw run.abort("Trap", layout.name() + " returned a malformed " + Type.display(layout.result()) + ": "
                    + e.getMessage(), null, null, script);
        }
    }

    /** An end-of-transaction rule broke (A.9 End): reported at the entry script. */
    private static TxFailure endFailure(TxRun run, Prepared prepared, @Nullable Violation v) {
        if (v == null) {
            throw new IllegalStateException("a failed verdict without a violation");
        }
        SourceLocation where = prepared.contract().functionByExport(prepared.script().export()).orElse(null);
        Integer pid = v.pid() == null ? null : v.pid().value();
        String about = pid != null && pid < run.utxos.size() ? run.utxos.get(pid).label + ": " : "";
        return new TxFailure(v.error().name(), about + v.message() + " (rule " + v.rule().number() + ": " + v.rule().text() + ")",
                v.rule().number(), null, pid, where, List.of());
    }

    private TransactionResult early(TransactionRequest request, Prepared prepared, String reason, String message) {
        TxFailure failure = new TxFailure(reason, message, null, null, null, null, List.of());
        return new TransactionResult.Failed(failure, Assembly.emptyTrace(request, prepared, failure), prepared.intent());
    }

    // ------------------------------------------------------------------ inputs

    /** An input resolved on the ledger: its entry, contract and type. */
    record InputSpec(UtxoEntry entry, LoadedContract contract, ProcessTypeLayout type) {}

    private static final class EarlyFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String reason;

        EarlyFailure(String reason, String message) {
            super(message, null, false, false);
            this.reason = reason;
        }
    }

    private InputSpec input(LedgerView view, Prepared prepared, int index, RunMode mode) {
        UtxoId id = prepared.inputs().get(index);
        Type declared = prepared.inputTypes().get(index);
        UtxoEntry entry = view.utxo(id).orElseThrow(() -> new EarlyFailure("InputNotFound",
                "the input " + id + " is not a live utxo on this ledger"));
        DeployedContract deployed = view.contract(id.contractHash()).orElseThrow(() -> new EarlyFailure("ContractMismatch",
                "the input " + id + " belongs to contract " + id.contractHash() + ", which is not deployed"));
        LoadedContract contract;
        try {
            contract = cache.load(deployed, mode);
        } catch (ContractLoadException e) {
            throw new EarlyFailure("ContractMismatch", "the input " + id + " cannot run: " + e.getMessage());
        }
        ProcessTypeLayout type = contract.layout().typeByIndex(entry.state().typeIndex()).orElseThrow(() ->
                new EarlyFailure("ContractMismatch", "the input " + id + " has type index " + entry.state().typeIndex()
                        + ", which contract " + deployed.name() + " does not declare"));
        boolean token = type.kind() == ProcessTypeLayout.Kind.TOKEN;
        if (token != entry.isToken() || entry.state().wordCount() != type.recordWords()) {
            throw new EarlyFailure("ContractMismatch", "the input " + id + "'s record (" + entry.state()
                    + ") does not fit " + type.name() + " of contract " + deployed.name() + " (" + type.recordWords() + " words)");
        }
        String mismatch = switch (declared) {
            case Type.Utxo u -> !token && type.name().equals(u.name()) && contract.hash().equals(prepared.contract().hash())
                    ? null : "a " + u.name() + " of this contract";
            case Type.Token t -> token && type.name().equals(t.name()) && contract.hash().equals(prepared.contract().hash())
                    ? null : "a " + t.name() + " token of this contract";
            case Type.AnyUtxo u -> token ? "a utxo" : null;
            case Type.AnyToken t -> token ? null : "a token";
            case Type.Abi a -> type.implementedAbis().contains(a.name()) ? null : "something implementing " + a.name();
            default -> "a handle";
        };
        if (mismatch != null) {
            throw new EarlyFailure("ContractMismatch", "the input " + id + " is a " + type.name() + " of contract "
                    + deployed.name() + " (" + contract.hash().shortHex() + "), but the parameter needs " + mismatch);
        }
        return new InputSpec(entry, contract, type);
    }

    private static @Nullable Integer ownerPid(LedgerView view, CoroutineId owner, List<UtxoId> inputs) {
        Optional<UtxoId> ownerId = view.utxoOf(owner);
        if (ownerId.isEmpty()) {
            return null;
        }
        int index = inputs.indexOf(ownerId.get());
        return index < 0 ? null : index;
    }
}
