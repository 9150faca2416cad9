package dev.starstream.studio.ledger;

import dev.starstream.studio.vm.contract.ContractLayout;
import dev.starstream.studio.vm.contract.ParamLayout;
import dev.starstream.studio.vm.contract.ScriptLayout;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.Intent;
import dev.starstream.studio.vm.ledger.LedgerView;
import dev.starstream.studio.vm.ledger.PendingBlock;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.UtxoId;
import dev.starstream.studio.vm.runtime.RequestException;
import dev.starstream.studio.vm.runtime.RunMode;
import dev.starstream.studio.vm.runtime.TransactionRequest;
import dev.starstream.studio.vm.runtime.TransactionResult;
import dev.starstream.studio.vm.runtime.TransactionRunner;
import dev.starstream.studio.vm.runtime.values.Value;
import dev.starstream.studio.vm.runtime.values.ValueCodec;
import java.util.List;
import java.util.Optional;

/**
 * A.12 re-execution on the runtime: decodes the intent's argument lanes with the entry script's
 * parameter types from the deployed contract's layout, turns every handle (an index into the inputs)
 * back into the input's UtxoId, re-derives the intent from that request (it must be the signed one),
 * and runs it against the state before the transaction, in the block it records, carrying its
 * signatures.
 */
public final class RuntimeReExecutor implements ReExecutor {
    private final TransactionRunner runner;

    public RuntimeReExecutor(TransactionRunner runner) {
        this.runner = runner;
    }

    @Override
    public Outcome reexecute(Transaction tx, LedgerView before) {
        Intent intent = tx.intent();
        Optional<DeployedContract> contract = before.contract(intent.entryContract());
        if (contract.isEmpty()) {
            return new Outcome.Failed("ContractNotDeployed", "the entry contract " + intent.entryContract() + " is not deployed");
        }
        List<Type> types;
        try {
            ContractLayout layout = ContractLayout.fromJson(contract.get().layout().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Optional<ScriptLayout> script = layout.script(intent.scriptName());
            if (script.isEmpty()) {
                return new Outcome.Failed("ReexecutionMismatch", contract.get().name() + " has no script fn " + intent.scriptName());
            }
            types = script.get().params().stream().map(ParamLayout::type).toList();
        } catch (RuntimeException e) {
            return new Outcome.Failed("ReexecutionMismatch", "the contract's layout cannot be read: " + e.getMessage());
        }
        List<Value> arguments;
        try {
            arguments = ValueCodec.fromLanes(types, intent.arguments().values()).stream()
                    .map(value -> inputRefs(value, intent.inputs()))
                    .toList();
        } catch (IllegalArgumentException e) {
            return new Outcome.Failed("ReexecutionMismatch", "the intent's arguments do not decode: " + e.getMessage());
        }
        PendingBlock block = new PendingBlock(tx.effects().blockHeight(), tx.effects().slot(), before.pendingBlock().timeMillis());
        TransactionRequest request = new TransactionRequest(before, intent.entryContract(), intent.scriptName(), arguments,
                intent.gasLimit(), RunMode.RUN,
                new TransactionRequest.Context(intent.preparedAtHeight(), intent.preparedAtHash(), block));
        try {
            if (!runner.intent(request).equals(intent)) {
                return new Outcome.Failed("ReexecutionMismatch", "the intent re-derived from its arguments is not the signed one");
            }
            return switch (runner.run(request, tx.signatures())) {
                case TransactionResult.Committed committed -> new Outcome.Produced(committed.transaction().effects());
                case TransactionResult.Failed failed -> new Outcome.Failed("ReexecutionMismatch",
                        "re-executing the intent fails with " + failed.failure().reason() + ": " + failed.failure().message());
            };
        } catch (RequestException e) {
            return new Outcome.Failed("ReexecutionMismatch", "the intent cannot be re-run: " + e.getMessage());
        }
    }

    /** Replaces every handle (an index into the inputs) by a reference to that input's UtxoId. */
    private static Value inputRefs(Value value, List<UtxoId> inputs) {
        return switch (value) {
            case Value.Handle handle -> {
                if (handle.pid() >= inputs.size()) {
                    throw new IllegalArgumentException("handle " + handle.pid() + " names no input (" + inputs.size() + " inputs)");
                }
                yield new Value.InputRef(handle.type(), inputs.get(handle.pid()));
            }
            case Value.Tuple t -> new Value.Tuple(t.type(), t.elements().stream().map(e -> inputRefs(e, inputs)).toList());
            case Value.Struct s -> new Value.Struct(s.type(), s.fields().stream().map(e -> inputRefs(e, inputs)).toList());
            case Value.Variant v -> new Value.Variant(v.type(), v.tag(), v.payload().stream().map(e -> inputRefs(e, inputs)).toList());
            default -> value;
        };
    }
}
