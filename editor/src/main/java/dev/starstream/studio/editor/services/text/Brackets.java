package dev.starstream.studio.editor.services.text;

import dev.starstream.studio.editor.services.syntax.Token;
import dev.starstream.studio.editor.services.syntax.TokenKind;
import java.util.List;
import java.util.Optional;

/**
 * Bracket matching over tokens, so brackets in comments and strings are ignored. The bracket
 * at the caret wins over the one just before it, as in most editors.
 */
public final class Brackets {
    private static final String OPEN = "({[";
    private static final String CLOSE = ")}]";

    private Brackets() {}

    /** The pair whose bracket is at or just before {@code caret}, when it has a partner. */
    public static Optional<BracketPair> matchAt(String text, List<Token> tokens, int caret) {
        int index = bracketTokenAt(text, tokens, caret);
        if (index < 0) {
            index = bracketTokenAt(text, tokens, caret - 1);
        }
        if (index < 0) {
            return Optional.empty();
        }
        char c = text.charAt(tokens.get(index).start());
        boolean opening = OPEN.indexOf(c) >= 0;
        char partner = opening ? CLOSE.charAt(OPEN.indexOf(c)) : OPEN.charAt(CLOSE.indexOf(c));
        int depth = 0;
        int step = opening ? 1 : -1;
        for (int k = index; k >= 0 && k < tokens.size(); k += step) {
            Token t = tokens.get(k);
            if (!isBracket(text, t)) {
                continue;
            }
            char b = text.charAt(t.start());
            if (b == c) {
                depth++;
            } else if (b == partner) {
                depth--;
                if (depth == 0) {
                    int here = tokens.get(index).start();
                    return Optional.of(opening ? new BracketPair(here, t.start()) : new BracketPair(t.start(), here));
                }
            }
        }
        return Optional.empty();
    }

    private static int bracketTokenAt(String text, List<Token> tokens, int offset) {
        if (offset < 0 || offset >= text.length()) {
            return -1;
        }
        int lo = 0;
        int hi = tokens.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Token t = tokens.get(mid);
            if (t.end() <= offset) {
                lo = mid + 1;
            } else if (t.start() > offset) {
                hi = mid - 1;
            } else {
                return isBracket(text, t) ? mid : -1;
            }
        }
        return -1;
    }

    private static boolean isBracket(String text, Token t) {
        if (t.kind() != TokenKind.PUNCTUATION || t.length() != 1 || t.end() > text.length()) {
            return false;
        }
        char c = text.charAt(t.start());
        return OPEN.indexOf(c) >= 0 || CLOSE.indexOf(c) >= 0;
    }
}
