package dev.starstream.studio.editor.services.navigation;

import dev.starstream.studio.editor.services.analysis.Analysis;
import dev.starstream.studio.editor.services.location.Location;
import dev.starstream.studio.editor.services.text.LineIndex;
import dev.starstream.studio.vm.lang.check.CheckedModule;
import dev.starstream.studio.vm.lang.check.Symbol;
import dev.starstream.studio.vm.lang.check.TypedModule;
import dev.starstream.studio.vm.lang.check.facts.LanguageFacts;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Go to definition, find references and hover, across the workspace and in files with errors
 * (whatever the checker could resolve). Pure functions of an analysis; run them on the analysis
 * thread with an analysis of exactly the editor's text.
 */
public final class Navigation {
    private Navigation() {}

    /** The symbol under the caret (the caret may sit right after the name). */
    public static Optional<LanguageFacts.SymbolAt> symbolAt(Analysis analysis, Path file, int offset) {
        return analysis.module(file).flatMap(m -> analysis.facts().symbolAt(m, offset));
    }

    /** Where the symbol at {@code offset} is defined; empty for built-ins and when nothing is there. */
    public static Optional<Location.TextLocation> definition(Analysis analysis, Path file, int offset) {
        return symbolAt(analysis, file, offset).flatMap(s -> s.symbol().definition()).map(analysis::location);
    }

    /** Every occurrence of the symbol at {@code offset} in the workspace (its definition included), by file and position. */
    public static List<Reference> references(Analysis analysis, Path file, int offset) {
        return symbolAt(analysis, file, offset).map(s -> references(analysis, s.symbol())).orElse(List.of());
    }

    public static List<Reference> references(Analysis analysis, Symbol symbol) {
        List<Reference> out = new ArrayList<>();
        for (CheckedModule m : analysis.checked().modules()) {
            SourceFile source = m.typed().file();
            LineIndex lines = analysis.lines(source);
            for (TypedModule.Occurrence o : m.typed().occurrences()) {
                if (o.symbol() != symbol || o.span().end() > source.text().length()) {
                    continue;
                }
                int line = lines.lineOf(o.span().start());
                String lineText = source.text().substring(lines.lineStart(line), lines.lineEnd(line));
                Reference r = new Reference(analysis.location(source, o.span()), o.span().start(), o.span().end(), lineText, o.definition());
                if (out.stream().noneMatch(x -> x.location().equals(r.location()))) {
                    out.add(r);
                }
            }
        }
        out.sort(java.util.Comparator.comparing((Reference r) -> r.location().file().relative().toString())
                .thenComparingInt(Reference::start));
        return out;
    }

    /** The hover at {@code offset}: the name's declaration and doc comment, or an expression's type. */
    public static Optional<Hover> hover(Analysis analysis, Path file, int offset) {
        Optional<CheckedModule> module = analysis.module(file);
        if (module.isEmpty()) {
            return Optional.empty();
        }
        Optional<LanguageFacts.SymbolAt> at = analysis.facts().symbolAt(module.get(), offset);
        Optional<String> markdown = analysis.facts().hover(module.get(), offset);
        if (markdown.isEmpty()) {
            return Optional.empty();
        }
        int start = at.map(s -> s.span().start()).orElse(offset);
        int end = at.map(s -> s.span().end()).orElse(offset);
        return Optional.of(new Hover(markdown.get(), start, end));
    }
}
