package dev.starstream.studio.editor.services.syntax;

import java.util.List;

/**
 * Splits source text into tokens for the editor.
 *
 * <p>Contract: tokens come in source order, do not overlap, lie within the text, and the gaps
 * between them are whitespace only. Any text is accepted: what cannot be lexed becomes an {@link
 * TokenKind#ERROR} token, nothing is thrown. Implementations are pure and thread-safe, because
 * the editor calls them off the JavaFX thread.
 */
@FunctionalInterface
public interface Tokenizer {
    List<Token> tokenize(String text);
}
