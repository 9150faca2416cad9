package dev.starstream.studio.editor.services.text;

import java.util.List;

/** Style classes for the characters {@code [start, end)} of a text (a decoration layer's unit). */
public record StyledRange(int start, int end, List<String> styleClasses) {
    public StyledRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
        styleClasses = List.copyOf(styleClasses);
    }

    public static StyledRange of(int start, int end, String styleClass) {
        return new StyledRange(start, end, List.of(styleClass));
    }
}
