package dev.starstream.studio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.diag.Explanations;
import org.junit.jupiter.api.Test;

/** {@code studio explain}: a code's page, case-insensitively; the list of codes; a clear error otherwise. */
class ExplainCommandTest {

    @Test
    void printsThePageOfACodeWhateverItsCase() {
        CliRun run = CliRun.of("explain", "e0008");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo(Explanations.of(DiagnosticCode.E0008).orElseThrow())
                .startsWith("# E0008: Type mismatch\n").contains("```star\n");
    }

    @Test
    void listsEveryCodeWithItsTitleWhenNoCodeIsGiven() {
        CliRun run = CliRun.of("explain");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(DiagnosticCode.values().length)
                .contains("E0001    Unknown name", "W0002    Path import ignored in single-file mode",
                        "parser   Syntax error");
    }

    @Test
    void rejectsAnUnknownCodeWithExitTwo() {
        CliRun run = CliRun.of("explain", "E9999");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("studio explain: unknown code `E9999`; run `studio explain` to list every code\n");
    }
}
