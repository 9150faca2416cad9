package dev.starstream.studio.editor.services.find;

/** The characters {@code [start, end)} of a text. */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
        }
    }
}
