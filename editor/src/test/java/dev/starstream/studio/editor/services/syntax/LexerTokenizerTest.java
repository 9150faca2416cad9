package dev.starstream.studio.editor.services.syntax;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The language's lexer, as the editor colours it, agrees with the reference scanner. */
class LexerTokenizerTest {
    private final LexerTokenizer lexer = new LexerTokenizer();
    private final StarstreamScanner scanner = new StarstreamScanner();

    static Stream<Path> samples() throws IOException {
        return Files.list(Path.of("..", "samples", "workspace")).filter(p -> p.toString().endsWith(".star")).sorted();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void agreesWithTheReferenceScannerOnTheSampleContracts(Path sample) throws IOException {
        String text = Files.readString(sample);
        assertThat(lexer.tokenize(text)).isEqualTo(scanner.tokenize(text));
    }

    @Test
    void agreesOnEveryLexicalForm() {
        String text = """
                #!/usr/bin/env starstream
                /// doc
                // line
                /* block */ import { a as b } from starstream:std/cardano;
                import m from "./lib/m.star";
                let pub mut x: u64 = 0x1F + 0o7 - 0b1 * 42 / 3 % 2;
                if (a <= b && c >= d || !e) { f.g(h::i) } else { raise E(true, false); }
                token T { storage { indexed let mut n: i8; } mint fn m() {} burn fn b() {} }
                abi A { event E(); effect F() -> (); fn m(); }
                let utxo = main; let storage = event;
                """;
        assertThat(lexer.tokenize(text)).isEqualTo(scanner.tokenize(text));
    }

    @Test
    void contextualKeywordsUsedAsNamesAreIdentifiers() {
        String text = "let utxo = storage;";
        assertThat(lexer.tokenize(text)).extracting(Token::kind)
                .containsExactly(TokenKind.KEYWORD, TokenKind.IDENTIFIER, TokenKind.OPERATOR, TokenKind.IDENTIFIER, TokenKind.PUNCTUATION);
    }

    @Test
    void neverThrowsAndKeepsTheContractOnGarbage() {
        Random random = new Random(7);
        String alphabet = "ab_Z09 \n{}()\"\\/*#!&|é:;.";
        for (int round = 0; round < 1_000; round++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            List<Token> tokens = lexer.tokenize(text);
            int at = 0;
            for (Token t : tokens) {
                assertThat(t.start()).isGreaterThanOrEqualTo(at);
                assertThat(text.substring(at, t.start())).isBlank();
                at = t.end();
            }
            assertThat(text.substring(at)).isBlank();
        }
    }
}
