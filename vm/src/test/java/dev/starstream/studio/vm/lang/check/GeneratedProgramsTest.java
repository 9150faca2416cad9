package dev.starstream.studio.vm.lang.check;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.check.workspace.CheckedWorkspace;
import dev.starstream.studio.vm.lang.check.workspace.Workspace;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.testing.RealisticPrograms;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The realistic program generator (used by the benchmarks) produces programs that check clean. */
class GeneratedProgramsTest {
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3})
    void generatedContractsCheckClean(long seed) {
        String text = new RealisticPrograms(seed).contract(600);
        CheckedModule m = ModuleChecker.checkSingleFile("gen.star", text);

        assertThat(m.allDiagnostics()).extracting(Diagnostic::toString).isEmpty();
        assertThat(RealisticPrograms.count(text)).isBetween(600, 700);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {4, 5})
    void generatedWorkspacesCheckClean(long seed) {
        Map<Path, String> files = new RealisticPrograms(seed).workspace(Path.of("/gen"), 3_000);
        CheckedWorkspace ws = Workspace.inMemory(Path.of("/gen"), files).check();

        assertThat(ws.diagnostics()).extracting(Diagnostic::toString).isEmpty();
        assertThat(ws.contracts()).isNotEmpty();
        assertThat(files.values().stream().mapToInt(RealisticPrograms::count).sum()).isBetween(3_000, 3_700);
    }
}
