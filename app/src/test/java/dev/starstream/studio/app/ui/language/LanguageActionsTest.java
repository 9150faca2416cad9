package dev.starstream.studio.app.ui.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.settings.SettingsService;
import dev.starstream.studio.app.settings.SettingsStore;
import dev.starstream.studio.app.ui.ScriptedDialogs;
import dev.starstream.studio.app.ui.editors.DocumentViewModel;
import dev.starstream.studio.app.ui.editors.EditorTabsViewModel;
import dev.starstream.studio.editor.services.analysis.LanguageService;
import dev.starstream.studio.editor.services.edit.CommandStack;
import dev.starstream.studio.editor.services.location.Location;
import dev.starstream.studio.editor.services.workspace.BasicWorkspace;
import dev.starstream.studio.editor.services.workspace.Workspace;
import dev.starstream.studio.editor.services.workspace.WorkspaceConfig;
import dev.starstream.studio.vm.lang.check.workspace.SourceProvider;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The language commands, driven without the toolkit: definition, references, rename, format, check, explain. */
class LanguageActionsTest {
    static final String SHAPES = "/// A point.\nstruct Point { x: i64, y: i64 }\n";
    static final String GEOMETRY = """
            import { Point } from "./shapes.star";

            script fn norm(p: Point) -> i64 {
                p.x + p.y
            }

            fn twice(a: i64) -> i64 { a + a }
            """;

    @TempDir Path root;
    private final HandScheduler scheduler = new HandScheduler();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final ExecutorService watcher = Executors.newSingleThreadExecutor();
    private final SimpleObjectProperty<Workspace> workspaceProperty = new SimpleObjectProperty<>();
    private final List<Location> visited = new ArrayList<>();
    private final List<CommandResult> reported = new ArrayList<>();
    private final List<String> shown = new ArrayList<>();
    private BasicWorkspace workspace;
    private EditorTabsViewModel tabs;
    private LanguageWorkbench workbench;
    private LanguageActions actions;
    private FormatActions format;
    private SettingsService settings;
    private ReferencesViewModel references;
    private Path shapes;
    private Path geometry;
    private int caret;

    @BeforeEach
    void open() throws IOException {
        shapes = Files.writeString(root.resolve("shapes.star"), SHAPES);
        geometry = Files.writeString(root.resolve("geometry.star"), GEOMETRY);
        workspace = new BasicWorkspace(root, WorkspaceConfig.defaults(), watcher);
        tabs = new EditorTabsViewModel(dialogs, Runnable::run, message -> {});
        workbench = new LanguageWorkbench(
                folder -> new LanguageService(folder, SourceProvider.disk(), Runnable::run, scheduler, Duration.ofMillis(50)),
                Runnable::run, tabs, workspaceProperty);
        tabs.setWorkspace(workspace);
        workspaceProperty.set(workspace);
        references = new ReferencesViewModel(location -> {
            visited.add(location);
            return CommandResult.DONE;
        });
        actions = new LanguageActions(workbench, new LanguageActions.Views() {
            @Override
            public Optional<LanguageActions.Caret> caret() {
                DocumentViewModel doc = tabs.active();
                return doc == null ? Optional.empty() : Optional.of(new LanguageActions.Caret(doc, doc.text(), caret));
            }

            @Override
            public boolean triggerCompletion() {
                shown.add("completion");
                return true;
            }

            @Override
            public void showReferences() {
                shown.add("references");
            }

            @Override
            public void showProblems() {
                shown.add("problems");
            }

            @Override
            public void showExplanation(DiagnosticCode code, String markdown) {
                shown.add("explain " + code.code() + ": " + markdown.lines().findFirst().orElse(""));
            }
        }, dialogs, location -> {
            visited.add(location);
            return CommandResult.DONE;
        }, reported::add, Runnable::run, new CommandStack(10), new WorkspaceTextStore(tabs, workspaceProperty::get), references);
        settings = new SettingsService(new SettingsStore(root.resolve("config")), Runnable::run);
        format = new FormatActions(workbench, tabs, settings, reported::add, Runnable::run);
        tabs.open(geometry);
        scheduler.elapse();
    }

    @AfterEach
    void close() {
        workspace.close();
        watcher.shutdownNow();
    }

    private void caretAt(String needle, int plus) {
        caret = tabs.active().text().indexOf(needle) + plus;
    }

