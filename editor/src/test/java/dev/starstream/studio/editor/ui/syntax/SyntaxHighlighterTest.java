package dev.starstream.studio.editor.ui.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.editor.services.syntax.StarstreamScanner;
import dev.starstream.studio.editor.services.syntax.Token;
import dev.starstream.studio.editor.services.syntax.TokenKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

/** Highlighting as a pure function: text in, style spans out (no toolkit needed). */
class SyntaxHighlighterTest {
    private final SyntaxHighlighter highlighter = new SyntaxHighlighter(new StarstreamScanner());

    /** Renders spans as "[style]text" runs, unstyled runs as plain text. */
    private static String render(String text, StyleSpans<Collection<String>> spans) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (StyleSpan<Collection<String>> span : spans) {
            String part = text.substring(at, at + span.getLength());
            out.append(span.getStyle().isEmpty() ? part : "[" + String.join(",", span.getStyle()).replace("tok-", "") + "]" + part);
            at += span.getLength();
        }
        return out.toString();
    }

    @Test
    void colorsAUtxoDefinition() {
        String text = """
                /// The score of a round.
                utxo Score {
                    storage { let mut chips: i64; }
                }""";
        assertThat(render(text, highlighter.highlight(text))).isEqualTo("""
                [doc-comment]/// The score of a round.
                [keyword]utxo [type]Score [punctuation]{
                    [keyword]storage [punctuation]{ [keyword]let [keyword]mut [identifier]chips[operator]: [type]i64[punctuation]; [punctuation]}
                [punctuation]}""");
    }

    @Test
    void colorsLiteralsAndErrors() {
        String text = "x = 0x1F + true & \"a\";";
        assertThat(render(text, highlighter.highlight(text)))
                .isEqualTo("[identifier]x [operator]= [number]0x1F [operator]+ [boolean]true [error]& [string]\"a\"[punctuation];");
    }

    @Test
    void spansCoverTheWholeTextEvenWhenEmpty() {
        for (String text : List.of("", "   ", "fn", "a\n\n")) {
            assertThat(highlighter.highlight(text).length()).isEqualTo(text.length());
        }
    }

    @Test
    void tokensThatBreakTheContractAreSkippedNotFatal() {
        List<Token> tokens = new ArrayList<>(List.of(
                new Token(TokenKind.KEYWORD, 0, 2), new Token(TokenKind.IDENTIFIER, 1, 3), new Token(TokenKind.IDENTIFIER, 3, 99)));
        StyleSpans<Collection<String>> spans = SyntaxHighlighter.spans(5, tokens);
        assertThat(spans.length()).isEqualTo(5);
        assertThat(render("fn ab", spans)).isEqualTo("[keyword]fn ab");
    }

    @Test
    void everyKindHasAStyleClass() {
        for (TokenKind kind : TokenKind.values()) {
            assertThat(SyntaxHighlighter.styleClass(kind)).startsWith("tok-");
        }
    }
}
