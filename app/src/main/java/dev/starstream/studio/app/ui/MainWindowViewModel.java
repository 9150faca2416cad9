package dev.starstream.studio.app.ui;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.settings.Settings;
import dev.starstream.studio.app.settings.SettingsService;
import dev.starstream.studio.app.settings.ThemeChoice;
import dev.starstream.studio.app.ui.editors.DocumentViewModel;
import dev.starstream.studio.app.ui.editors.EditorTabsViewModel;
import dev.starstream.studio.app.ui.workspace.FileTreeViewModel;
import dev.starstream.studio.editor.services.workspace.FileOutcome;
import dev.starstream.studio.editor.services.workspace.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The main window's state: which workspace is open (and the guard before leaving it), the title,
 * the theme, the recent workspaces.
 */
public final class MainWindowViewModel {
    public static final String PRODUCT = "Starstream Studio";

    private final SettingsService settings;
    private final Function<Path, FileOutcome<Workspace>> opener;
    private final EditorTabsViewModel tabs;
    private final FileTreeViewModel tree;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<@Nullable Workspace> workspace = new ReadOnlyObjectWrapper<>(this, "workspace");
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(this, "theme");
    private final ObservableList<String> recent = FXCollections.observableArrayList();
    private final StringBinding title;

    /** @param opener opens a folder as a workspace (watching it) */
    public MainWindowViewModel(
            SettingsService settings,
            Function<Path, FileOutcome<Workspace>> opener,
            EditorTabsViewModel tabs,
            FileTreeViewModel tree,
            DialogService dialogs,
            Executor uiExecutor) {
        this.settings = settings;
        this.opener = opener;
        this.tabs = tabs;
        this.tree = tree;
        this.dialogs = dialogs;
        Settings current = settings.current();
        theme.set(current.theme());
        recent.setAll(current.recentWorkspaces());
        theme.addListener((obs, old, now) -> settings.update(s -> s.withTheme(now)));
        settings.addSettingsListener(s -> uiExecutor.execute(() -> {
            theme.set(s.theme());
            if (!recent.equals(s.recentWorkspaces())) {
                recent.setAll(s.recentWorkspaces());
            }
        }));
        title = Bindings.createStringBinding(this::describeTitle, workspace, tabs.activeProperty());
        tabs.activeProperty().addListener((obs, old, now) -> {
            if (now != null) {
                now.dirtyProperty().addListener(o -> title.invalidate());
            }
        });
    }

    public ReadOnlyObjectProperty<@Nullable Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public @Nullable Workspace workspace() {
        return workspace.get();
    }

    /** "● score.star — workspace — Starstream Studio" (the dot while the file has unsaved changes). */
    public StringBinding titleProperty() {
        return title;
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    public void toggleTheme() {
        theme.set(theme.get().other());
    }

    /** Recent workspaces, most recent first. */
    public ObservableList<String> recentWorkspaces() {
        return recent;
    }

    public SettingsService settings() {
        return settings;
    }

    /** Opens {@code folder} in place of the current workspace (asking about unsaved work first). */
    public CommandResult openWorkspace(Path folder) {
        Path target = folder.toAbsolutePath().normalize();
        Workspace current = workspace.get();
        if (current != null && current.root().equals(target)) {
            return CommandResult.DONE;
        }
        if (!Files.isDirectory(target)) {
            settings.update(s -> s.withoutRecentWorkspace(target.toString()));
            return CommandResult.failed(target + " is not a folder");
        }
        if (!tabs.confirmDiscardAll("Open " + target.getFileName())) {
            return CommandResult.DONE;
        }
        return switch (opener.apply(target)) {
            case FileOutcome.Done<Workspace> done -> {
                switchTo(done.value());
                settings.update(s -> s.withRecentWorkspace(target.toString()));
                yield CommandResult.info("Opened " + done.value().name());
            }
            case FileOutcome.Failed<Workspace> failed -> CommandResult.failed(failed.message());
        };
    }

    /** File ▸ Open Folder…: asks for a folder, then opens it. */
    public CommandResult chooseWorkspace() {
        Workspace current = workspace.get();
        return dialogs.chooseFolder("Open Folder", current == null ? null : current.root().getParent())
                .map(this::openWorkspace)
                .orElse(CommandResult.DONE);
    }

    /** Whether the window may close: asks about unsaved work; on yes, closes the workspace. */
    public boolean requestQuit() {
        if (!tabs.confirmDiscardAll("Quit " + PRODUCT)) {
            return false;
        }
        switchTo(null);
        return true;
    }

    private void switchTo(@Nullable Workspace next) {
        Workspace previous = workspace.get();
        tabs.setWorkspace(next);
        tree.setWorkspace(next);
        workspace.set(next);
        if (previous != null) {
            previous.close();
        }
    }

    private String describeTitle() {
        Workspace ws = workspace.get();
        DocumentViewModel doc = tabs.active();
        List<String> parts = new java.util.ArrayList<>();
        if (doc != null) {
            parts.add((doc.isDirty() ? "● " : "") + doc.name());
        }
        if (ws != null) {
            parts.add(ws.name());
        }
        parts.add(PRODUCT);
        return String.join(" — ", parts);
    }
}
