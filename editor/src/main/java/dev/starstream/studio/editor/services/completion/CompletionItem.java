package dev.starstream.studio.editor.services.completion;

import org.jspecify.annotations.Nullable;

/**
 * One proposal: the label shown (and inserted), its kind, a one-line detail (a type or a
 * signature), documentation as markdown for the side popup, and the fuzzy score against the typed
 * prefix (higher is better).
 */
public record CompletionItem(String label, CompletionKind kind, String detail, @Nullable String documentation, int score) {
    public CompletionItem withScore(int newScore) {
        return new CompletionItem(label, kind, detail, documentation, newScore);
    }

    /** The text inserted in place of the prefix. */
    public String insertText() {
        return label;
    }
}
