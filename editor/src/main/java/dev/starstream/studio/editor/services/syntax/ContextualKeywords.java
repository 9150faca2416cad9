package dev.starstream.studio.editor.services.syntax;

/** Whether a contextual keyword is used as a keyword, judged by what follows it (LANGUAGE.md §1.3). */
final class ContextualKeywords {
    private ContextualKeywords() {}

    /** Whether the word at {@code [start, end)} of {@code text} is a contextual keyword used as one. */
    static boolean isKeywordAt(String text, int start, int end) {
        String follower = Keywords.CONTEXTUAL.get(text.substring(start, end));
        if (follower == null) {
            return false;
        }
        int j = skipTrivia(text, end);
        if (j >= text.length()) {
            return false;
        }
        char c = text.charAt(j);
        return switch (follower) {
            case "<ident>" -> StarstreamScanner.isIdentStart(c) && !Keywords.STRICT.contains(text.substring(j, wordEnd(text, j)));
            case ";", "{" -> c == follower.charAt(0);
            default -> StarstreamScanner.isIdentStart(c) && text.substring(j, wordEnd(text, j)).equals(follower);
        };
    }

    private static int wordEnd(String text, int from) {
        int j = from;
        while (j < text.length() && StarstreamScanner.isIdentPart(text.charAt(j))) {
            j++;
        }
        return j;
    }

    /** The first offset at or after {@code from} that is not whitespace or inside a comment. */
    static int skipTrivia(String text, int from) {
        int n = text.length();
        int j = from;
        while (j < n) {
            char c = text.charAt(j);
            char next = j + 1 < n ? text.charAt(j + 1) : '\0';
            if (Character.isWhitespace(c)) {
                j++;
            } else if (c == '/' && next == '/') {
                int nl = text.indexOf('\n', j);
                j = nl < 0 ? n : nl;
            } else if (c == '/' && next == '*') {
                int close = text.indexOf("*/", j + 2);
                j = close < 0 ? n : close + 2;
            } else {
                break;
            }
        }
        return j;
    }
}
