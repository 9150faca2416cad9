package dev.starstream.studio.vm.lang.diag;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every diagnostic code has an explanation page with its title and the four parts; every code a
 * program can trigger has a {@code ```star} example (that each example triggers exactly its code is
 * checked by the checker's {@code ExplainExamplesTest}).
 */
class ExplanationsTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(DiagnosticCode.class)
    void everyCodeHasAPageWithItsTitle(DiagnosticCode code) {
        String page = Explanations.of(code).orElseThrow(() -> new AssertionError("no explain/" + code.code() + ".md"));

        assertThat(page).startsWith("# " + code.code() + ": " + code.title() + "\n")
                .contains("\n## Why\n", "\n## How to fix\n")
                .endsWith("\n")
                .doesNotContain("\r", "\t");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DiagnosticCode.class, names = "CODEGEN", mode = EnumSource.Mode.EXCLUDE)
    void everyCodeAProgramCanTriggerHasAnExample(DiagnosticCode code) {
        String page = Explanations.of(code).orElseThrow();

        assertThat(page).contains("\n## Example\n");
        assertThat(Explanations.example(page)).hasValueSatisfying(example -> assertThat(example).isNotBlank().endsWith("\n"));
    }

    @Test
    void extractsTheFirstStarBlock() {
        String page = "# X\n\n```star\nfn f() { }\n```\n\n```star\nfn g() { }\n```\n";

        assertThat(Explanations.example(page)).hasValue("fn f() { }\n");
        assertThat(Explanations.example("# no example\n")).isEmpty();
    }

    @Test
    void everyPageBelongsToACode() throws IOException {
        try (Stream<Path> pages = Files.list(Path.of("src/main/resources/dev/starstream/studio/vm/lang/diag/explain"))) {
            assertThat(pages.map(p -> p.getFileName().toString()))
                    .allSatisfy(name -> assertThat(name).endsWith(".md"))
                    .allSatisfy(name -> assertThat(DiagnosticCode.parse(name.replace(".md", ""))).as(name).isPresent())
                    .hasSize(DiagnosticCode.values().length);
        }
    }
}
