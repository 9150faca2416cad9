package dev.starstream.studio.ledger.scenario;

import dev.starstream.studio.ledger.Ledger;
import dev.starstream.studio.ledger.wallet.Ed25519;
import dev.starstream.studio.vm.contract.ParamLayout;
import dev.starstream.studio.vm.contract.ScriptLayout;
import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.Intent;
import dev.starstream.studio.vm.ledger.Transaction;
import dev.starstream.studio.vm.ledger.TxSignature;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoId;
import dev.starstream.studio.vm.runtime.DebugBundle;
import dev.starstream.studio.vm.runtime.RequestException;
import dev.starstream.studio.vm.runtime.RunMode;
import dev.starstream.studio.vm.runtime.TransactionRequest;
import dev.starstream.studio.vm.runtime.TransactionResult;
import dev.starstream.studio.vm.runtime.TransactionRunner;
import dev.starstream.studio.vm.runtime.values.LiteralException;
import dev.starstream.studio.vm.runtime.values.LiteralParser;
import dev.starstream.studio.vm.runtime.values.Value;
import dev.starstream.studio.vm.wasm.codegen.CompiledContract;
import dev.starstream.studio.vm.wasm.codegen.SourceCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plays a {@link Scenario} on a ledger: compiles and deploys its contracts, derives its keys, and runs
 * its steps in order on the runtime, applying each committed transaction. A step that does not do what
 * the scenario expects stops the run with a {@link ScenarioException} naming the step.
 */
public final class ScenarioRunner {
    private final Ledger ledger;
    private final TransactionRunner runner;
    private final Ed25519 ed25519 = new Ed25519();

    public ScenarioRunner(Ledger ledger, TransactionRunner runner) {
        this.ledger = ledger;
        this.runner = runner;
    }

    /** The deterministic test seed of a scenario key: SHA-256("starstream-scenario-key:v1:" ‖ name). */
    public static byte[] seedOf(String key) {
        return Hash32.sha256(("starstream-scenario-key:v1:" + key).getBytes(StandardCharsets.UTF_8)).bytes();
    }

    public List<StepOutcome> play(Scenario scenario) {
        Map<String, CompiledContract> compiled = new LinkedHashMap<>();
        for (Scenario.ContractSource source : scenario.contracts()) {
            CompiledContract contract = compile(source);
            compiled.put(source.name(), contract);
            ledger.deploy(DebugBundle.deployable(contract));
        }
        Map<String, byte[]> seeds = new HashMap<>();
        scenario.keys().forEach(key -> seeds.put(key, seedOf(key)));
        Map<String, UtxoId> saved = new HashMap<>();
        List<StepOutcome> outcomes = new ArrayList<>();
        int index = 0;
        for (Scenario.Step step : scenario.steps()) {
            index++;
            outcomes.add(switch (step) {
                case Scenario.Step.Run run -> run(index, run, compiled, seeds, saved);
                case Scenario.Step.Mine mine -> new StepOutcome(index, "mine block " + ledger.mineBlock().height(), "committed", null, null);
                case Scenario.Step.AdvanceSlots advance -> {
                    ledger.advanceSlots(advance.slots());
                    yield new StepOutcome(index, "advance " + advance.slots() + " slots", "committed", null, null);
                }
                case Scenario.Step.Snapshot snapshot -> {
                    ledger.snapshot(snapshot.name());
                    yield new StepOutcome(index, "snapshot " + snapshot.name(), "committed", null, null);
                }
            });
        }
        return outcomes;
    }

