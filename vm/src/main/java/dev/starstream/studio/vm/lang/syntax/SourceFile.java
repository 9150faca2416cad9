package dev.starstream.studio.vm.lang.syntax;

import java.util.Arrays;
import java.util.Objects;

/**
 * The text of one source file with its display path. Converts offsets to line/column positions
 * (columns in code points, so that non-ASCII text is counted the way people count it).
 */
public final class SourceFile {
    private final String path;
    private final String text;
    private final int[] lineStarts;

    public SourceFile(String path, String text) {
        this.path = Objects.requireNonNull(path);
        this.text = Objects.requireNonNull(text);
        this.lineStarts = computeLineStarts(text);
    }

    public String path() {
        return path;
    }

    public String text() {
        return text;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** The position of {@code offset} (clamped to the text). */
    public Position position(int offset) {
        int clamped = Math.max(0, Math.min(offset, text.length()));
        int index = Arrays.binarySearch(lineStarts, clamped);
        int line = index >= 0 ? index : -index - 2;
        int column = text.codePointCount(lineStarts[line], clamped) + 1;
        return new Position(line + 1, column);
    }

    /** The offset of a 1-based line and code-point column (clamped to the text). */
    public int offset(int line, int column) {
        int lineIndex = Math.max(0, Math.min(line - 1, lineStarts.length - 1));
        int start = lineStarts[lineIndex];
        int end = lineEnd(lineIndex);
        int offset = start;
        for (int c = 1; c < column && offset < end; c++) {
            offset += Character.charCount(text.codePointAt(offset));
        }
        return offset;
    }

    /** The text of a 1-based line, without its line terminator. */
    public String lineText(int line) {
        int lineIndex = Math.max(0, Math.min(line - 1, lineStarts.length - 1));
        return text.substring(lineStarts[lineIndex], lineEnd(lineIndex));
    }

    public String slice(Span span) {
        return text.substring(Math.min(span.start(), text.length()), Math.min(span.end(), text.length()));
    }

    private int lineEnd(int lineIndex) {
        int end = lineIndex + 1 < lineStarts.length ? lineStarts[lineIndex + 1] : text.length();
        while (end > lineStarts[lineIndex] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    private static int[] computeLineStarts(String text) {
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
        return starts;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SourceFile other && path.equals(other.path) && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return path.hashCode() * 31 + text.hashCode();
    }

    @Override
    public String toString() {
        return path;
    }
}
