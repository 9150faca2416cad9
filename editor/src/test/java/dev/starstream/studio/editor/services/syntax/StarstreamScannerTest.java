package dev.starstream.studio.editor.services.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StarstreamScannerTest {
    private final StarstreamScanner scanner = new StarstreamScanner();

    /** "kind:text" for every token, in order. */
    private List<String> scan(String text) {
        return scanner.tokenize(text).stream().map(t -> t.kind() + ":" + t.text(text)).toList();
    }

    @Test
    void strictKeywordsAreKeywordsAndLongerWordsAreIdentifiers() {
        assertThat(scan("let publicKey = mutable;"))
                .containsExactly("KEYWORD:let", "IDENTIFIER:publicKey", "OPERATOR:=", "IDENTIFIER:mutable", "PUNCTUATION:;");
    }

    @Test
    void booleansAreNotKeywords() {
        assertThat(scan("true false trueValue"))
                .containsExactly("BOOLEAN:true", "BOOLEAN:false", "IDENTIFIER:trueValue");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            utxo Score {          | CONTEXTUAL_KEYWORD:utxo
            let utxo = 1;         | IDENTIFIER:utxo
            script fn main() {}   | CONTEXTUAL_KEYWORD:script
            contract;             | CONTEXTUAL_KEYWORD:contract
            storage { }           | CONTEXTUAL_KEYWORD:storage
            main fn new() {}      | CONTEXTUAL_KEYWORD:main
            indexed let mut x: u64; | CONTEXTUAL_KEYWORD:indexed
            event /* c */ Done(); | CONTEXTUAL_KEYWORD:event
            f(event)              | IDENTIFIER:event
            """)
    void contextualKeywordsAreKeywordsOnlyWhereTheGrammarMakesThemOne(String source, String expected) {
        List<String> tokens = scan(source);
        String word = expected.substring(expected.indexOf(':') + 1);
        assertThat(tokens).filteredOn(t -> t.endsWith(":" + word)).first().isEqualTo(expected);
    }

    @Test
    void capitalisedNamesAndPreludeIntegersAreTypes() {
        assertThat(scan("x: u64, y: Option<Score>"))
                .contains("TYPE_NAME:u64", "TYPE_NAME:Option", "TYPE_NAME:Score", "IDENTIFIER:x");
    }

    @Test
    void integersInEveryRadixAndAPrefixWithoutDigitsIsAnError() {
        assertThat(scan("0x1F 0o17 0b101 042 0x"))
                .containsExactly("INTEGER:0x1F", "INTEGER:0o17", "INTEGER:0b101", "INTEGER:042", "ERROR:0x");
    }

    @Test
    void commentsOfEveryKind() {
        String text = """
                #!/usr/bin/env starstream
                /// Adds chips.
                // plain
                /* block
                   comment */ x
                """;
        assertThat(scan(text)).containsExactly(
                "SHEBANG:#!/usr/bin/env starstream",
                "DOC_COMMENT:/// Adds chips.",
                "LINE_COMMENT:// plain",
                "BLOCK_COMMENT:/* block\n   comment */",
                "IDENTIFIER:x");
    }

    @Test
    void blockCommentsDoNotNest() {
        assertThat(scan("/* a /* b */ c */"))
                .containsExactly("BLOCK_COMMENT:/* a /* b */", "IDENTIFIER:c", "OPERATOR:*", "OPERATOR:/");
    }

    @Test
    void anUnterminatedBlockCommentRunsToTheEnd() {
        assertThat(scan("x /* open")).containsExactly("IDENTIFIER:x", "BLOCK_COMMENT:/* open");
    }

    @Test
    void stringsWithEscapesAndBadStrings() {
        assertThat(scan("\"./a\\\"b.star\" \"bad\\q\" \"open"))
                .containsExactly("STRING:\"./a\\\"b.star\"", "ERROR:\"bad\\q\"", "ERROR:\"open");
    }

    @Test
    void twoCharacterOperatorsWinOverOneCharacter() {
        assertThat(scan("a::b -> c => d <= e == f != g && h || !i"))
                .filteredOn(t -> t.startsWith("OPERATOR"))
                .containsExactly("OPERATOR:::", "OPERATOR:->", "OPERATOR:=>", "OPERATOR:<=", "OPERATOR:==",
                        "OPERATOR:!=", "OPERATOR:&&", "OPERATOR:||", "OPERATOR:!");
    }

    @Test
    void strayCharactersAreErrorsAndScanningContinues() {
        assertThat(scan("a & b # é"))
                .containsExactly("IDENTIFIER:a", "ERROR:&", "IDENTIFIER:b", "ERROR:#", "ERROR:é");
    }

    @Test
    void tokensAreOrderedDisjointAndLeaveOnlyWhitespaceForAnyInput() {
        Random random = new Random(42);
        String alphabet = "abcXYZ019_ \n\t{}()[];:,.+-*/%<>=!&|\"\\#é\u0000";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(60);
            for (int k = 0; k < length; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            List<Token> tokens = scanner.tokenize(text);
            int at = 0;
            for (Token t : tokens) {
                assertThat(t.start()).as("in %s", text).isGreaterThanOrEqualTo(at);
                assertThat(text.substring(at, t.start())).as("gap in %s", text).isBlank();
                assertThat(t.length()).as("empty token in %s", text).isPositive();
                at = t.end();
            }
            assertThat(at).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(at)).isBlank();
        }
    }
}
