package dev.starstream.studio.vm.lang.diag;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.syntax.SourceFile;
import dev.starstream.studio.vm.lang.syntax.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How diagnostics look to people (rustc style, with and without colours) and to tools (the A.11
 * JSON), on hand-made diagnostics that cover every part: help, notes, related locations in the same
 * and in another file, multi-line and empty spans, tabs and non-ASCII text, wide line numbers.
 * Golden files under {@code src/test/resources/diag}; {@code -Dgolden.update=true} rewrites them.
 */
class DiagnosticRenderingTest {
    private static final Path GOLDEN = Path.of("src/test/resources/diag");

    private static final SourceFile MAIN = new SourceFile("src/main.star", """
            fn f() {
                let x = 1;
                x = 2;
                let pub y = disclose(1);
            \tlet é = \"ü\"; let z = é;
                g(1,
                  2, 3);
            }

            fn h() -> u8 { 1 }
            fn k() { let a = 1 }""");
    private static final SourceFile LIB = new SourceFile("lib/helper.star", "fn helper() { }\n");

    static List<Diagnostic> samples() {
        return List.of(
                Diagnostic.of(DiagnosticCode.E0004, MAIN, span("x = 2", 0, 1), "cannot assign to immutable variable `x`")
                        .withHelp("declare it with `let mut x`")
                        .withRelated(new Location(MAIN, span("let x", 4, 5)), "declared here"),
                Diagnostic.of(DiagnosticCode.W0001, MAIN, span("disclose(1)", 0, 11),
                        "unnecessary `disclose(...)`: the value is already public").withHelp("remove `disclose`"),
                Diagnostic.of(DiagnosticCode.E0001, MAIN, span("z = é", 4, 5), "unknown name `é`")
                        .withNote("names are ASCII: letters, digits and `_`"),
                Diagnostic.of(DiagnosticCode.E0030, MAIN, new Span(MAIN.text().indexOf("g(1"), MAIN.text().indexOf("3);") + 2),
                        "`g` takes 1 argument but 3 were given"),
                Diagnostic.of(DiagnosticCode.E0013, MAIN, span("fn h", 3, 4), "`h` is already defined")
                        .withRelated(new Location(LIB, new Span(3, 9)), "first defined here")
                        .withRelated(new Location(MAIN, span("fn f", 3, 4)), "and here"),
                Diagnostic.of(DiagnosticCode.PARSER, MAIN, Span.at(MAIN.text().length() - 1), "expected `;` after `1`"));
    }

    private static Span span(String near, int from, int to) {
        int at = MAIN.text().indexOf(near);
        return new Span(at + from, at + to);
    }

    @Test
    void rendersForPeopleLikeRustc() throws IOException {
        assertGolden("human.txt", new HumanRenderer(false).render(samples()));
    }

    @Test
    void paintsWithAnsiColoursOnlyWhenAsked() throws IOException {
        String colored = new HumanRenderer(true).render(samples().getFirst());

        assertGolden("human-color.txt", colored);
        assertThat(colored.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo(new HumanRenderer(false).render(samples().getFirst()));
    }

    @Test
    void rendersTheA11JsonForTools() throws IOException {
        assertGolden("check.json", JsonRenderer.render(samples()));
    }

    @Test
    void rendersAnEmptyReportAsAnEmptyList() {
        assertThat(JsonRenderer.render(List.of())).isEqualTo("{\n  \"diagnostics\": []\n}\n");
    }

    @Test
    void summarisesErrorsAndWarnings() {
        assertThat(new HumanRenderer(false).summary(samples())).isEqualTo("5 error(s), 1 warning(s)");
    }

    private static void assertGolden(String name, String actual) throws IOException {
        Path golden = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update") || !Files.exists(golden)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(golden));
    }
}
