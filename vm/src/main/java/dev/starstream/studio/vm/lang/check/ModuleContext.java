package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Ident;
import dev.starstream.studio.vm.lang.ast.ScopedName;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.diag.Location;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What every part of one module's check shares: the file, the session, the root namespace, the typed program and the diagnostics. */
final class ModuleContext {
    final SourceFile file;
    final String path;
    final CheckSession session;
    final Library lib;
    final TypedModule typed;
    final Namespace root;
    final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<String> reported = new HashSet<>();
    /** Every type name declared in this file, with its definition index (for "declared later" help). */
    final Map<String, Integer> declaredTypes = new HashMap<>();
    /** The index of the definition being registered or checked. */
    int order;
    /** True while definitions are registered (step 2), false while bodies are checked. */
    boolean registering;

    ModuleContext(SourceFile file, CheckSession session, TypedModule typed) {
        this.file = file;
        this.path = file.path();
        this.session = session;
        this.lib = session.library;
        this.typed = typed;
        this.root = new Namespace(path, new Symbol(Symbol.Kind.NAMESPACE, path, null, null, null, null));
        root.includeAll(lib.prelude);
    }

    Location at(Span span) {
        return new Location(file, span);
    }

    Diagnostic diag(DiagnosticCode code, Span span, String message) {
        return Diagnostic.of(code, file, span, message);
    }

    /** Reports once per (code, span): the same mistake seen twice by two rules is one diagnostic. */
    void report(Diagnostic d) {
        String key = d.code().code() + "@" + d.span().start() + ":" + d.span().end();
        if (reported.add(key)) {
            diagnostics.add(d);
        }
    }

    void error(DiagnosticCode code, Span span, String message) {
        report(diag(code, span, message));
    }

    void error(DiagnosticCode code, Span span, String message, String help) {
        report(diag(code, span, message).withHelp(help));
    }

    /** Adds "first defined here" when the earlier symbol has a location in some file. */
    Diagnostic related(Diagnostic d, @Nullable Symbol earlier, String what) {
        if (earlier == null) {
            return d;
        }
        Optional<Location> where = earlier.definition();
        return where.isPresent() ? d.withRelated(where.get(), what) : d.withNote("`" + earlier.name() + "` is built in");
    }

    /** Creates the symbol of a definition and records the defining occurrence. */
    Symbol define(Symbol.Kind kind, Ident name, @Nullable Symbol container, Optional<String> doc, @Nullable Ty ty) {
        Symbol s = new Symbol(kind, name.name(), name.name().isEmpty() ? null : at(name.span()), container, doc.orElse(null), ty);
        typed.occurrence(name.span(), s, true);
        return s;
    }

    void use(Span span, Symbol symbol) {
        typed.occurrence(span, symbol, false);
    }

    /** True when the parser left this name empty (the syntax error is already reported). */
    static boolean missing(Ident name) {
        return name.name().isEmpty();
    }

    static boolean missing(ScopedName name) {
        return name.segments().stream().anyMatch(ModuleContext::missing);
    }

    static String quote(String s) {
        return "`" + s + "`";
    }
}
