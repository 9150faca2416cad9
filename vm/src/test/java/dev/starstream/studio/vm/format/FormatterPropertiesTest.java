package dev.starstream.studio.vm.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.ast.AstPrinter;
import dev.starstream.studio.vm.lang.ast.Comment;
import dev.starstream.studio.vm.lang.ast.Program;
import dev.starstream.studio.vm.lang.parser.Lexing;
import dev.starstream.studio.vm.lang.parser.ParseResult;
import dev.starstream.studio.vm.lang.parser.StarstreamParsing;
import dev.starstream.studio.vm.lang.syntax.LexToken;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import dev.starstream.studio.vm.lang.syntax.TokenKind;
import dev.starstream.studio.vm.lang.testing.RandomPrograms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The formatter's promises on unbounded input: on generated programs (every construct) and on the
 * parser corpus, with and without comments sprinkled between random tokens, the output parses to
 * the same program, keeps every comment exactly once and in order, and formatting it again changes
 * nothing. Seeded, so a failure names the seed that reproduces it.
 */
class FormatterPropertiesTest {
    private static final int PROGRAMS = 400;
    private static final String[] COMMENTS = {"// c%d\n", "/* c%d */", "\n// c%d\n", "\n/* c%d */\n", "/* c%d */\n",
        "/* c%d\n   spans lines */", "\n/// d%d\n"};

    @Test
    void generatedProgramsRoundTripThroughTheFormatter() {
        for (int seed = 0; seed < PROGRAMS; seed++) {
            Program program = new RandomPrograms(seed).program(6);
            String text = Formatter.print(program, "");
            ParseResult reparsed = StarstreamParsing.parse("gen.star", text);

            assertThat(reparsed.diagnostics()).as("seed %d:\n%s", seed, text).isEmpty();
            assertThat(AstPrinter.print(reparsed.program())).as("seed %d:\n%s", seed, text)
                    .isEqualTo(AstPrinter.print(program));
            assertThat(Formatter.print(reparsed.program(), text)).as("seed %d is idempotent", seed).isEqualTo(text);
        }
    }

    @Test
    void commentsBetweenAnyTwoTokensOfGeneratedProgramsAreKeptInOrder() {
        for (int seed = 0; seed < PROGRAMS; seed++) {
            String canonical = Formatter.print(new RandomPrograms(seed).program(4), "");
            assertKeepsComments("seed " + seed, sprinkle(canonical, new Random(seed)));
        }
    }

    /** Every syntactically valid {@code .star} file of the repository's tests and samples. */
    static Stream<Path> corpus() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("src/test/resources"), Path.of("../samples"))) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(p -> p.toString().endsWith(".star")).sorted().forEach(files::add);
                }
            }
        }
        List<Path> valid = new ArrayList<>();
        for (Path file : files) {
            if (!StarstreamParsing.parse(file.toString(), Files.readString(file)).hasErrors()) {
                valid.add(file);
            }
        }
        return valid.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void repositoryProgramsFormatIdempotentlyWithAndWithoutComments(Path file) throws IOException {
        String text = Files.readString(file);
        assertKeepsComments(file.toString(), text);
        for (int seed = 0; seed < 10; seed++) {
            assertKeepsComments(file + " seed " + seed, sprinkle(text, new Random(seed)));
        }
    }

    /** Inserts numbered comments at random token boundaries (never inside a token). */
    static String sprinkle(String text, Random random) {
        List<LexToken> tokens = Lexing.tokens(text);
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (LexToken t : tokens) {
            if (t.kind() != TokenKind.WHITESPACE && t.kind() != TokenKind.SHEBANG && random.nextInt(6) == 0) {
                String comment = COMMENTS[random.nextInt(COMMENTS.length)].formatted(n++);
                boolean glued = random.nextBoolean() && (out.isEmpty() || out.charAt(out.length() - 1) != '/');
                out.append(glued ? comment : " " + comment + " ");
            }
            out.append(text, t.start(), t.end());
        }
        if (random.nextBoolean()) {
            out.append("\n// last").append(n);
        }
        return out.toString();
    }

    static void assertKeepsComments(String label, String text) {
        ParseResult parsed = StarstreamParsing.parse("t.star", text);
        assertThat(parsed.diagnostics()).as("%s input:\n%s", label, text).isEmpty();

        FormatResult result = Formatter.format(new SourceFile("t.star", text));

        assertThat(result).as("%s input:\n%s", label, text).isInstanceOf(FormatResult.Formatted.class);
        String formatted = ((FormatResult.Formatted) result).text();
        ParseResult again = StarstreamParsing.parse("t.star", formatted);
        boolean sorted = FileLayout.canonicalOrder(parsed.program().definitions()).equals(parsed.program().definitions());
        if (sorted) {
            assertThat(commentTexts(again.program())).as("%s keeps comments in order:\n%s", label, formatted)
                    .isEqualTo(commentTexts(parsed.program()));
        }
        assertThat(Formatter.print(again.program(), formatted)).as("%s is idempotent; first output:\n%s", label, formatted)
                .isEqualTo(formatted);
        assertThat(formatted).as(label).doesNotContain(" \n", "\t", "\r").endsWith("\n").doesNotEndWith("\n\n");
    }

    private static List<String> commentTexts(Program program) {
        return program.comments().stream().map(Comment::text).toList();
    }
}
