package dev.starstream.studio.vm.lang.syntax;

/** One token of a source text: its class and its UTF-16 offsets {@code [start, end)}. */
public record LexToken(TokenKind kind, int start, int end) {
    public Span span() {
        return new Span(start, end);
    }

    public boolean isComment() {
        return kind == TokenKind.LINE_COMMENT || kind == TokenKind.DOC_COMMENT || kind == TokenKind.BLOCK_COMMENT
                || kind == TokenKind.SHEBANG;
    }
}
