package dev.starstream.studio.editor.ui.syntax;

import dev.starstream.studio.editor.services.syntax.Token;
import dev.starstream.studio.editor.services.syntax.TokenKind;
import dev.starstream.studio.editor.services.syntax.Tokenizer;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * Text → style spans, a pure function over a {@link Tokenizer}. Each token gets one style class
 * ({@link #styleClass}); whitespace between tokens gets none. Safe to call on any thread.
 */
public final class SyntaxHighlighter {
    private final Tokenizer tokenizer;

    public SyntaxHighlighter(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    public Tokenizer tokenizer() {
        return tokenizer;
    }

    public StyleSpans<Collection<String>> highlight(String text) {
        return spans(text.length(), tokenizer.tokenize(text));
    }

    /** The spans of {@code tokens} over a text of {@code length} characters. */
    public static StyleSpans<Collection<String>> spans(int length, List<Token> tokens) {
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        int at = 0;
        for (Token t : tokens) {
            if (t.start() < at || t.end() > length) {
                continue; // a tokenizer that broke its contract: skip rather than corrupt the spans
            }
            if (t.start() > at) {
                builder.add(List.of(), t.start() - at);
            }
            if (t.length() > 0) {
                builder.add(List.of(styleClass(t.kind())), t.length());
            }
            at = t.end();
        }
        builder.add(List.of(), length - at); // StyleSpans need at least one span, even for ""
        return builder.create();
    }

    /** The CSS style class of a token kind (see {@code code-editor.css}). */
    public static String styleClass(TokenKind kind) {
        return switch (kind) {
            case KEYWORD -> "tok-keyword";
            case CONTEXTUAL_KEYWORD -> "tok-keyword";
            case IDENTIFIER -> "tok-identifier";
            case TYPE_NAME -> "tok-type";
            case INTEGER -> "tok-number";
            case BOOLEAN -> "tok-boolean";
            case STRING -> "tok-string";
            case LINE_COMMENT, BLOCK_COMMENT, SHEBANG -> "tok-comment";
            case DOC_COMMENT -> "tok-doc-comment";
            case OPERATOR -> "tok-operator";
            case PUNCTUATION -> "tok-punctuation";
            case ERROR -> "tok-error";
        };
    }
}
