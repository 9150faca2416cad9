package dev.starstream.studio.app.ui.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.app.ui.ScriptedDialogs;
import dev.starstream.studio.app.ui.editors.DocumentViewModel;
import dev.starstream.studio.app.ui.editors.EditorTabsViewModel;
import dev.starstream.studio.app.ui.tools.Problem;
import dev.starstream.studio.editor.services.analysis.FileAnalysis;
import dev.starstream.studio.editor.services.analysis.LanguageService;
import dev.starstream.studio.editor.services.workspace.BasicWorkspace;
import dev.starstream.studio.editor.services.workspace.Workspace;
import dev.starstream.studio.editor.services.workspace.WorkspaceConfig;
import dev.starstream.studio.vm.lang.check.workspace.SourceProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editors report their text, analyses come back to the documents and to the Problems panel. No toolkit. */
class LanguageWorkbenchTest {
    @TempDir Path root;
    private final HandScheduler scheduler = new HandScheduler();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ExecutorService watcher = Executors.newSingleThreadExecutor();
    private final SimpleObjectProperty<Workspace> workspaceProperty = new SimpleObjectProperty<>();
    private BasicWorkspace workspace;
    private EditorTabsViewModel tabs;
    private LanguageWorkbench workbench;
    private Path score;
    private String scoreText;

    @BeforeEach
    void open() throws IOException {
        scoreText = Files.readString(Path.of("..", "samples", "workspace", "score.star"));
        score = Files.writeString(root.resolve("score.star"), scoreText);
        workspace = new BasicWorkspace(root, WorkspaceConfig.defaults(), watcher);
        tabs = new EditorTabsViewModel(dialogs, Runnable::run, message -> {});
        workbench = new LanguageWorkbench(
                folder -> new LanguageService(folder, SourceProvider.disk(), Runnable::run, scheduler, Duration.ofMillis(50)),
                Runnable::run, tabs, workspaceProperty);
        tabs.setWorkspace(workspace);
        workspaceProperty.set(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
        watcher.shutdownNow();
    }

    private DocumentViewModel openScore() {
        tabs.open(score);
        scheduler.elapse();
        return tabs.find(score).orElseThrow();
    }

    @Test
    void anOpenDocumentReceivesTheAnalysisOfItsText() {
        DocumentViewModel doc = openScore();

        FileAnalysis analysis = workbench.analysisOf(doc).get();
        assertThat(analysis).isNotNull();
        assertThat(analysis.text()).isEqualTo(scoreText);
        assertThat(analysis.diagnostics()).isEmpty();
        assertThat(analysis.semantic()).isNotEmpty();
        assertThat(analysis.outline()).extracting(o -> o.name()).containsExactly("ScoreProgress", "Score", "example", "finish");
        assertThat(workbench.errorsProperty().get()).isZero();
    }

    @Test
    void typingAnErrorReportsItAndFixingItClearsIt() {
        DocumentViewModel doc = openScore();

        doc.textProperty().set(scoreText.replace("score.plus_chips(2);", "score.plus_chips(true);"));
        scheduler.elapse();

        assertThat(workbench.errorsProperty().get()).isEqualTo(1);
        assertThat(workbench.analysisOf(doc).get().diagnostics()).extracting(d -> d.codeText()).containsExactly("E0031");
        assertThat(ProblemItems.of(workbench.latestProperty().get())).extracting(Problem::code, Problem::where)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("E0031", "score.star:57:22"));

        doc.textProperty().set(scoreText);
        scheduler.elapse();

        assertThat(workbench.errorsProperty().get()).isZero();
        assertThat(workbench.analysisOf(doc).get().diagnostics()).isEmpty();
        assertThat(ProblemItems.of(workbench.latestProperty().get())).isEmpty();
    }

    @Test
    void closingADocumentWithUnsavedErrorsFallsBackToTheFileOnDisk() {
        DocumentViewModel doc = openScore();
        doc.textProperty().set("contract; fn broken( {");
        scheduler.elapse();
        assertThat(workbench.errorsProperty().get()).isPositive();

        dialogs.answer(dev.starstream.studio.app.ui.DialogService.SaveChoice.DISCARD);
        tabs.close(doc);
        scheduler.elapse();

        assertThat(workbench.errorsProperty().get()).isZero();
    }

    @Test
    void problemsOfFilesThatAreNotOpenAreReportedToo() throws Exception {
        Files.writeString(root.resolve("broken.star"), "script fn f() -> bool { 1 }\n");
        workbench.service().orElseThrow().filesChanged(root.resolve("broken.star"));
        // the workspace's watcher reports the new file too, on its own thread: analyses it overtakes are dropped
        for (int k = 0; k < 200 && workbench.errorsProperty().get() == 0; k++) {
            scheduler.elapse();
            Thread.sleep(10);
        }

        assertThat(ProblemItems.of(workbench.latestProperty().get())).extracting(Problem::where).containsExactly("broken.star:1:25");
    }

    @Test
    void anotherWorkspaceGetsItsOwnServiceAndForgetsTheOldProblems() throws IOException {
        openScore();
        Path other = Files.createDirectories(root.resolve("other"));
        Files.writeString(other.resolve("x.star"), "script fn f() -> bool { 1 }\n");
        BasicWorkspace second = new BasicWorkspace(other, WorkspaceConfig.defaults(), watcher);
        tabs.setWorkspace(second);
        workspaceProperty.set(second);
        scheduler.elapse();

        assertThat(workbench.latestProperty().get().root()).isEqualTo(other.toAbsolutePath().normalize());
        assertThat(workbench.service().orElseThrow().root()).isEqualTo(other.toAbsolutePath().normalize());
        assertThat(workbench.errorsProperty().get()).isEqualTo(1);
        second.close();
    }
}
