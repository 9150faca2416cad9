package dev.starstream.studio.ledger.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A scenario file:
 *
 * <pre>
 * {"format": "starstream-scenario", "version": 1, "mining": "per-transaction",
 *  "contracts": [{"name": "tariff", "source": "tariff.star"}],
 *  "keys": ["alice"],
 *  "steps": [
 *    {"run": "tariff", "script": "keep", "as": "bill"},
 *    {"run": "tariff", "script": "bill_due", "args": ["$bill"], "signers": ["alice"]},
 *    {"run": "tariff", "script": "settle_without", "expect": "HandlerNotFound"},
 *    {"mine": true}, {"advanceSlots": 10}, {"snapshot": "charged"}]}
 * </pre>
 *
 * Sources are relative to the scenario file. Arguments are Starstream literals, as on the command
 * line; {@code $name} stands for the UtxoId a step saved with {@code "as"} (the script's result when it
 * is a utxo, else its first new output); {@code @key} for a scenario key's public key. Keys are derived
 * from their names (test keys, never for real value), so a scenario always builds the same ledger,
 * hashes included. {@code expect} is {@code "committed"} (the default) or a failure reason.
 */
public record Scenario(String mining, List<ContractSource> contracts, List<String> keys, List<Step> steps) {
    public static final String FORMAT = "starstream-scenario";

    public Scenario {
        contracts = List.copyOf(contracts);
        keys = List.copyOf(keys);
        steps = List.copyOf(steps);
    }

    public record ContractSource(String name, Path source) {}

    /** One step of a scenario. */
    public sealed interface Step {
        record Run(String contract, String script, List<String> args, List<String> signers, @Nullable String as, String expect)
                implements Step {}

        record Mine() implements Step {}

        record AdvanceSlots(long slots) implements Step {}

        record Snapshot(String name) implements Step {}
    }

    /** Reads a scenario; {@link ScenarioException} naming the field for anything malformed. */
    public static Scenario read(Path file) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new ScenarioException("cannot read the scenario " + file + ": " + e.getMessage(), e);
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new ScenarioException(file + " is not a scenario (format \"" + FORMAT + "\")");
        }
        if (root.path("version").asInt() != 1) {
            throw new ScenarioException("scenario version " + root.path("version").asText() + " is not supported (1 is)");
        }
        Path base = file.toAbsolutePath().getParent();
        List<ContractSource> contracts = new ArrayList<>();
        for (JsonNode contract : root.path("contracts")) {
            contracts.add(new ContractSource(text(contract, "name", "a contract"), base.resolve(text(contract, "source", "a contract"))));
        }
        List<String> keys = new ArrayList<>();
        root.path("keys").forEach(key -> keys.add(key.asText()));
        List<Step> steps = new ArrayList<>();
        int index = 0;
        for (JsonNode step : root.path("steps")) {
            steps.add(step(step, ++index));
        }
        return new Scenario(root.path("mining").asText("per-transaction"), contracts, keys, steps);
    }

    private static Step step(JsonNode step, int index) {
        String where = "step " + index;
        if (step.has("run")) {
            return new Step.Run(step.path("run").asText(), text(step, "script", where), strings(step.path("args")),
                    strings(step.path("signers")), step.hasNonNull("as") ? step.path("as").asText() : null,
                    step.path("expect").asText("committed"));
        }
        if (step.has("mine")) {
            return new Step.Mine();
        }
        if (step.has("advanceSlots")) {
            long slots = step.path("advanceSlots").asLong(0);
            if (slots <= 0) {
                throw new ScenarioException(where + ": advanceSlots is a positive number of slots");
            }
            return new Step.AdvanceSlots(slots);
        }
        if (step.has("snapshot")) {
            return new Step.Snapshot(step.path("snapshot").asText());
        }
        throw new ScenarioException(where + " is none of run, mine, advanceSlots, snapshot: " + step);
    }

    private static String text(JsonNode node, String field, String where) {
        if (!node.path(field).isTextual()) {
            throw new ScenarioException(where + " has no \"" + field + "\"");
        }
        return node.path(field).asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.isTextual() ? value.asText() : value.toString()));
        return values;
    }
}
