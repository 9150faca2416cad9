package dev.starstream.studio.editor.services.text;

import java.util.Arrays;

/**
 * Offsets ↔ 1-based line/column positions of one text, in O(log lines) per query. Columns count
 * UTF-16 code units, as the editor does ({@link TextPosition}); the language's own {@code
 * SourceFile} counts code points, so positions shown in the editor always come from here.
 */
public final class LineIndex {
    private final int[] starts;
    private final int length;

    private LineIndex(int[] starts, int length) {
        this.starts = starts;
        this.length = length;
    }

    public static LineIndex of(CharSequence text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[line++] = i + 1;
            }
        }
        return new LineIndex(starts, text.length());
    }

    public int lineCount() {
        return starts.length;
    }

    public int length() {
        return length;
    }

    /** The 0-based line of {@code offset} (clamped to the text). */
    public int lineOf(int offset) {
        int clamped = Math.clamp(offset, 0, length);
        int index = Arrays.binarySearch(starts, clamped);
        return index >= 0 ? index : -index - 2;
    }

    /** The offset where the 0-based {@code line} starts (clamped to the text's lines). */
    public int lineStart(int line) {
        return starts[Math.clamp(line, 0, starts.length - 1)];
    }

    /** The offset where the 0-based {@code line} ends, before its line break. */
    public int lineEnd(int line) {
        int l = Math.clamp(line, 0, starts.length - 1);
        return l + 1 < starts.length ? starts[l + 1] - 1 : length;
    }

    public TextPosition position(int offset) {
        int clamped = Math.clamp(offset, 0, length);
        int line = lineOf(clamped);
        return new TextPosition(line + 1, clamped - starts[line] + 1);
    }

    /** The offset of {@code position}, clamped to its line and to the text. */
    public int offset(TextPosition position) {
        int line = Math.clamp(position.line() - 1, 0, starts.length - 1);
        return Math.min(starts[line] + position.column() - 1, lineEnd(line));
    }
}
