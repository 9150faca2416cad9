package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.parser.ParseResult;
import java.util.List;

/**
 * One checked source file: the parse result, the typed program, and the checker's diagnostics
 * (syntax diagnostics stay in {@link ParseResult#diagnostics()}; {@link #allDiagnostics()} has both).
 */
public final class CheckedModule {
    private final ParseResult parse;
    private final TypedModule typed;
    private final List<Diagnostic> diagnostics;
    final Namespace exports;

    CheckedModule(ParseResult parse, TypedModule typed, List<Diagnostic> diagnostics, Namespace exports) {
        this.parse = parse;
        this.typed = typed;
        this.diagnostics = List.copyOf(diagnostics);
        this.exports = exports;
    }

    /** The same module with more checker diagnostics (workspace-wide rules). */
    CheckedModule withDiagnostics(List<Diagnostic> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Diagnostic> all = new java.util.ArrayList<>(diagnostics);
        all.addAll(more);
        return new CheckedModule(parse, typed, all, exports);
    }

    public ParseResult parse() {
        return parse;
    }

    public TypedModule typed() {
        return typed;
    }

    public String path() {
        return parse.file().path();
    }

    public boolean isContract() {
        return parse.program().isContract();
    }

    /** The checker's diagnostics (not the syntax ones). */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** Syntax and checker diagnostics, in source order. */
    public List<Diagnostic> allDiagnostics() {
        return Diagnostics.sorted(parse.diagnostics(), diagnostics);
    }

    @Override
    public String toString() {
        return "module " + path();
    }
}
