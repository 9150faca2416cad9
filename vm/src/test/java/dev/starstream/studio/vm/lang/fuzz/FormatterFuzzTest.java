package dev.starstream.studio.vm.lang.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.starstream.studio.vm.format.FormatResult;
import dev.starstream.studio.vm.format.Formatter;
import dev.starstream.studio.vm.lang.ast.AstPrinter;
import dev.starstream.studio.vm.lang.ast.Comment;
import dev.starstream.studio.vm.lang.ast.Definition;
import dev.starstream.studio.vm.lang.ast.Program;
import dev.starstream.studio.vm.lang.parser.ParseResult;
import dev.starstream.studio.vm.lang.parser.StarstreamParsing;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of the formatter (Jazzer): on real programs with fuzzer comments and
 * whitespace between their tokens, and on fuzzed texts of every kind, formatting never fails; a file
 * with syntax errors is left alone; otherwise the output parses to the same definitions (the
 * contract marker and imports first, the rest in source order), keeps every comment, and formatting
 * it again changes nothing. A refusal of its own safety check is a formatter bug, so it fails too.
 * Inputs replayed in CI: {@code src/test/resources/…/FormatterFuzzTestInputs/<method>/}.
 */
@Timeout(FrontEndProperties.HANG_SECONDS)
class FormatterFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void formatterKeepsTheProgramAndItsCommentsOrLeavesTheFileAlone(FuzzedDataProvider data) {
        String text = data.consumeBoolean() ? FuzzedSources.commented(data.pickValue(FuzzedSources.PROGRAMS), data)
                : FuzzedSources.text(data);
        FrontEndProperties.onInput(text, () -> formatsOrLeavesAlone(text));
    }

    private static void formatsOrLeavesAlone(String text) {
        ParseResult parsed = StarstreamParsing.parse("fuzz.star", text);

        FormatResult result = Formatter.format(new SourceFile("fuzz.star", text));

        switch (result) {
            case FormatResult.SyntaxErrors errors -> {
                assertThat(parsed.hasErrors()).as("only files with syntax errors are refused as such").isTrue();
                assertThat(errors.diagnostics()).isEqualTo(parsed.diagnostics());
            }
            case FormatResult.Refused refused -> throw new AssertionError("the formatter refused its own output: " + refused.reason());
            case FormatResult.Formatted formatted -> {
                assertThat(parsed.hasErrors()).isFalse();
                String out = formatted.text();
                assertThat(formatted.changed()).isEqualTo(!out.equals(text));
                ParseResult again = StarstreamParsing.parse("fuzz.star", out);
                assertThat(again.diagnostics()).as("the output parses:\n%s", out).isEmpty();
                assertThat(definitions(again.program())).as("the output means the same:\n%s", out)
                        .isEqualTo(definitions(canonicalOrder(parsed.program())));
                assertThat(comments(again.program())).as("the output keeps every comment:\n%s", out)
                        .isEqualTo(comments(parsed.program()));
                assertThat(Formatter.format(new SourceFile("fuzz.star", out))).as("formatting is idempotent:\n%s", out)
                        .isEqualTo(new FormatResult.Formatted(out, false));
            }
        }
    }

    /** LANGUAGE.md §4: {@code contract;} first, then imports, then everything else, each group in source order. */
    private static Program canonicalOrder(Program program) {
        List<Definition> ordered = new ArrayList<>();
        program.definitions().stream().filter(d -> d instanceof Definition.ContractDef).forEach(ordered::add);
        program.definitions().stream().filter(d -> d instanceof Definition.ImportDef).forEach(ordered::add);
        program.definitions().stream().filter(d -> !(d instanceof Definition.ContractDef || d instanceof Definition.ImportDef))
                .forEach(ordered::add);
        return new Program(ordered, List.of(), program.span());
    }

    /** Each definition printed without spans. */
    private static List<String> definitions(Program program) {
        return program.definitions().stream().map(d -> AstPrinter.print(new Program(List.of(d), List.of(), program.span()))).toList();
    }

    /**
     * The comments' texts, sorted (a comment may move with its definition): block comments with LF
     * line endings, line comments without trailing whitespace (the output has none).
     */
    private static List<String> comments(Program program) {
        return program.comments().stream()
                .map(c -> c.kind() == Comment.Kind.BLOCK ? c.text().replace("\r\n", "\n") : c.text().stripTrailing())
                .sorted().toList();
    }
}
