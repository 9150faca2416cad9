package dev.starstream.studio.app.run;

import dev.starstream.studio.ledger.LedgerException;
import dev.starstream.studio.ledger.wallet.Wallet;
import dev.starstream.studio.vm.contract.ContractLayout;
import dev.starstream.studio.vm.contract.ParamLayout;
import dev.starstream.studio.vm.contract.ScriptLayout;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.Intent;
import dev.starstream.studio.vm.ledger.TxSignature;
import dev.starstream.studio.vm.runtime.DebugBundle;
import dev.starstream.studio.vm.runtime.RequestException;
import dev.starstream.studio.vm.runtime.RunMode;
import dev.starstream.studio.vm.runtime.RunReport;
import dev.starstream.studio.vm.runtime.TransactionRequest;
import dev.starstream.studio.vm.runtime.TransactionResult;
import dev.starstream.studio.vm.runtime.TransactionRunner;
import dev.starstream.studio.vm.runtime.TxFailure;
import dev.starstream.studio.vm.runtime.values.KeyResolver;
import dev.starstream.studio.vm.runtime.values.LiteralException;
import dev.starstream.studio.vm.runtime.values.LiteralParser;
import dev.starstream.studio.vm.runtime.values.Value;
import dev.starstream.studio.vm.runtime.values.ValueLayout;
import dev.starstream.studio.vm.wasm.codegen.CompiledContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one wiring of compiler output, runtime, wallet and ledger that {@code studio run} and the IDE
 * share: deploy the contract, turn the arguments into values (literals, wallet keys, handle
 * selectors), form the intent, sign it with the signers' wallet keys, run the transaction and, when
 * it commits, apply it to the chain. A transaction the ledger refuses is reported as a failure under
 * the ledger's reason.
 */
public final class ScriptRun {
    private final TransactionRunner runner;

    public ScriptRun(TransactionRunner runner) {
        this.runner = runner;
    }

    /**
     * What to run: the script, one argument text per parameter in order, the wallet keys that sign,
     * the gas limit and the mode.
     */
    public record Request(String script, List<String> arguments, List<String> signers, long gasLimit, RunMode mode) {
        public Request {
            arguments = List.copyOf(arguments);
            signers = List.copyOf(signers);
        }
    }

    /**
     * Runs {@code request} against {@code chain}. {@code checkpoint} is called between the steps (it
     * throws to stop, e.g. when the user cancels); once the transaction is applied it is not called again.
     */
    public RunOutcome run(Chain chain, CompiledContract compiled, Request request, Wallet wallet, Runnable checkpoint) {
        return run(chain, compiled, request, wallet, checkpoint, java.util.function.Supplier::get);
    }

    /** How the transaction itself is executed: directly, or e.g. under a wall-clock timeout. */
    @FunctionalInterface
    public interface Execution {
        TransactionResult execute(java.util.function.Supplier<TransactionResult> run);
    }

    /** As {@link #run(Chain, CompiledContract, Request, Wallet, Runnable)}, the transaction executed through {@code execution}. */
    public RunOutcome run(Chain chain, CompiledContract compiled, Request request, Wallet wallet, Runnable checkpoint,
            Execution execution) {
        ContractLayout layout = compiled.layout();
        ScriptLayout script = layout.script(request.script()).orElse(null);
        if (script == null) {
            List<String> names = layout.scripts().stream().map(ScriptLayout::name).toList();
            return new RunOutcome.Refused(compiled.name() + " has no script fn " + request.script()
                    + (names.isEmpty() ? " (it has no scripts)" : " (scripts: " + String.join(", ", names) + ")"));
        }
        DeployedContract contract = DebugBundle.deployable(compiled);
        try {
            chain.deploy(contract);
            List<Value> values = arguments(chain, compiled, script, request.arguments(), wallet);
            checkpoint.run();
            TransactionRequest txRequest = new TransactionRequest(chain.view(), contract.hash(), script.name(), values,
                    request.gasLimit(), request.mode());
            Intent intent = runner.intent(txRequest);
            List<TxSignature> signatures = new ArrayList<>();
            for (String signer : request.signers()) {
                signatures.add(wallet.sign(signer.startsWith("@") ? signer.substring(1) : signer, intent));
            }
            TransactionResult result = execution.execute(() -> runner.run(txRequest, signatures));
            checkpoint.run();
            List<ContractLayout> layouts = List.of(layout);
            if (result instanceof TransactionResult.Committed committed) {
                return switch (chain.apply(committed.transaction())) {
                    case ApplyResult.Committed c -> new RunOutcome.Ran(compiled, result, new RunReport(result, c.plan(), layouts), c);
                    case ApplyResult.Rejected r -> {
                        TransactionResult refused = new TransactionResult.Failed(new TxFailure(r.rejection().reason(),
                                "the ledger refused the transaction: " + r.rejection().message(), null, null, null, null,
                                List.of()), committed.trace(), intent);
                        yield new RunOutcome.Ran(compiled, refused, new RunReport(refused, null, layouts), null);
                    }
                };
            }
            return new RunOutcome.Ran(compiled, result, new RunReport(result, null, layouts), null);
        } catch (ArgumentException | RequestException | LedgerException e) {
            return new RunOutcome.Refused(e.getMessage());
        }
    }

    private List<Value> arguments(Chain chain, CompiledContract compiled, ScriptLayout script, List<String> texts, Wallet wallet) {
        List<ParamLayout> params = script.params();
        if (params.size() != texts.size()) {
            throw new ArgumentException(script.name() + " takes " + params.size() + " argument" + (params.size() == 1 ? "" : "s")
                    + (params.isEmpty() ? "" : " (" + String.join(", ", params.stream()
                            .map(p -> p.name() + ": " + Type.display(p.type())).toList()) + ")") + ", not " + texts.size());
        }
        KeyResolver keys = name -> {
            try {
                return Optional.of(wallet.key(name).publicKey());
            } catch (LedgerException e) {
                return Optional.empty();
            }
        };
        LiteralParser parser = new LiteralParser(keys);
        HandleResolver handles = new HandleResolver(chain, compiled);
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            ParamLayout param = params.get(i);
            String text = texts.get(i);
            String where = "argument " + (i + 1) + " (" + param.name() + ": " + Type.display(param.type()) + ")";
            try {
                if (ValueLayout.isHandle(param.type())) {
                    text = handles.resolve(param, text, params.subList(0, i), values).toString();
                }
                values.add(parser.parse(param.type(), text));
            } catch (LiteralException e) {
                throw new ArgumentException(where + ", column " + e.column() + ": " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new ArgumentException(where + ": " + e.getMessage());
            }
        }
        return values;
    }

    /** A bad argument (wrong count, not a literal of its type, a selector that finds nothing). */
    static final class ArgumentException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ArgumentException(String message) {
            super(message, null, false, false);
        }
    }
}
