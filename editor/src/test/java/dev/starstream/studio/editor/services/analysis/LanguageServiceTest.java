package dev.starstream.studio.editor.services.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.check.workspace.SourceProvider;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Debounced, incremental analysis of unsaved texts, with stale results dropped. */
class LanguageServiceTest {
    static final Path ROOT = Path.of("/ws").toAbsolutePath();
    static final Path LIB = ROOT.resolve("lib.star");
    static final Path MAIN = ROOT.resolve("main.star");
    static final String LIB_TEXT = """
            /// A point.
            struct Point { x: i64, y: i64 }
            """;
    static final String MAIN_TEXT = """
            import { Point } from "./lib.star";

            script fn norm(p: Point) -> i64 {
                p.x + p.y
            }
            """;

    final Map<Path, String> disk = new LinkedHashMap<>(Map.of(LIB, LIB_TEXT, MAIN, MAIN_TEXT));
    final ManualScheduler scheduler = new ManualScheduler();
    final List<Analysis> published = new ArrayList<>();
    final LanguageService service = new LanguageService(ROOT, new LiveSources(disk), Runnable::run, scheduler, Duration.ofMillis(50));

    LanguageServiceTest() {
        service.addListener(published::add);
    }

    @Test
    void analysesTheUnsavedTextOnlyAfterThePause() {
        service.open(MAIN, MAIN_TEXT);
        service.edit(MAIN, MAIN_TEXT.replace("p.x + p.y", "p.x + p.z"));
        assertThat(published).isEmpty();

        scheduler.elapse();

        assertThat(published).hasSize(1);
        Analysis analysis = published.getFirst();
        assertThat(analysis.diagnostics()).extracting(DiagnosticItem::codeText).containsExactly("E0022");
        FileAnalysis main = analysis.file(MAIN).orElseThrow();
        assertThat(main.text()).contains("p.x + p.z");
        assertThat(main.diagnostics().getFirst().location().position().line()).isEqualTo(4);
    }

    @Test
    void editsDuringThePauseAreCheckedOnceWithTheLastText() {
        service.open(MAIN, MAIN_TEXT);
        service.edit(MAIN, MAIN_TEXT + "fn a() {}\n");
        service.edit(MAIN, MAIN_TEXT + "fn ab() {}\n");
        service.edit(MAIN, MAIN_TEXT + "fn abc() {}\n");

        assertThat(scheduler.pending()).isEqualTo(1);
        scheduler.elapse();

        assertThat(published).hasSize(1);
        assertThat(published.getFirst().file(MAIN).orElseThrow().text()).endsWith("fn abc() {}\n");
    }

    @Test
    void anAnalysisOvertakenByAnEditIsNotPublished() {
        Map<Path, String> typingDuringCheck = new LinkedHashMap<>(disk);
        boolean[] typed = {false};
        LanguageService[] self = new LanguageService[1];
        SourceProvider sources = new SourceProvider() {
            final SourceProvider inner = new LiveSources(typingDuringCheck);

            @Override
            public Read read(Path path) {
                if (!typed[0]) {
                    typed[0] = true;
                    self[0].edit(MAIN, MAIN_TEXT + "// typed while checking\n");
                }
                return inner.read(path);
            }

            @Override
            public List<Path> starFilesUnder(Path folder) {
                return inner.starFilesUnder(folder);
            }

            @Override
            public boolean isFolder(Path path) {
                return inner.isFolder(path);
            }

            @Override
            public Path canonical(Path path) {
                return inner.canonical(path);
            }
        };
        LanguageService racing = new LanguageService(ROOT, sources, Runnable::run, scheduler, Duration.ofMillis(50));
        self[0] = racing;
        List<Analysis> seen = new ArrayList<>();
        racing.addListener(seen::add);

        racing.filesChanged(LIB);
        scheduler.elapse(); // checks, but an edit arrives meanwhile: dropped
        assertThat(seen).isEmpty();
        scheduler.elapse(); // the edit's own analysis
        assertThat(seen).hasSize(1);
        assertThat(seen.getFirst().file(MAIN).orElseThrow().text()).endsWith("// typed while checking\n");
    }

    @Test
    void closingAnEditorDropsItsUnsavedText() {
        service.open(MAIN, "script fn broken( {");
        scheduler.elapse();
        assertThat(published.getLast().errorCount()).isPositive();

        service.close(MAIN);
        scheduler.elapse();

        assertThat(published.getLast().diagnostics()).isEmpty();
        assertThat(published.getLast().file(MAIN).orElseThrow().text()).isEqualTo(MAIN_TEXT);
    }

    @Test
    void aChangeToAnImportedFileReachesItsImporters() {
        service.open(MAIN, MAIN_TEXT);
        scheduler.elapse();
        assertThat(published.getLast().diagnostics()).isEmpty();

        service.edit(LIB, "struct Point { x: i64 }\n");
        scheduler.elapse();

        assertThat(published.getLast().diagnostics()).extracting(DiagnosticItem::codeText, d -> d.file().getFileName().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("E0022", "main.star"));
    }

    @Test
    void filesChangedOnDiskAreReadAgain() {
        service.analyze().join();
        assertThat(published.getLast().diagnostics()).isEmpty();

        disk.put(LIB, "struct Point { x: bool, y: i64 }\n");
        service.analyze().join();
        assertThat(published.getLast().diagnostics()).isEmpty(); // not told yet: the cached text counts

        service.filesChanged(LIB);
        scheduler.elapse();
        assertThat(published.getLast().diagnostics()).extracting(DiagnosticItem::codeText).containsExactly("E0006");
    }

    @Test
    void aQueryIsAnsweredOnExactlyTheTextTheEditorShows() {
        service.open(MAIN, MAIN_TEXT);
        String typed = MAIN_TEXT.replace("p.x + p.y", "p.x + q");

        String seen = service.query(MAIN, typed, a -> a.file(MAIN).orElseThrow().text()).join();

        assertThat(seen).isEqualTo(typed);
        assertThat(published).isEmpty(); // queries do not publish
    }

    @Test
    void diagnosticColumnsCountUtf16UnitsAsTheEditorDoes() {
        String text = "script fn f() -> i64 { /* 🚀 */ true }\n";
        service.open(MAIN, text);
        scheduler.elapse();

        DiagnosticItem d = published.getLast().file(MAIN).orElseThrow().diagnostics().getFirst();

        assertThat(d.start()).isEqualTo(text.indexOf("true"));
        assertThat(d.location().position().column()).isEqualTo(text.indexOf("true") + 1); // the rocket counts twice
    }
}
