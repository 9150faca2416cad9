package dev.starstream.studio.vm.lang.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.syntax.LexToken;
import dev.starstream.studio.vm.lang.syntax.TokenKind;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The token list a highlighter colours from. */
class LexingTest {

    @Test
    void classifiesEveryKindOfToken() {
        String text = "#!/bin/star\n/// doc\nscript fn f(pub x: u8) -> bool { // c\n /* b */ true && 0x1F != \"s\" @ }";
        List<TokenKind> kinds = Lexing.tokens(text).stream()
                .map(LexToken::kind)
                .filter(k -> k != TokenKind.WHITESPACE)
                .toList();
        assertThat(kinds).containsExactly(
                TokenKind.SHEBANG, TokenKind.DOC_COMMENT, TokenKind.CONTEXTUAL_KEYWORD, TokenKind.KEYWORD,
                TokenKind.IDENTIFIER, TokenKind.PUNCTUATION, TokenKind.KEYWORD, TokenKind.IDENTIFIER,
                TokenKind.PUNCTUATION, TokenKind.IDENTIFIER, TokenKind.PUNCTUATION, TokenKind.OPERATOR,
                TokenKind.IDENTIFIER, TokenKind.PUNCTUATION, TokenKind.LINE_COMMENT, TokenKind.BLOCK_COMMENT,
                TokenKind.BOOLEAN, TokenKind.OPERATOR, TokenKind.INTEGER, TokenKind.OPERATOR, TokenKind.STRING,
                TokenKind.ERROR, TokenKind.PUNCTUATION);
    }

    @Test
    void tokensCoverTheWholeTextInOrderForAnyInput() {
        Random random = new Random(42);
        String alphabet = "ab_9 \n\t{}()[];:,.<>=!-+*/%&|\"\\#@/*é\u2028";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            List<LexToken> tokens = Lexing.tokens(text.toString());
            int expectedStart = 0;
            for (LexToken t : tokens) {
                assertThat(t.start()).as("token start in %s", text).isEqualTo(expectedStart);
                assertThat(t.end()).isGreaterThan(t.start());
                expectedStart = t.end();
            }
            assertThat(expectedStart).isEqualTo(text.length());
        }
    }
}
