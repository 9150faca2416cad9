package dev.starstream.studio.vm.wasm.codegen.debug;

import dev.starstream.studio.vm.contract.DebugInfo;
import dev.starstream.studio.vm.lang.syntax.Position;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import dev.starstream.studio.vm.lang.syntax.Span;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Collects the {@link DebugInfo} (docs/design/vm-abi.md §8) while the code generator writes a
 * module: statement spans, functions with their wasm index, every variable slot a write hook reports,
 * and the call sites of cross-process and host imports with the statement they are in.
 */
public final class DebugRecorder {
    private final Map<Integer, DebugInfo.Statement> statements = new TreeMap<>();
    private final List<DebugInfo.Function> functions = new ArrayList<>();
    private final List<DebugInfo.Variable> variables = new ArrayList<>();
    private final List<DebugInfo.Site> sites = new ArrayList<>();

    /** Registers a function and returns its fn id (the argument of the {@code enter}/{@code exit} hooks). */
    public int function(String name, int wasmIndex, SourceFile file, Span span) {
        int id = functions.size();
        functions.add(new DebugInfo.Function(id, wasmIndex, name, file.path(), file.position(span.start()).line()));
        return id;
    }

    public void statement(int id, SourceFile file, Span span) {
        if (id < 0) {
            return;
        }
        Position start = file.position(span.start());
        Position end = file.position(span.end());
        statements.putIfAbsent(id, new DebugInfo.Statement(id, file.path(), start.line(), start.column(), end.line(),
                end.column()));
    }

    /** Registers one slot of a variable and returns its var-id. */
    public int variable(int function, String name, Type type, int slot, DebugInfo.VariableKind kind) {
        int id = variables.size();
        variables.add(new DebugInfo.Variable(id, name, type, kind, function, slot));
        return id;
    }

    /** A call of import {@code module}/{@code name} from wasm function {@code wasmIndex} inside statement {@code statement}. */
    public void site(String module, String name, int wasmIndex, int statement, SourceFile file, Span span) {
        Position p = file.position(span.start());
        sites.add(new DebugInfo.Site(module, name, wasmIndex, statement, file.path(), p.line(), p.column()));
    }

    /** The debug information, carrying the debug build's bytes when given. */
    public DebugInfo finish(String releaseHash, byte @Nullable [] debugModule) {
        return new DebugInfo(DebugInfo.VERSION, releaseHash, List.copyOf(statements.values()), functions, variables, sites,
                debugModule);
    }
}
