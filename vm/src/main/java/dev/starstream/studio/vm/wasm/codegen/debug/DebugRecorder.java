package dev.starstream.studio.vm.wasm.codegen.debug;

import dev.starstream.studio.vm.lang.syntax.Position;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import dev.starstream.studio.vm.lang.syntax.Span;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Collects debug information while the code generator writes a module. */
public final class DebugRecorder {
    private final Map<Integer, DebugInfo.Statement> statements = new TreeMap<>();
    private final List<DebugInfo.Function> functions = new ArrayList<>();
    private final List<DebugInfo.Variable> variables = new ArrayList<>();
    private final List<DebugInfo.Frame> frames = new ArrayList<>();
    private final List<DebugInfo.EffectSite> effectSites = new ArrayList<>();
    private final List<SourceMark> marks = new ArrayList<>();
    private final List<DebugInfo.WasmFunction> wasmFunctions = new ArrayList<>();

    /** Registers a function and returns its debug id. */
    public int function(String name, String kind, String owner, String export, SourceFile file, Span span) {
        int id = functions.size();
        Position p = file.position(span.start());
        functions.add(new DebugInfo.Function(id, name, kind, owner, export, file.path(), p.line(), p.column()));
        return id;
    }

    /** Names the module's function {@code index}: the code of source function {@code function} (−1: generated). */
    public void wasmFunction(int index, int function, String label) {
        wasmFunctions.add(new DebugInfo.WasmFunction(index, function, label));
    }

    public void statement(int id, int function, SourceFile file, Span span) {
        if (id < 0) {
            return;
        }
        Position start = file.position(span.start());
        Position end = file.position(span.end());
        statements.putIfAbsent(id, new DebugInfo.Statement(id, function, file.path(), span.start(), span.end(),
                start.line(), start.column(), end.line(), end.column()));
    }

    /** Registers one slot of a variable and returns its var-id. */
    public int variable(int function, String name, Type type, int slot, int slots, String kind, String home, int line) {
        int id = variables.size();
        variables.add(new DebugInfo.Variable(id, function, name, type, slot, slots, kind, home, line));
        return id;
    }

    public void frame(DebugInfo.Frame frame) {
        frames.add(frame);
    }

    public void effectSite(String kind, String name, int function, SourceFile file, Span span) {
        Position p = file.position(span.start());
        effectSites.add(new DebugInfo.EffectSite(kind, name, function, file.path(), span.start(), span.end(), p.line(),
                p.column()));
    }

    /** Notes that the instruction at {@code offset} of function {@code functionIndex} starts statement {@code statement}. */
    public void mark(int functionIndex, int offset, int statement, SourceFile file, Span span) {
        int line = file.position(span.start()).line();
        marks.add(new SourceMark(functionIndex, offset, statement, file.path(), line, file.lineText(line).strip()));
    }

    /** The statement starts in instruction order of writing. */
    public List<SourceMark> marks() {
        return List.copyOf(marks);
    }

    public DebugInfo finish(String contract, String releaseHash, boolean debugBuild) {
        return new DebugInfo(DebugInfo.VERSION, contract, releaseHash, debugBuild, List.copyOf(statements.values()),
                functions, variables, frames, effectSites,
                wasmFunctions.stream().sorted(java.util.Comparator.comparingInt(DebugInfo.WasmFunction::index)).toList());
    }
}
