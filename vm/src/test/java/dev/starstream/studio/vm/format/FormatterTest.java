package dev.starstream.studio.vm.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.starstream.studio.vm.lang.ast.Program;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.parser.ParseResult;
import dev.starstream.studio.vm.lang.parser.StarstreamParsing;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What the formatter does with files as a whole: errors, line endings, empty files, huge and hostile input. */
class FormatterTest {

    private static FormatResult format(String text) {
        return Formatter.format(new SourceFile("t.star", text));
    }

    @Test
    void leavesAFileWithSyntaxErrorsAloneAndReturnsTheDiagnostics() {
        FormatResult result = format("fn f() { let x = ; }\n");

        assertThat(result).isInstanceOfSatisfying(FormatResult.SyntaxErrors.class, errors ->
                assertThat(errors.diagnostics()).extracting(d -> d.code()).containsExactly(DiagnosticCode.PARSER));
    }

    @Test
    void reportsWhetherTheTextChanged() {
        assertThat(format("fn f() { }\n")).isEqualTo(new FormatResult.Formatted("fn f() { }\n", false));
        assertThat(format("fn f(){}")).isEqualTo(new FormatResult.Formatted("fn f() { }\n", true));
    }

    @Test
    void writesLineFeedsWhateverTheInputUsed() {
        FormatResult result = format("fn f() {\r\n    /* a\r\n       b */\r\n    g(); // c\r\n}\r\n");

        assertThat(result).isEqualTo(new FormatResult.Formatted("fn f() {\n    /* a\n       b */\n    g(); // c\n}\n", true));
    }

    @Test
    void keepsAnEmptyFileEmptyAndAFileOfCommentsAsComments() {
        assertThat(format("")).isEqualTo(new FormatResult.Formatted("", false));
        assertThat(format("  \n\n")).isEqualTo(new FormatResult.Formatted("", true));
        assertThat(format("// only\n\n\n/* comments */  ")).isEqualTo(new FormatResult.Formatted("// only\n/* comments */\n", true));
        assertThat(format("#!/usr/bin/env starstream\n")).isEqualTo(new FormatResult.Formatted("#!/usr/bin/env starstream\n", false));
    }

    @Test
    void doesNotWrapLongLines() {
        String call = "f(" + "argument_number, ".repeat(20) + "last)";
        String text = "fn f() {\n    " + call + ";\n}\n";

        assertThat(format(text)).isEqualTo(new FormatResult.Formatted(text, false));
    }

    @Test
    void printsAFiftyThousandDeepExpressionWithoutRunningOutOfStack() {
        String sum = "1" + " + 1".repeat(50_000);
        String text = "fn f() -> i64 { " + sum + " }";

        String printed = Formatter.print(StarstreamParsing.parse("t.star", text).program(), text);

        assertThat(printed).isEqualTo("fn f() -> i64 {\n    " + sum + "\n}\n");
    }

    @Test
    void refusesToPrintTheErrorNodesOfAFailedParse() {
        Program broken = StarstreamParsing.parse("t.star", "fn f() { let x = ; }").program();

        assertThatThrownBy(() -> Formatter.print(broken, "fn f() { let x = ; }"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("syntax error");
    }

    @Test
    void mutatedProgramsEitherFormatSafelyOrAreReportedAsSyntaxErrors() throws IOException {
        List<String> corpus = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/corpus/parse"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".star")).sorted().toList()) {
                corpus.add(Files.readString(p));
            }
        }
        String[] fragments = {"{", "}", "(", ")", ";", ",", "// c\n", "/* c */", "\n", "fn", "if", "else", "()", "-", "!"};
        Random random = new Random(11);
        int formatted = 0;
        for (int round = 0; round < 1_500; round++) {
            StringBuilder text = new StringBuilder(corpus.get(random.nextInt(corpus.size())));
            for (int e = 1 + random.nextInt(3); e > 0 && !text.isEmpty(); e--) {
                int at = random.nextInt(text.length());
                if (random.nextBoolean()) {
                    text.insert(at, fragments[random.nextInt(fragments.length)]);
                } else {
                    text.delete(at, Math.min(text.length(), at + 1 + random.nextInt(8)));
                }
            }
            FormatResult result = format(text.toString());
            assertThat(result).as("round %d:\n%s", round, text).isNotInstanceOf(FormatResult.Refused.class);
            if (result instanceof FormatResult.Formatted) {
                formatted++;
            }
        }
        assertThat(formatted).as("some mutations still parse").isGreaterThan(100);
    }

    @Test
    void theSafetyCheckNoticesADifferentProgramOrALostComment() {
        ParseResult original = StarstreamParsing.parse("t.star", "fn f() { g(1); } // c\n");

        assertThat(SafetyCheck.compare(original, StarstreamParsing.parse("t.star", "fn f() { g(1); } // c\n"))).isEmpty();
        assertThat(SafetyCheck.compare(original, StarstreamParsing.parse("t.star", "fn f() { g(2); } // c\n")))
                .hasValue("the formatted text parses to a different program");
        assertThat(SafetyCheck.compare(original, StarstreamParsing.parse("t.star", "fn f() { g(1); }\n")))
                .hasValue("the formatted text does not keep every comment (1 before, 0 after)");
        assertThat(SafetyCheck.compare(original, StarstreamParsing.parse("t.star", "fn f() { g(1 }\n")))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("the formatted text does not parse"));
    }

    /** Found by fuzzing (FormatterFuzzTest): {@code // } with a trailing space made the formatter refuse the file. */
    @Test
    void dropsTrailingWhitespaceOfLineCommentsInsteadOfRefusingTheFile() {
        assertThat(format("// header \nfn f() { } // after \t\n/// doc  \nfn g() { }\n// last \t"))
                .isEqualTo(new FormatResult.Formatted("// header\nfn f() { } // after\n\n/// doc\nfn g() { }\n\n// last\n", true));
        assertThat(format("#!/usr/bin/env starstream \nfn f() { }\n"))
                .isEqualTo(new FormatResult.Formatted("#!/usr/bin/env starstream\nfn f() { }\n", true));
    }

    /**
     * Found by fuzzing (FormatterFuzzTest): a line comment ending in a space between {@code script}
     * and {@code fn} was moved above {@code script}, cutting the doc comment off its function.
     */
    @Test
    void aCommentEndingInASpaceAfterAModifierStaysAfterIt() {
        assertThat(format("/// doc\nscript // \n fn example() { }\n"))
                .isEqualTo(new FormatResult.Formatted("/// doc\nscript //\nfn example() { }\n", true));
    }
}
