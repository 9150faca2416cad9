package dev.starstream.studio.editor.ui;

import dev.starstream.studio.editor.services.syntax.Token;
import java.util.List;

/** The tokens of the editor's text at document {@code version}. */
public record LexedText(long version, String text, List<Token> tokens) {
    public LexedText {
        tokens = List.copyOf(tokens);
    }
}
