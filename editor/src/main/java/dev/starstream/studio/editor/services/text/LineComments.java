package dev.starstream.studio.editor.services.text;

/**
 * Ctrl+/: comment or uncomment every line the selection touches with {@code //}. When every
 * non-blank line is already a line comment they are uncommented, otherwise all are commented at
 * the smallest indentation of the block (so the block stays aligned).
 */
public final class LineComments {
    private static final String MARKER = "//";

    private LineComments() {}

    public static TextEdit toggle(String text, int selStart, int selEnd) {
        int first = Lines.lineStart(text, selStart);
        int lastOffset = selEnd > selStart && text.charAt(selEnd - 1) == '\n' ? selEnd - 1 : selEnd;
        int last = Lines.lineEnd(text, lastOffset);
        String[] lines = text.substring(first, last).split("\n", -1);

        boolean allCommented = true;
        int minIndent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            int indent = indentOf(line);
            minIndent = Math.min(minIndent, indent);
            allCommented &= line.startsWith(MARKER, indent);
        }
        if (minIndent == Integer.MAX_VALUE) {
            return new TextEdit(selStart, selStart, "", selStart, selEnd);
        }

        StringBuilder out = new StringBuilder();
        int lineStart = first;
        int anchor = selStart;
        int caret = selEnd;
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k];
            int at;
            String replaced;
            int delta;
            if (line.isBlank()) {
                at = 0;
                replaced = line;
                delta = 0;
            } else if (allCommented) {
                at = indentOf(line);
                int remove = line.startsWith(MARKER + " ", at) ? MARKER.length() + 1 : MARKER.length();
                replaced = line.substring(0, at) + line.substring(at + remove);
                delta = -remove;
            } else {
                at = minIndent;
                replaced = line.substring(0, at) + MARKER + " " + line.substring(at);
                delta = MARKER.length() + 1;
            }
            int changeAt = lineStart + at;
            anchor = shift(anchor, changeAt, delta, selStart);
            caret = shift(caret, changeAt, delta, selEnd);
            out.append(replaced);
            if (k < lines.length - 1) {
                out.append('\n');
            }
            lineStart += line.length() + 1;
        }
        return new TextEdit(first, last, out.toString(), anchor, caret);
    }

    /** Moves {@code current} (derived from {@code original}) by {@code delta} if the change lies before it. */
    private static int shift(int current, int changeAt, int delta, int original) {
        if (original < changeAt) {
            return current;
        }
        if (delta < 0) {
            return current - Math.min(-delta, original - changeAt);
        }
        return current + delta;
    }

    private static int indentOf(String line) {
        int k = 0;
        while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
            k++;
        }
        return k;
    }
}