    @Test
    void goToDefinitionOpensTheOtherFileAtTheName() {
        caretAt("Point)", 1);
        actions.goToDefinition();
        assertThat(visited).singleElement().satisfies(l -> {
            Location.TextLocation t = (Location.TextLocation) l;
            assertThat(t.file().absolute().getFileName().toString()).isEqualTo("shapes.star");
            assertThat(t.position().line()).isEqualTo(2);
        });
    }

    @Test
    void findReferencesFillsThePanelAndShowsIt() {
        caretAt("Point)", 1);
        actions.findReferences();
        assertThat(references.items()).extracting(r -> r.where()).containsExactly("geometry.star:1:10", "geometry.star:3:19", "shapes.star:2:8");
        assertThat(references.titleProperty().get()).isEqualTo("2 references to `Point` in 2 files");
        assertThat(shown).containsExactly("references");
        references.open(references.items().getFirst());
        assertThat(visited).hasSize(1);
    }

    @Test
    void renameEditsTheOpenFileInItsEditorAndTheOtherOnDiskAndUndoes() throws IOException {
        caretAt("Point)", 1);
        dialogs.answer("Vector");
        actions.renameSymbol();

        assertThat(tabs.active().text()).contains("norm(p: Vector)").contains("import { Vector }");
        assertThat(tabs.active().isDirty()).isTrue();
        assertThat(Files.readString(shapes)).contains("struct Vector {");
        assertThat(reported.getLast()).isEqualTo(CommandResult.info("Renamed “Point” to “Vector” (3 places in 2 files)"));

        assertThat(actions.undoRefactoring()).isEqualTo(CommandResult.DONE);
        assertThat(tabs.active().text()).isEqualTo(GEOMETRY);
        assertThat(Files.readString(shapes)).isEqualTo(SHAPES);
    }

    @Test
    void aRenameThatWouldBreakTheCodeIsRefusedWithTheReason() {
        caretAt("norm(", 1);
        dialogs.answer("twice"); // E0013: already defined
        actions.renameSymbol();
        assertThat(reported.getLast()).isInstanceOf(CommandResult.Failed.class);
        assertThat(tabs.active().text()).isEqualTo(GEOMETRY);
    }

    @Test
    void renameOnNothingSaysSo() {
        caret = 0;
        actions.renameSymbol();
        assertThat(reported.getLast()).isEqualTo(CommandResult.unavailable("Put the caret on a name to rename it"));
        assertThat(dialogs.asked).isEmpty();
    }

    @Test
    void checkWorkspaceReportsTheCountsAndShowsProblems() {
        actions.checkWorkspace();
        assertThat(reported.getLast()).isEqualTo(CommandResult.info("Checked 2 files: 0 errors, 0 warnings"));
        assertThat(shown).containsExactly("problems");
    }

    @Test
    void explainShowsTheCodesPage() {
        assertThat(actions.explain(DiagnosticCode.E0031)).isEqualTo(CommandResult.DONE);
        assertThat(shown).containsExactly("explain E0031: # E0031: Argument of the wrong type");
    }

    @Test
    void formatDocumentRewritesTheTextAsOneEdit() {
        tabs.active().textProperty().set("script fn f( ) -> i64 {1}\n");
        format.formatActive();
        assertThat(tabs.active().text()).isEqualTo("script fn f() -> i64 {\n    1\n}\n");
        assertThat(reported.getLast()).isEqualTo(CommandResult.info("Formatted geometry.star"));
    }

    @Test
    void aFileWithSyntaxErrorsIsNotFormattedAndTheReasonIsGiven() {
        tabs.active().textProperty().set("script fn f( {");
        format.formatActive();
        assertThat(tabs.active().text()).isEqualTo("script fn f( {");
        assertThat(reported.getLast()).isInstanceOf(CommandResult.Unavailable.class);
        assertThat(((CommandResult.Unavailable) reported.getLast()).reason()).startsWith("Not formatted: geometry.star has syntax errors (line 1:");
    }

    @Test
    void saveFormatsFirstWhenFormatOnSaveIsOn() throws IOException {
        settings.update(s -> s.withFormatOnSave(true));
        tabs.active().textProperty().set("script fn f( ) -> i64 {1}\n");
        format.saveActive();
        assertThat(Files.readString(geometry)).isEqualTo("script fn f() -> i64 {\n    1\n}\n");
        assertThat(tabs.active().isDirty()).isFalse();
    }
}
