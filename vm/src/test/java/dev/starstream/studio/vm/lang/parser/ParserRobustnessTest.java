package dev.starstream.studio.vm.lang.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.diag.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Any input yields a program and diagnostics, never an exception or a hang: random bytes, mutated
 * and truncated programs, enormous lines. A seeded generator keeps the CI run bounded and
 * reproducible; the seed of a failing round is in the assertion message.
 */
class ParserRobustnessTest {
    private static final int ROUNDS = 3_000;

    @Test
    void randomBytesNeverCrashTheParser() {
        Random random = new Random(20261122);
        for (int round = 0; round < ROUNDS; round++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            assertWellFormed("bytes#" + round, new String(bytes, StandardCharsets.UTF_8));
        }
    }

    @Test
    void mutatedAndTruncatedProgramsNeverCrashTheParser() throws IOException {
        List<String> corpus = new ArrayList<>();
        try (Stream<Path> files = Files.list(ParserCorpusTest.CORPUS)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".star")).sorted().toList()) {
                corpus.add(Files.readString(p));
            }
        }
        String[] fragments = {"{", "}", "(", ")", ";", ",", "fn", "let", "match", "=>", "::", "yield(", "try", "with",
            "\"", "/*", "//", "0x", "-", "!", "<", ">", "utxo", "impl", "resume;", "if", "else", "_", "()"};
        Random random = new Random(7);
        for (int round = 0; round < ROUNDS; round++) {
            StringBuilder text = new StringBuilder(corpus.get(random.nextInt(corpus.size())));
            int edits = 1 + random.nextInt(6);
            for (int e = 0; e < edits && !text.isEmpty(); e++) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(4)) {
                    case 0 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(12)));
                    case 1 -> text.insert(at, fragments[random.nextInt(fragments.length)]);
                    case 2 -> text.setLength(at);
                    default -> text.insert(at, text.substring(at, Math.min(text.length(), at + random.nextInt(40))));
                }
            }
            assertWellFormed("mutation#" + round, text.toString());
        }
    }

    @Test
    void aOneMegabyteLineIsParsed() {
        String sum = "1" + " + 1".repeat(250_000);
        assertWellFormed("long-sum", "fn f() -> i64 { " + sum + " }");
        assertThat(StarstreamParsing.parse("long.star", "fn f() -> i64 { " + sum + " }").diagnostics()).isEmpty();
        assertWellFormed("long-garbage", "@".repeat(1_000_000));
        assertWellFormed("long-ident", "fn " + "a".repeat(1_000_000) + "() {}");
    }

    private static void assertWellFormed(String label, String text) {
        ParseResult result = StarstreamParsing.parse(label, text);
        assertThat(result.program()).as(label).isNotNull();
        for (Diagnostic d : result.diagnostics()) {
            assertThat(d.span().end()).as("%s: %s in %s", label, d, text).isLessThanOrEqualTo(text.length());
            assertThat(d.message()).as(label).isNotBlank();
        }
    }
}
