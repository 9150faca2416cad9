package dev.starstream.studio.editor.services.syntax;

/** A token of {@code kind} covering the characters {@code [start, end)} of a text. */
public record Token(TokenKind kind, int start, int end) {
    public Token {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad token range [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    /** The token's text in {@code source}. */
    public String text(CharSequence source) {
        return source.subSequence(start, end).toString();
    }
}
