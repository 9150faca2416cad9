package dev.starstream.studio.editor.services.syntax;

/**
 * What a lexical token is, for colouring. Mirrors the kinds of the language's lexer
 * ({@code vm.lang.syntax.TokenKind}) so the real lexer can be adapted one to one.
 */
public enum TokenKind {
    KEYWORD,
    CONTEXTUAL_KEYWORD,
    IDENTIFIER,
    TYPE_NAME,
    INTEGER,
    BOOLEAN,
    STRING,
    LINE_COMMENT,
    DOC_COMMENT,
    BLOCK_COMMENT,
    SHEBANG,
    OPERATOR,
    PUNCTUATION,
    ERROR;

    /** True for comments of every form (and the shebang, which is a comment to the reader). */
    public boolean isComment() {
        return this == LINE_COMMENT || this == DOC_COMMENT || this == BLOCK_COMMENT || this == SHEBANG;
    }
}
