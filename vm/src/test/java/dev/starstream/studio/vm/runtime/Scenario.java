package dev.starstream.studio.vm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import dev.starstream.studio.vm.ledger.JdkEd25519;
import dev.starstream.studio.vm.ledger.TxSignature;
import dev.starstream.studio.vm.runtime.values.LiteralParser;
import dev.starstream.studio.vm.runtime.values.Value;
import dev.starstream.studio.vm.wasm.codegen.SourceCompiler;
import java.util.ArrayList;
import java.util.List;

/**
 * Test support: a Starstream source from {@code scenarios/} compiled by the code generator, deployed on
 * an in-memory ledger, and its scripts run with arguments written as command-line literals.
 */
final class Scenario {
    final InMemoryLedger ledger = new InMemoryLedger();
    final TransactionRunner runner;
    final DeployedContract contract;
    private final LiteralParser literals = new LiteralParser();

    Scenario(String file, ContractCache cache) {
        String source = Golden.read("scenarios/" + file);
        SourceCompiler.Result result = new SourceCompiler().compile(file, source);
        if (!(result instanceof SourceCompiler.Result.Compiled compiled)) {
            throw new AssertionError(file + " does not compile: " + result.diagnostics());
        }
        contract = DebugBundle.deployable(compiled.contract());
        ledger.deploy(contract);
        runner = new TransactionRunner(cache);
    }

    Scenario(String file) {
        this(file, new ContractCache());
    }

    TransactionRequest request(String script, String... args) {
        var layout = runner.cache().load(contract, RunMode.RUN).layout().script(script).orElseThrow();
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            values.add(literals.parse(layout.params().get(i).type(), args[i]));
        }
        return TransactionRequest.of(ledger, contract.hash(), script, values);
    }

    TransactionResult run(RunMode mode, String script, String... args) {
        return runner.run(request(script, args).withMode(mode), List.of());
    }

    TransactionResult run(String script, String... args) {
        return run(RunMode.RUN, script, args);
    }

    TransactionResult runSigned(List<Keys> signers, String script, String... args) {
        TransactionRequest request = request(script, args);
        List<TxSignature> signatures = new ArrayList<>();
        for (Keys k : signers) {
            signatures.add(k.sign(runner.intent(request)));
        }
        return runner.run(request, signatures);
    }

    /** Runs, expects a commit, applies it to the ledger. */
    TransactionResult.Committed commit(String script, String... args) {
        return apply(run(script, args));
    }

    TransactionResult.Committed apply(TransactionResult result) {
        assertThat(result).as("%s", result instanceof TransactionResult.Failed f ? f.failure().describe() : "")
                .isInstanceOf(TransactionResult.Committed.class);
        TransactionResult.Committed committed = (TransactionResult.Committed) result;
        assertThat(ledger.apply(committed.transaction(), new JdkEd25519())).isInstanceOf(ApplyResult.Committed.class);
        return committed;
    }

    TxFailure fail(String script, String... args) {
        TransactionResult result = run(script, args);
        assertThat(result).as("%s", result).isInstanceOf(TransactionResult.Failed.class);
        return ((TransactionResult.Failed) result).failure();
    }
}
