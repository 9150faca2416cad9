package dev.starstream.studio.editor.services.text;

/** A position in a text: 1-based line and column (columns count UTF-16 code units, as editors do). */
public record TextPosition(int line, int column) {
    public TextPosition {
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("lines and columns start at 1: " + line + ":" + column);
        }
    }

    /** The position of {@code offset} in {@code text} (offsets past the end are clamped). */
    public static TextPosition of(CharSequence text, int offset) {
        int end = Math.clamp(offset, 0, text.length());
        int line = 1;
        int lineStart = 0;
        for (int k = 0; k < end; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                lineStart = k + 1;
            }
        }
        return new TextPosition(line, end - lineStart + 1);
    }

    /** The offset of this position in {@code text}, clamped to the line's end and the text's end. */
    public int offsetIn(CharSequence text) {
        int lineStart = 0;
        for (int l = 1; l < line; l++) {
            int nl = indexOf(text, '\n', lineStart);
            if (nl < 0) {
                return text.length();
            }
            lineStart = nl + 1;
        }
        int lineEnd = indexOf(text, '\n', lineStart);
        int limit = lineEnd < 0 ? text.length() : lineEnd;
        return Math.min(lineStart + column - 1, limit);
    }

    private static int indexOf(CharSequence text, char c, int from) {
        for (int k = from; k < text.length(); k++) {
            if (text.charAt(k) == c) {
                return k;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return "Ln " + line + ", Col " + column;
    }
}
