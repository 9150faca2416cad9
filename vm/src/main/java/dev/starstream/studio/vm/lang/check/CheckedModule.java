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

    /** Functions, events, effects and imported constants visible at the top level of the module, by name. */
    public java.util.Map<String, Symbol> constants() {
        java.util.Map<String, Symbol> out = new java.util.LinkedHashMap<>();
        exports.constants.forEach((k, v) -> {
            Symbol s = Lookup.symbolOf(v);
            if (s != null) {
                out.put(k, s);
            }
        });
        return out;
    }

    /** Type names visible in the module (built-in, declared and imported), by name. */
    public java.util.Map<String, Symbol> types() {
        java.util.Map<String, Symbol> out = new java.util.LinkedHashMap<>();
        exports.types.forEach((k, v) -> out.put(k, v.symbol()));
        return out;
    }

    /** Namespaces visible in the module (enums, utxos, tokens, {@code Option}/{@code Result}, namespace imports), by name. */
    public java.util.Map<String, Symbol> namespaces() {
        java.util.Map<String, Symbol> out = new java.util.LinkedHashMap<>();
        exports.children.forEach((k, v) -> out.put(k, v.symbol));
        return out;
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
