package dev.starstream.studio.vm.lang.check.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.diag.Diagnostic;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Re-checking parses only changed files and re-checks only what depends on them. */
class IncrementalCheckTest {
    private static final Path LIB = Path.of("/ws/lib.star");
    private static final Path MAIN = Path.of("/ws/main.star");
    private static final Path OTHER = Path.of("/ws/other.star");

    private static Workspace workspace() {
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(LIB, "fn double(x: i64) -> i64 { x * 2 }\n");
        files.put(MAIN, "import { double } from \"./lib.star\";\nfn f() -> i64 { double(2) }\n");
        files.put(OTHER, "fn alone() -> bool { true }\n");
        return Workspace.inMemory(Path.of("/ws"), files);
    }

    @Test
    void nothingIsRedoneWhenNothingChanged() {
        Workspace ws = workspace();
        ws.check();
        ws.check();

        assertThat(ws.parsedLastTime()).isZero();
        assertThat(ws.checkedLastTime()).isZero();
    }

    @Test
    void editingALeafRechecksOnlyThatFile() {
        Workspace ws = workspace();
        ws.check();
        CheckedWorkspace after = ws.update(OTHER, "fn alone() -> bool { 1 }\n");

        assertThat(ws.parsedLastTime()).isEqualTo(1);
        assertThat(ws.checkedLastTime()).isEqualTo(1);
        assertThat(after.diagnostics()).extracting(Diagnostic::toString).containsExactly(
                "/ws/other.star:1:22: error[E0009]: mismatched return type: expected `bool`, found `{integer}`");
    }

    @Test
    void editingAnImportedFileRechecksItsImporters() {
        Workspace ws = workspace();
        ws.check();
        CheckedWorkspace after = ws.update(LIB, "fn double(x: bool) -> i64 { 2 }\n");

        assertThat(ws.parsedLastTime()).isEqualTo(1);
        assertThat(ws.checkedLastTime()).isEqualTo(2);
        assertThat(after.diagnostics()).extracting(d -> d.code().code() + " " + d.location()).containsExactly("E0031 /ws/main.star:2:24");
    }

    @Test
    void aBufferCanBeDiscardedToReturnToTheSavedText() {
        Workspace ws = workspace();
        ws.update(OTHER, "fn alone() -> bool { 1 }\n");
        ws.discardBuffer(OTHER);

        assertThat(ws.check().diagnostics()).isEmpty();
    }
}
