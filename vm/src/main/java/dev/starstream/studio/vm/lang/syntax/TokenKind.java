package dev.starstream.studio.vm.lang.syntax;

/** The lexical classes a highlighter or formatter sees (LANGUAGE.md §1). */
public enum TokenKind {
    /** One of the 26 strict keywords, {@code true}/{@code false} excluded. */
    KEYWORD,
    /** {@code contract script utxo token storage impl main mint burn indexed event effect}. */
    CONTEXTUAL_KEYWORD,
    IDENTIFIER,
    INTEGER,
    BOOLEAN,
    STRING,
    LINE_COMMENT,
    DOC_COMMENT,
    BLOCK_COMMENT,
    SHEBANG,
    OPERATOR,
    PUNCTUATION,
    WHITESPACE,
    /** Text the lexer could not read: a stray character, an unterminated string or comment. */
    ERROR
}
