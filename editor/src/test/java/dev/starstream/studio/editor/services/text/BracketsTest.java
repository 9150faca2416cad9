package dev.starstream.studio.editor.services.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.editor.services.syntax.StarstreamScanner;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BracketsTest {
    private static Optional<BracketPair> match(String text, int caret) {
        return Brackets.matchAt(text, new StarstreamScanner().tokenize(text), caret);
    }

    @Test
    void findsThePartnerOfTheBracketAtTheCaret() {
        String text = "fn f() { g(1); }";
        assertThat(match(text, text.indexOf('{'))).contains(new BracketPair(7, 15));
        assertThat(match(text, 15)).contains(new BracketPair(7, 15));
    }

    @Test
    void fallsBackToTheBracketBeforeTheCaret() {
        String text = "g(1)";
        assertThat(match(text, 4)).contains(new BracketPair(1, 3));
    }

    @Test
    void skipsBracketsInCommentsAndNestedPairs() {
        String text = "{ // }\n { } }";
        assertThat(match(text, 0)).contains(new BracketPair(0, text.length() - 1));
    }

    @Test
    void anUnbalancedBracketHasNoPartner() {
        assertThat(match("{ (", 0)).isEmpty();
        assertThat(match("abc", 1)).isEmpty();
    }
}