    private CompiledContract compile(Scenario.ContractSource source) {
        String text;
        try {
            text = Files.readString(source.source(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ScenarioException("cannot read the contract " + source.name() + " (" + source.source() + "): " + e.getMessage(), e);
        }
        SourceCompiler.Result result = new SourceCompiler().compile(source.source().toString(), text);
        if (!(result instanceof SourceCompiler.Result.Compiled ok)) {
            throw new ScenarioException("the contract " + source.name() + " does not compile: " + result.diagnostics());
        }
        return ok.contract();
    }

    private StepOutcome run(int index, Scenario.Step.Run step, Map<String, CompiledContract> compiled, Map<String, byte[]> seeds,
            Map<String, UtxoId> saved) {
        String where = "step " + index + " (" + step.contract() + "." + step.script() + ")";
        CompiledContract contract = compiled.get(step.contract());
        if (contract == null) {
            throw new ScenarioException(where + ": the scenario has no contract " + step.contract());
        }
        ScriptLayout script = contract.layout().script(step.script())
                .orElseThrow(() -> new ScenarioException(where + ": the contract has no script fn " + step.script()));
        List<Value> arguments = arguments(where, script, step.args(), seeds, saved);
        Hash32 hash = DebugBundle.deployable(contract).hash();
        TransactionRequest request = new TransactionRequest(ledger.view(), hash, step.script(), arguments,
                Intent.DEFAULT_GAS_LIMIT, RunMode.RUN);
        TransactionResult result;
        try {
            Intent intent = runner.intent(request);
            List<TxSignature> signatures = new ArrayList<>();
            for (String signer : step.signers()) {
                byte[] seed = Optional.ofNullable(seeds.get(signer))
                        .orElseThrow(() -> new ScenarioException(where + ": the scenario has no key " + signer));
                signatures.add(new TxSignature(ed25519.publicKeyOf(seed), ed25519.sign(seed, intent.digest().bytes())));
            }
            result = runner.run(request, signatures);
        } catch (RequestException e) {
            throw new ScenarioException(where + ": " + e.getMessage(), e);
        }
        String status;
        String txHash = null;
        String savedId = null;
        switch (result) {
            case TransactionResult.Failed failed -> status = failed.failure().reason();
            case TransactionResult.Committed committed -> {
                Transaction tx = committed.transaction();
                switch (ledger.apply(tx)) {
                    case ApplyResult.Rejected rejected -> status = rejected.rejection().reason();
                    case ApplyResult.Committed applied -> {
                        status = "committed";
                        txHash = applied.txHash().hex();
                        if (step.as() != null) {
                            UtxoId id = savedId(tx, applied, where);
                            saved.put(step.as(), id);
                            savedId = id.toString();
                        }
                    }
                }
            }
        }
        if (!status.equals(step.expect())) {
            throw new ScenarioException(where + ": expected " + step.expect() + " but the run gave " + status);
        }
        return new StepOutcome(index, step.contract() + "." + step.script() + step.args(), status, txHash, savedId);
    }

    private static UtxoId savedId(Transaction tx, ApplyResult.Committed applied, String where) {
        Optional<UtxoId> result = UtxoId.tryParse(tx.effects().result().asText(""));
        if (result.isPresent()) {
            return result.get();
        }
        return applied.plan().created().stream().map(UtxoEntry::id).findFirst()
                .orElseThrow(() -> new ScenarioException(where + ": \"as\" needs a utxo result or a new output"));
    }

    private static List<Value> arguments(String where, ScriptLayout script, List<String> args, Map<String, byte[]> seeds,
            Map<String, UtxoId> saved) {
        List<ParamLayout> params = script.params();
        if (params.size() != args.size()) {
            throw new ScenarioException(where + ": " + script.name() + " takes " + params.size() + " arguments, not " + args.size());
        }
        Ed25519 ed25519 = new Ed25519();
        LiteralParser parser = new LiteralParser(name -> Optional.ofNullable(seeds.get(name)).map(ed25519::publicKeyOf));
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String text = args.get(i);
            if (text.startsWith("$")) {
                UtxoId id = saved.get(text.substring(1));
                if (id == null) {
                    throw new ScenarioException(where + ": argument " + (i + 1) + " names " + text + ", which no earlier step saved");
                }
                text = id.toString();
            }
            try {
                values.add(parser.parse(params.get(i).type(), text));
            } catch (LiteralException e) {
                throw new ScenarioException(where + ": argument " + (i + 1) + " (" + params.get(i).name() + "): " + e.getMessage(), e);
            }
        }
        return values;
    }
}
