package dev.starstream.studio.editor.ui.find;

import dev.starstream.studio.editor.services.find.TextRange;
import java.util.List;

/** The text the find bar works on: an editor in the application, a string in tests. */
public interface SearchTarget {
    String text();

    TextRange selection();

    /** Selects {@code range} and scrolls it into view. */
    void select(TextRange range);

    /** Replaces each range (in text order, non-overlapping) with its replacement, as one undoable step. */
    void replace(List<TextRange> ranges, List<String> replacements);
}
