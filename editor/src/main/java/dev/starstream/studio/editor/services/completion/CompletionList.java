package dev.starstream.studio.editor.services.completion;

import java.util.List;

/**
 * The proposals at a caret, best first: accepting one replaces {@code [replaceStart, replaceEnd)}
 * (the identifier part before the caret, {@code prefix}) with the item's text.
 */
public record CompletionList(int replaceStart, int replaceEnd, String prefix, List<CompletionItem> items) {
    public CompletionList {
        items = List.copyOf(items);
    }

    public static CompletionList empty(int caret) {
        return new CompletionList(caret, caret, "", List.of());
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** The labels, in order (for tests and logs). */
    public List<String> labels() {
        return items.stream().map(CompletionItem::label).toList();
    }

    /** The proposals for a longer prefix (the user kept typing): filtered and ranked again, without asking the checker. */
    public CompletionList refine(String newPrefix, int caret) {
        return new CompletionList(replaceStart, caret, newPrefix, FuzzyMatch.rank(newPrefix, items));
    }
}
