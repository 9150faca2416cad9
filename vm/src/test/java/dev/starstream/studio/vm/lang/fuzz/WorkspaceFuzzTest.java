package dev.starstream.studio.vm.lang.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.starstream.studio.vm.lang.check.workspace.CheckedWorkspace;
import dev.starstream.studio.vm.lang.check.workspace.Workspace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Timeout;

/**
 * Coverage-guided fuzzing of whole workspaces (Jazzer): up to three in-memory modules whose texts
 * are fuzzed programs and whose path imports point at each other, at themselves, at missing files
 * and outside the workspace. Checking never fails, every diagnostic lies in the file it names, and
 * after an edit the incremental check reports exactly what a fresh check of the same texts reports.
 * Inputs replayed in CI: {@code src/test/resources/…/WorkspaceFuzzTestInputs/<method>/}.
 */
@Timeout(FrontEndProperties.HANG_SECONDS)
class WorkspaceFuzzTest {
    private static final Path ROOT = Path.of("/ws");
    private static final List<String> FILES = List.of("main.star", "lib.star", "util/helpers.star");
    private static final List<String> IMPORT_PATHS = List.of("./lib.star", "./util/helpers.star", "./main.star", "../lib.star",
            "./util/../lib.star", "./missing.star", "lib.star", "./util", "/ws/lib.star", "./lib.star/", "");
    private static final List<String> IMPORTED_NAMES = List.of("Point", "norm", "Gold", "Pool", "Swap", "Counter", "x", "main",
            "Option", "blockHeight");

    @FuzzTest(maxDuration = "10m")
    void workspaceCheckAnswersAnyModulesAndAgreesWithAFreshCheckAfterAnEdit(FuzzedDataProvider data) {
        Map<Path, String> texts = new LinkedHashMap<>();
        int files = data.consumeInt(1, FILES.size());
        for (int i = 0; i < files; i++) {
            texts.put(ROOT.resolve(FILES.get(i)), imports(data) + FuzzedSources.text(data));
        }
        Path edited = ROOT.resolve(FILES.get(data.consumeInt(0, files - 1)));
        String newText = FuzzedSources.edited(texts.get(edited), data);
        FrontEndProperties.onInput(texts + "\nthen " + edited + " becomes:\n" + newText,
                () -> checkThenEdit(texts, edited, newText));
    }

    private static void checkThenEdit(Map<Path, String> texts, Path edited, String newText) {
        Workspace workspace = Workspace.inMemory(ROOT, texts);

        CheckedWorkspace first = workspace.check();
        assertDiagnosticsInside(first, texts);

        Map<Path, String> after = new LinkedHashMap<>(texts);
        after.put(edited, newText);
        CheckedWorkspace incremental = workspace.update(edited, newText);
        CheckedWorkspace fresh = Workspace.inMemory(ROOT, after).check();

        assertDiagnosticsInside(incremental, after);
        assertThat(incremental.diagnostics()).as("the incremental check agrees with a fresh one").isEqualTo(fresh.diagnostics());
    }

    /** Import lines at the top of a module: named or namespace imports of fuzzer-chosen paths. */
    private static String imports(FuzzedDataProvider data) {
        StringBuilder s = new StringBuilder(data.consumeBoolean() ? "contract;\n" : "");
        int n = data.consumeInt(0, 3);
        for (int i = 0; i < n; i++) {
            String path = data.consumeBoolean() ? data.pickValue(IMPORT_PATHS) : data.consumeString(24);
            if (data.consumeBoolean()) {
                s.append("import { ").append(data.pickValue(IMPORTED_NAMES)).append(" } from \"").append(path).append("\";\n");
            } else {
                s.append("import m").append(i).append(" from \"").append(path).append("\";\n");
            }
        }
        return s.toString();
    }

    private static void assertDiagnosticsInside(CheckedWorkspace ws, Map<Path, String> texts) {
        Map<String, String> byDisplay = new LinkedHashMap<>();
        texts.forEach((p, t) -> byDisplay.put(p.toString(), t));
        FrontEndProperties.diagnosticsPointIntoTheirFiles(ws.diagnostics(), byDisplay);
    }
}
