package dev.starstream.studio.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.settings.SettingsService;
import dev.starstream.studio.app.settings.SettingsStore;
import dev.starstream.studio.app.settings.ThemeChoice;
import dev.starstream.studio.app.ui.DialogService.SaveChoice;
import dev.starstream.studio.app.ui.editors.EditorTabsViewModel;
import dev.starstream.studio.app.ui.workspace.FileTreeViewModel;
import dev.starstream.studio.editor.services.edit.CommandStack;
import dev.starstream.studio.editor.services.workspace.BasicWorkspace;
import dev.starstream.studio.editor.services.workspace.FileOutcome;
import dev.starstream.studio.editor.services.workspace.WorkspaceConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainWindowViewModelTest {
    @TempDir Path temp;
    private Path first;
    private Path second;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private SettingsService settings;
    private EditorTabsViewModel tabs;
    private MainWindowViewModel vm;

    @BeforeEach
    void setUp() throws IOException {
        first = Files.createDirectories(temp.resolve("first"));
        second = Files.createDirectories(temp.resolve("second"));
        Files.writeString(first.resolve("score.star"), "contract;\n");
        settings = new SettingsService(new SettingsStore(temp.resolve("config")), Runnable::run);
        tabs = new EditorTabsViewModel(dialogs, Runnable::run, message -> {});
        FileTreeViewModel tree = new FileTreeViewModel(dialogs, Runnable::run, tabs::open, new CommandStack(10));
        vm = new MainWindowViewModel(settings,
                folder -> FileOutcome.done(new BasicWorkspace(folder, WorkspaceConfig.defaults().withWatch(false), Runnable::run)),
                tabs, tree, dialogs, Runnable::run);
    }

    @Test
    void openingAWorkspaceNamesItInTheTitleAndRemembersIt() {
        assertThat(vm.titleProperty().get()).isEqualTo("Starstream Studio");
        assertThat(vm.openWorkspace(first)).isEqualTo(CommandResult.info("Opened first"));
        assertThat(vm.titleProperty().get()).isEqualTo("first — Starstream Studio");
        vm.openWorkspace(second);
        assertThat(vm.recentWorkspaces()).containsExactly(second.toString(), first.toString());
        assertThat(new SettingsStore(temp.resolve("config")).load().recentWorkspaces())
                .containsExactly(second.toString(), first.toString());
    }

    @Test
    void theTitleShowsTheActiveFileAndADotWhileItIsUnsaved() {
        vm.openWorkspace(first);
        tabs.open(first.resolve("score.star"));
        assertThat(vm.titleProperty().get()).isEqualTo("score.star — first — Starstream Studio");
        tabs.active().textProperty().set("changed");
        assertThat(vm.titleProperty().get()).isEqualTo("● score.star — first — Starstream Studio");
    }

    @Test
    void openingAnotherWorkspaceAsksAboutUnsavedWorkAndCancelStays() {
        vm.openWorkspace(first);
        tabs.open(first.resolve("score.star"));
        tabs.active().textProperty().set("changed");
        dialogs.answer(SaveChoice.CANCEL);
        vm.openWorkspace(second);
        assertThat(vm.workspace().root()).isEqualTo(first);
    }

    @Test
    void aMissingFolderIsReportedAndForgotten() {
        settings.update(s -> s.withRecentWorkspace(temp.resolve("gone").toString()));
        assertThat(vm.openWorkspace(temp.resolve("gone"))).isInstanceOf(CommandResult.Failed.class);
        assertThat(vm.recentWorkspaces()).isEmpty();
    }

    @Test
    void theThemeIsRememberedInTheSettings() {
        vm.toggleTheme();
        assertThat(vm.themeProperty().get()).isEqualTo(ThemeChoice.DARK);
        assertThat(new SettingsStore(temp.resolve("config")).load().theme()).isEqualTo(ThemeChoice.DARK);
    }

    @Test
    void quittingWithUnsavedWorkAsksAndDiscardCloses() {
        vm.openWorkspace(first);
        tabs.open(first.resolve("score.star"));
        tabs.active().textProperty().set("changed");
        dialogs.answer(SaveChoice.DISCARD);
        assertThat(vm.requestQuit()).isTrue();
        assertThat(vm.workspace()).isNull();
        assertThat(first.resolve("score.star")).hasContent("contract;");
    }

    @Test
    void chooseWorkspaceOpensWhatTheUserPicks() {
        dialogs.answer(second);
        vm.chooseWorkspace();
        assertThat(vm.workspace().root()).isEqualTo(second);
    }
}
