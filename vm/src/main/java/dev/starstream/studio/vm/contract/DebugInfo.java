package dev.starstream.studio.vm.contract;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.starstream.studio.vm.lang.types.Type;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The debug information of a contract (docs/design/vm-abi.md §8), JSON beside the module: which
 * source span each statement id stands for, which function each fn id and wasm function index is,
 * every variable a {@code write.*} hook reports, and the sites of cross-process acts (so that a
 * release run can name the place of an event or a failure when the import is called from one site
 * only). {@code debugModule} carries the debug build's bytes (base64 in JSON); it runs under
 * {@code releaseHash}. Unknown JSON properties are ignored and absent lists read as empty, so the
 * format can grow.
 *
 * @param releaseHash the SHA-256 (64 hex digits) of the release module: the program hash
 * @param debugModule the debug build's module bytes, or {@code null} when only the release build exists
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DebugInfo(
        int version,
        String releaseHash,
        List<Statement> statements,
        List<Function> functions,
        List<Variable> variables,
        List<Site> sites,
        byte @Nullable [] debugModule) {

    public static final int VERSION = 1;
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    public DebugInfo {
        statements = statements == null ? List.of() : List.copyOf(statements);
        functions = functions == null ? List.of() : List.copyOf(functions);
        variables = variables == null ? List.of() : List.copyOf(variables);
        sites = sites == null ? List.of() : List.copyOf(sites);
        debugModule = debugModule == null ? null : debugModule.clone();
    }

    /** A statement id's source span (1-based lines and columns, counted in code points). */
    public record Statement(int id, String file, int line, int column, int endLine, int endColumn) {}

    /**
     * A function: its fn id (the {@code enter}/{@code exit} hooks), its index in the module's function
     * index space (imports first), its qualified name ({@code settle}, {@code Bill::open},
     * {@code Bill.charge}, {@code handler#0}) and where it is declared.
     */
    public record Function(int id, int wasmIndex, String name, String file, int line) {}

    /**
     * A variable a {@code write.i32}/{@code write.i64} hook reports: its var id, name, type, what it
     * is, the fn id it belongs to (−1 for storage), and which of its slots the hook reports.
     */
    public record Variable(int id, String name, Type type, VariableKind kind, int function, int slot) {}

    public enum VariableKind {
        LOCAL,
        PARAM,
        STORAGE,
        SPILL,
        CAPTURED_IN_FRAME
    }

    /**
     * A place where the module calls a host import that acts across processes or is visible in the
     * result: a call of {@code module}/{@code name} in function {@code wasmIndex}, inside statement
     * {@code statement}.
     */
    public record Site(String module, String name, int wasmIndex, int statement, String file, int line, int column) {}

    public Optional<Statement> statement(int id) {
        return statements.stream().filter(s -> s.id() == id).findFirst();
    }

    public Optional<Function> function(int id) {
        return functions.stream().filter(f -> f.id() == id).findFirst();
    }

    public Optional<Variable> variable(int id) {
        return variables.stream().filter(v -> v.id() == id).findFirst();
    }

    /** The only site that calls {@code module}/{@code name}, if exactly one does. */
    public Optional<Site> uniqueSite(String module, String name) {
        List<Site> found = sites.stream().filter(s -> s.module().equals(module) && s.name().equals(name)).toList();
        return found.size() == 1 ? Optional.of(found.getFirst()) : Optional.empty();
    }

    /** Statements by id, for lookups in a hot path. */
    public Map<Integer, Statement> statementsById() {
        Map<Integer, Statement> map = new HashMap<>();
        statements.forEach(s -> map.put(s.id(), s));
        return map;
    }

    @Override
    public byte @Nullable [] debugModule() {
        return debugModule == null ? null : debugModule.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DebugInfo that && version == that.version && releaseHash.equals(that.releaseHash)
                && statements.equals(that.statements) && functions.equals(that.functions)
                && variables.equals(that.variables) && sites.equals(that.sites)
                && java.util.Arrays.equals(debugModule, that.debugModule);
    }

    @Override
    public int hashCode() {
        return releaseHash.hashCode();
    }

    @Override
    public String toString() {
        return "DebugInfo[" + releaseHash + ", " + statements.size() + " statements, " + functions.size() + " functions]";
    }

    public JsonNode toJsonTree() {
        return JSON.valueToTree(this);
    }

    public byte[] toJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The debug info in {@code json}; empty for JSON null or anything that is not debug info. */
    public static Optional<DebugInfo> fromJson(JsonNode json) {
        if (json == null || json.isNull() || !json.isObject()) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.treeToValue(json, DebugInfo.class));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
