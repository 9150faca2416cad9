package dev.starstream.studio.editor.services.text;

/** Line arithmetic on plain text. */
public final class Lines {
    private Lines() {}

    /** Offset of the first character of the line containing {@code offset}. */
    public static int lineStart(CharSequence text, int offset) {
        int k = Math.min(offset, text.length());
        while (k > 0 && text.charAt(k - 1) != '\n') {
            k--;
        }
        return k;
    }

    /** Offset of the line break ending the line containing {@code offset} (or the text's end). */
    public static int lineEnd(CharSequence text, int offset) {
        int k = Math.max(0, offset);
        while (k < text.length() && text.charAt(k) != '\n') {
            k++;
        }
        return k;
    }

    /** The spaces and tabs that start the line containing {@code offset}. */
    public static String leadingWhitespace(CharSequence text, int offset) {
        int start = lineStart(text, offset);
        int k = start;
        while (k < text.length() && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) {
            k++;
        }
        return text.subSequence(start, k).toString();
    }

    /** Whether the characters of the line before {@code offset} are all blanks. */
    public static boolean onlyBlanksBefore(CharSequence text, int offset) {
        for (int k = lineStart(text, offset); k < offset; k++) {
            if (text.charAt(k) != ' ' && text.charAt(k) != '\t') {
                return false;
            }
        }
        return true;
    }
}
