package dev.starstream.studio.editor.services.text;

/**
 * Indentation as the formatter writes it (LANGUAGE.md §4: four spaces per level): what Enter,
 * Tab, Shift+Tab and a typed {@code }} do.
 */
public final class Indentation {
    /** One level of indentation. */
    public static final String UNIT = "    ";

    private Indentation() {}

    /**
     * Enter at {@code caret} (replacing the selection {@code [selStart, selEnd)}): a line break,
     * then the current line's indentation, one level more after an opening bracket; between a
     * bracket pair the closing bracket moves to its own line.
     */
    public static TextEdit newLine(String text, int selStart, int selEnd) {
        String indent = Lines.leadingWhitespace(text, selStart);
        char before = lastNonBlankBefore(text, selStart);
        char after = firstNonBlankAfter(text, selEnd);
        boolean opens = before == '{' || before == '(';
        if (opens && closes(before, after)) {
            int closeAt = skipBlanks(text, selEnd);
            String inserted = "\n" + indent + UNIT + "\n" + indent;
            return TextEdit.of(selStart, closeAt, inserted, selStart + 1 + indent.length() + UNIT.length());
        }
        String inserted = "\n" + indent + (opens ? UNIT : "");
        int end = skipBlanks(text, selEnd);
        return TextEdit.of(selStart, end, inserted, selStart + inserted.length());
    }

    /** Typing {@code }} at {@code caret} on a blank line removes one level of indentation first. */
    public static TextEdit closingBrace(String text, int caret) {
        int lineStart = Lines.lineStart(text, caret);
        if (Lines.onlyBlanksBefore(text, caret) && caret > lineStart) {
            String blanks = text.substring(lineStart, caret);
            String reduced = blanks.length() >= UNIT.length() ? blanks.substring(UNIT.length()) : "";
            return TextEdit.of(lineStart, caret, reduced + "}", lineStart + reduced.length() + 1);
        }
        return TextEdit.of(caret, caret, "}", caret + 1);
    }

    /**
     * Tab: with no selection, spaces up to the next multiple of four; with a selection, indent every
     * selected line by one level and keep the lines selected.
     */
    public static TextEdit indent(String text, int selStart, int selEnd) {
        if (selStart == selEnd) {
            int column = selStart - Lines.lineStart(text, selStart);
            String pad = " ".repeat(UNIT.length() - column % UNIT.length());
            return TextEdit.of(selStart, selEnd, pad, selStart + pad.length());
        }
        return reindentLines(text, selStart, selEnd, true);
    }

    /** Shift+Tab: remove up to one level of indentation from every line the selection touches. */
    public static TextEdit dedent(String text, int selStart, int selEnd) {
        return reindentLines(text, selStart, selEnd, false);
    }

    private static TextEdit reindentLines(String text, int selStart, int selEnd, boolean add) {
        int first = Lines.lineStart(text, selStart);
        int lastOffset = selEnd > selStart && selEnd > 0 && text.charAt(selEnd - 1) == '\n' ? selEnd - 1 : selEnd;
        int last = Lines.lineEnd(text, lastOffset);
        String block = text.substring(first, last);
        StringBuilder out = new StringBuilder();
        int shiftFirst = 0;
        String[] lines = block.split("\n", -1);
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k];
            int delta;
            if (add) {
                out.append(line.isBlank() ? line : UNIT + line);
                delta = line.isBlank() ? 0 : UNIT.length();
            } else {
                int remove = 0;
                while (remove < UNIT.length() && remove < line.length() && line.charAt(remove) == ' ') {
                    remove++;
                }
                if (remove == 0 && !line.isEmpty() && line.charAt(0) == '\t') {
                    remove = 1;
                }
                out.append(line.substring(remove));
                delta = -remove;
            }
            if (k == 0) {
                shiftFirst = delta;
            }
            if (k < lines.length - 1) {
                out.append('\n');
            }
        }
        String replaced = out.toString();
        int anchor = Math.max(first, selStart + shiftFirst);
        int caret = selEnd + (replaced.length() - block.length());
        if (selStart == selEnd) {
            caret = anchor;
        }
        return new TextEdit(first, last, replaced, anchor, Math.max(anchor, caret));
    }

    private static boolean closes(char open, char close) {
        return (open == '{' && close == '}') || (open == '(' && close == ')');
    }

    private static char lastNonBlankBefore(String text, int offset) {
        for (int k = offset - 1; k >= 0 && text.charAt(k) != '\n'; k--) {
            if (text.charAt(k) != ' ' && text.charAt(k) != '\t') {
                return text.charAt(k);
            }
        }
        return '\0';
    }

    private static char firstNonBlankAfter(String text, int offset) {
        int k = skipBlanks(text, offset);
        return k < text.length() ? text.charAt(k) : '\0';
    }

    private static int skipBlanks(String text, int offset) {
        int k = offset;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return k;
    }
}
