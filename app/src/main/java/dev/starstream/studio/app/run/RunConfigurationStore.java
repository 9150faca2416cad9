package dev.starstream.studio.app.run;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.starstream.studio.vm.ledger.Intent;
import dev.starstream.studio.vm.runtime.RunMode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes {@code <workspace>/.starstream/run-configurations.json}, a file people read and
 * edit (and commit):
 *
 * <pre>{@code
 * {
 *   "version" : 1,
 *   "selected" : "Score: example",
 *   "walletKeys" : [ "alice" ],
 *   "configurations" : [ {
 *     "name" : "Score: example",
 *     "file" : "score.star",
 *     "script" : "example",
 *     "arguments" : { "amount" : "42", "acc" : "newest Accumulator" },
 *     "signers" : [ "alice" ],
 *     "gasLimit" : 10000000,
 *     "mode" : "debug"
 *   } ]
 * }
 * }</pre>
 *
 * Reading never fails: a missing file is no configurations; a malformed file or entry is reported as
 * a problem (the good entries are kept) and the file is left untouched until the next save.
 */
public final class RunConfigurationStore {
    public static final String FILE_NAME = "run-configurations.json";
    /** The configuration picked in the toolbar: this user's state, kept beside the shared file. */
    public static final String SELECTION_FILE = "selected-run-configuration";
    public static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;

    public RunConfigurationStore(Path workspaceRoot) {
        this.file = workspaceRoot.resolve(".starstream").resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    /** The configuration last picked in the toolbar, when one was. */
    public java.util.Optional<String> loadSelection() {
        try {
            String name = Files.readString(file.resolveSibling(SELECTION_FILE), StandardCharsets.UTF_8).strip();
            return name.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(name);
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** Remembers the configuration picked in the toolbar (without touching the shared file). */
    public void saveSelection(String name) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file.resolveSibling(SELECTION_FILE), name + "\n", StandardCharsets.UTF_8);
    }

    /** What was read, and what was wrong with the file (empty when all is well). */
    public record Loaded(RunConfigurations configurations, List<String> problems) {
        public Loaded {
            problems = List.copyOf(problems);
        }
    }

    /** The configurations, selected as last picked in the toolbar (else as the file says). */
    public Loaded load() {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new Loaded(RunConfigurations.EMPTY, List.of());
        } catch (IOException e) {
            return new Loaded(RunConfigurations.EMPTY, List.of("cannot read " + file + ": " + e.getMessage()));
        }
        Loaded loaded = parse(text);
        return loadSelection().filter(name -> loaded.configurations().find(name).isPresent())
                .map(name -> new Loaded(loaded.configurations().withSelected(name), loaded.problems()))
                .orElse(loaded);
    }

    /** The configurations in {@code text} (the file's format). */
    public Loaded parse(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JacksonException e) {
            return new Loaded(RunConfigurations.EMPTY, List.of(FILE_NAME + " is not valid JSON: " + e.getOriginalMessage()));
        }
        if (root == null || !root.isObject()) {
            return new Loaded(RunConfigurations.EMPTY, List.of(FILE_NAME + " must hold one JSON object"));
        }
        List<String> problems = new ArrayList<>();
        if (root.has("version") && root.path("version").asInt(-1) != VERSION) {
            problems.add(FILE_NAME + " has version " + root.path("version") + "; this Studio reads version " + VERSION);
        }
        List<RunConfiguration> configurations = new ArrayList<>();
        Set<String> names = new HashSet<>();
        JsonNode list = root.path("configurations");
        if (!list.isMissingNode() && !list.isArray()) {
            problems.add("\"configurations\" must be a list");
        }
        int index = 0;
        for (JsonNode node : list.isArray() ? list : JSON.createArrayNode()) {
            index++;
            try {
                RunConfiguration c = configuration(node);
                if (!names.add(c.name())) {
                    problems.add("configuration " + index + ": the name \"" + c.name() + "\" is used twice; the first is kept");
                    continue;
                }
                configurations.add(c);
            } catch (IllegalArgumentException e) {
                problems.add("configuration " + index + ": " + e.getMessage());
            }
        }
        List<String> keys = new ArrayList<>();
        for (JsonNode key : root.path("walletKeys")) {
            if (key.isTextual() && !key.asText().isBlank()) {
                keys.add(key.asText());
            }
        }
        String selected = root.path("selected").isTextual() ? root.path("selected").asText() : null;
        if (selected != null && !names.contains(selected)) {
            selected = null;
        }
        if (selected == null && !configurations.isEmpty()) {
            selected = configurations.getFirst().name();
        }
        return new Loaded(new RunConfigurations(configurations, selected, keys), problems);
    }

    private static RunConfiguration configuration(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("must be an object");
        }
        String name = text(node, "name");
        String file = text(node, "file");
        String script = text(node, "script");
        List<RunConfiguration.Argument> arguments = new ArrayList<>();
        JsonNode args = node.path("arguments");
        if (args.isObject()) {
            for (Map.Entry<String, JsonNode> e : args.properties()) {
                arguments.add(new RunConfiguration.Argument(e.getKey(), e.getValue().isTextual()
                        ? e.getValue().asText() : e.getValue().toString()));
            }
        } else if (!args.isMissingNode()) {
            throw new IllegalArgumentException("\"arguments\" must map parameter names to literals");
        }
        List<String> signers = new ArrayList<>();
        for (JsonNode s : node.path("signers")) {
            String signer = s.asText();
            signers.add(signer.startsWith("@") ? signer.substring(1) : signer);
        }
        long gas = node.has("gasLimit") ? node.path("gasLimit").asLong(-1) : Intent.DEFAULT_GAS_LIMIT;
        if (gas <= 0) {
            throw new IllegalArgumentException("\"gasLimit\" must be a positive integer");
        }
        RunMode mode = switch (node.path("mode").asText("debug").toLowerCase(Locale.ROOT)) {
            case "debug" -> RunMode.DEBUG;
            case "run", "release" -> RunMode.RUN;
            default -> throw new IllegalArgumentException("\"mode\" is \"debug\" or \"run\", not " + node.path("mode"));
        };
        return new RunConfiguration(name, file, script, arguments, signers, gas, mode);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isTextual() || value.asText().isBlank()) {
            throw new IllegalArgumentException("\"" + field + "\" is missing");
        }
        return value.asText();
    }

    /** The file's text for {@code configurations}. */
    public String format(RunConfigurations configurations) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        if (configurations.selected() != null) {
            root.put("selected", configurations.selected());
        }
        if (!configurations.walletKeys().isEmpty()) {
            ArrayNode keys = root.putArray("walletKeys");
            configurations.walletKeys().forEach(keys::add);
        }
        ArrayNode list = root.putArray("configurations");
        for (RunConfiguration c : configurations.configurations()) {
            ObjectNode node = list.addObject();
            node.put("name", c.name());
            node.put("file", c.file());
            node.put("script", c.script());
            ObjectNode args = node.putObject("arguments");
            c.arguments().forEach(a -> args.put(a.name(), a.value()));
            ArrayNode signers = node.putArray("signers");
            c.signers().forEach(signers::add);
            node.put("gasLimit", c.gasLimit());
            node.put("mode", c.mode() == RunMode.DEBUG ? "debug" : "run");
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JacksonException e) {
            throw new IllegalStateException("a JSON tree always writes", e);
        }
    }

    /** Writes atomically (a temporary file renamed over the old one). */
    public void save(RunConfigurations configurations) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
        try {
            Files.writeString(temp, format(configurations), StandardCharsets.UTF_8);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
