package dev.starstream.studio.app.ui.language;

import dev.starstream.studio.app.ui.editors.DocumentViewModel;
import dev.starstream.studio.app.ui.editors.EditorTabsViewModel;
import dev.starstream.studio.editor.services.rename.TextStore;
import dev.starstream.studio.editor.services.workspace.FileOutcome;
import dev.starstream.studio.editor.services.workspace.Workspace;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Refactorings edit open files in their editors (unsaved, like typing) and other files on disk. */
public final class WorkspaceTextStore implements TextStore {
    private final EditorTabsViewModel tabs;
    private final Supplier<@Nullable Workspace> workspace;

    public WorkspaceTextStore(EditorTabsViewModel tabs, Supplier<@Nullable Workspace> workspace) {
        this.tabs = tabs;
        this.workspace = workspace;
    }

    @Override
    public FileOutcome<String> read(Path file) {
        Optional<DocumentViewModel> open = tabs.find(file);
        if (open.isPresent()) {
            return FileOutcome.done(open.get().text());
        }
        Workspace ws = workspace.get();
        return ws == null ? FileOutcome.failed("No workspace is open") : ws.read(file);
    }

    @Override
    public FileOutcome<Path> write(Path file, String text) {
        Optional<DocumentViewModel> open = tabs.find(file);
        if (open.isPresent()) {
            open.get().textProperty().set(text);
            return FileOutcome.done(file);
        }
        Workspace ws = workspace.get();
        return ws == null ? FileOutcome.failed("No workspace is open") : ws.write(file, text);
    }
}
