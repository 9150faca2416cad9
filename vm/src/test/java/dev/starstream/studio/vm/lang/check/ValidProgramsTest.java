package dev.starstream.studio.vm.lang.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scenario programs (score utxo, effects across utxos, token pool swap, multi-transaction
 * accumulator, nested scripts with handlers, pay-to-public-key) check without any diagnostic.
 */
class ValidProgramsTest {
    static final Path VALID = Path.of("src/test/resources/corpus/check/valid");

    static Stream<Path> programs() throws IOException {
        try (Stream<Path> files = Files.list(VALID)) {
            return files.filter(p -> p.toString().endsWith(".star")).sorted().toList().stream();
        }
    }

    @org.junit.jupiter.api.Test
    void theBundledSampleWorkspaceChecksClean() {
        var ws = dev.starstream.studio.vm.lang.check.workspace.WorkspaceCheck.check(java.util.List.of(Path.of("../samples/workspace")));

        assertThat(ws.modules()).isNotEmpty();
        assertThat(ws.diagnostics()).extracting(Diagnostic::toString).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void checksWithoutDiagnostics(Path program) throws IOException {
        CheckedModule m = ModuleChecker.checkSingleFile(program.getFileName().toString(), Files.readString(program));

        assertThat(m.allDiagnostics()).extracting(Diagnostic::toString).isEmpty();
    }
}
