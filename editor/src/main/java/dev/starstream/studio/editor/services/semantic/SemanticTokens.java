package dev.starstream.studio.editor.services.semantic;

import dev.starstream.studio.vm.lang.check.Symbol;
import dev.starstream.studio.vm.lang.check.TypedModule;
import dev.starstream.studio.vm.lang.check.Variable;
import dev.starstream.studio.vm.lang.check.facts.LanguageFacts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Semantic colouring of one checked file: every identifier the checker resolved, with the kind of
 * what it denotes. Built from the checker's occurrences, so it is there for files with errors too
 * (for whatever could be resolved). Ranges are sorted and never overlap; an occurrence whose text
 * is not an identifier (a parser's recovery token) is left out.
 */
public final class SemanticTokens {
    private SemanticTokens() {}

    public static List<SemanticRange> of(TypedModule typed, LanguageFacts facts) {
        String text = typed.file().text();
        List<TypedModule.Occurrence> occurrences = new ArrayList<>(typed.occurrences());
        occurrences.sort(Comparator.comparingInt((TypedModule.Occurrence o) -> o.span().start())
                .thenComparingInt(o -> o.span().length()));
        List<SemanticRange> out = new ArrayList<>(occurrences.size());
        int covered = 0;
        for (TypedModule.Occurrence o : occurrences) {
            int start = o.span().start();
            int end = o.span().end();
            if (start < covered || end > text.length() || !isIdentifier(text, start, end)) {
                continue;
            }
            Symbol symbol = o.symbol();
            out.add(new SemanticRange(start, end, SemanticKind.of(symbol.kind()), o.definition(), isMutable(symbol, facts)));
            covered = end;
        }
        return out;
    }

    private static boolean isMutable(Symbol symbol, LanguageFacts facts) {
        return switch (symbol.kind()) {
            case STORAGE -> true;
            case LOCAL -> facts.variable(symbol).map(Variable::mutable).orElse(false);
            default -> false;
        };
    }

    static boolean isIdentifier(String text, int start, int end) {
        if (end <= start) {
            return false;
        }
        char first = text.charAt(start);
        if (!(first == '_' || Character.isLetter(first))) {
            return false;
        }
        for (int i = start + 1; i < end; i++) {
            char c = text.charAt(i);
            if (!(c == '_' || Character.isLetterOrDigit(c))) {
                return false;
            }
        }
        return true;
    }
}
