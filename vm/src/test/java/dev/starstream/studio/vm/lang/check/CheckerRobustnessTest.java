package dev.starstream.studio.vm.lang.check;

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
 * The checker never throws, whatever the parser hands it: mutated and truncated programs, random
 * bytes, token soup. Seeded and bounded (a few seconds); the label of a failing round is in the
 * assertion message.
 */
class CheckerRobustnessTest {
    private static final String[] FRAGMENTS = {"{", "}", "(", ")", ";", ",", "fn", "let", "let mut", "match", "=>", "::", "yield(",
        "try", "with", "-", "!", "<", ">", "utxo", "impl", "resume;", "return;", "if", "else", "_", "()", "x", "Option::Some",
        "Option::None", "u8", "i64", "bool", "Utxo", "Token", "true", "0", "300", "-1", "disclose(", "emit", "raise", "runtime",
        " is ", ".", "=", "+", "==", "&&", "struct", "enum", "abi", "token", "main", "mint", "burn", "storage", "pub", "script"};

    static List<String> corpus() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path dir : List.of(Path.of("src/test/resources/corpus/parse"), ValidProgramsTest.VALID)) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".star")).sorted().toList()) {
                    out.add(Files.readString(p));
                }
            }
        }
        return out;
    }

    @Test
    void mutatedProgramsNeverCrashTheChecker() throws IOException {
        List<String> corpus = corpus();
        Random random = new Random(20261123);
        for (int round = 0; round < 800; round++) {
            StringBuilder text = new StringBuilder(corpus.get(random.nextInt(corpus.size())));
            int edits = 1 + random.nextInt(5);
            for (int e = 0; e < edits && !text.isEmpty(); e++) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(5)) {
                    case 0 -> text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(12)));
                    case 1 -> text.insert(at, " " + FRAGMENTS[random.nextInt(FRAGMENTS.length)] + " ");
                    case 2 -> text.setLength(at);
                    case 3 -> {
                        int from = random.nextInt(text.length());
                        text.insert(at, text.substring(from, Math.min(text.length(), from + random.nextInt(60))));
                    }
                    default -> {
                        int end = Math.min(text.length(), at + 1 + random.nextInt(8));
                        text.replace(at, end, FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                    }
                }
            }
            assertChecks("mutation#" + round, text.toString());
        }
    }

    /**
     * Well-typed generated programs with one token replaced by another of the same kind (an
     * identifier by an identifier, a type by a type, a literal by a literal): syntax stays valid, so
     * every rule of the checker gets exercised on almost-right programs.
     */
    @Test
    void almostRightProgramsNeverCrashTheChecker() {
        Random random = new Random(99);
        String[] replacements = {"x", "total", "amount", "Box0", "Counter0", "u8", "bool", "Utxo", "Token", "Option", "true", "0",
            "300", "Pos0", "Shape0", "Limit0", "Added0", "sum0", "mint", "attach", "a", "n", "count", "s", "Some", "Dot"};
        String base = new dev.starstream.studio.vm.lang.testing.RealisticPrograms(3).contract(200);
        List<dev.starstream.studio.vm.lang.syntax.LexToken> tokens = dev.starstream.studio.vm.lang.parser.Lexing.tokens(base).stream()
                .filter(t -> t.kind() == dev.starstream.studio.vm.lang.syntax.TokenKind.IDENTIFIER
                        || t.kind() == dev.starstream.studio.vm.lang.syntax.TokenKind.INTEGER
                        || t.kind() == dev.starstream.studio.vm.lang.syntax.TokenKind.BOOLEAN)
                .toList();
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder(base);
            List<dev.starstream.studio.vm.lang.syntax.LexToken> picked = new ArrayList<>();
            for (int e = 0; e < 1 + random.nextInt(3); e++) {
                picked.add(tokens.get(random.nextInt(tokens.size())));
            }
            picked.sort((a, b) -> b.start() - a.start());
            for (var t : picked) {
                text.replace(t.start(), t.end(), replacements[random.nextInt(replacements.length)]);
            }
            assertChecks("almost#" + round, text.toString());
        }
    }

    @Test
    void tokenSoupNeverCrashesTheChecker() {
        Random random = new Random(11);
        for (int round = 0; round < 1_000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(80);
            for (int i = 0; i < n; i++) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]).append(' ');
            }
            assertChecks("soup#" + round, text.toString());
        }
    }

    @Test
    void randomBytesNeverCrashTheChecker() {
        Random random = new Random(5);
        for (int round = 0; round < 300; round++) {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            assertChecks("bytes#" + round, new String(bytes, StandardCharsets.UTF_8));
        }
    }

    @Test
    void deeplyNestedExpressionsAreChecked() {
        String sum = "1" + " + 1".repeat(20_000);
        assertThat(ModuleChecker.checkSingleFile("long.star", "fn f() -> i64 { " + sum + " }").allDiagnostics()).isEmpty();
        String nested = "(".repeat(250) + "1" + ")".repeat(250);
        assertThat(ModuleChecker.checkSingleFile("nested.star", "fn f() -> u8 { " + nested + " }").allDiagnostics()).isEmpty();
        String blocks = "{ ".repeat(250) + "1" + " }".repeat(250);
        assertThat(ModuleChecker.checkSingleFile("blocks.star", "fn f() -> u8 { " + blocks + " }").allDiagnostics()).isEmpty();
    }

    static void assertChecks(String label, String text) {
        CheckedModule m;
        try {
            m = ModuleChecker.checkSingleFile(label, text);
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError(label + " crashed the checker on:\n" + text, e);
        }
        for (Diagnostic d : m.allDiagnostics()) {
            assertThat(d.span().end()).as("%s: %s in %s", label, d, text).isLessThanOrEqualTo(text.length());
            assertThat(d.message()).as(label).isNotBlank();
        }
    }
}
