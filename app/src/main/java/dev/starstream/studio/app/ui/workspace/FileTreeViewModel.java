package dev.starstream.studio.app.ui.workspace;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.ui.DialogService;
import dev.starstream.studio.editor.services.edit.CommandStack;
import dev.starstream.studio.editor.services.edit.Outcome;
import dev.starstream.studio.editor.services.workspace.Workspace;
import dev.starstream.studio.editor.services.workspace.WorkspaceCommands;
import dev.starstream.studio.editor.services.workspace.WorkspaceEntry;
import dev.starstream.studio.editor.services.workspace.WorkspaceEvent;
import dev.starstream.studio.editor.services.workspace.WorkspaceListener;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.jspecify.annotations.Nullable;

/**
 * The explorer: the workspace's folders and files as {@link FileNode}s, kept in step with the
 * disk, and the file operations on them (each an undoable command on {@link #history()}).
 */
public final class FileTreeViewModel {
    /** Text of a new {@code .star} file. */
    static final String NEW_STAR_FILE = "contract;\n";

    private final DialogService dialogs;
    private final Executor uiExecutor;
    private final Function<Path, CommandResult> opener;
    private final CommandStack history;
    private final ReadOnlyObjectWrapper<@Nullable FileNode> root = new ReadOnlyObjectWrapper<>(this, "root");
    private final ObjectProperty<@Nullable FileNode> selected = new SimpleObjectProperty<>(this, "selected");
    private final WorkspaceListener listener = event -> onUi(() -> onWorkspaceEvent(event));
    private @Nullable Workspace workspace;
    private @Nullable WorkspaceCommands commands;

    /**
     * @param opener opens a file in an editor
     * @param history where file operations are recorded for undo
     */
    public FileTreeViewModel(DialogService dialogs, Executor uiExecutor, Function<Path, CommandResult> opener, CommandStack history) {
        this.dialogs = dialogs;
        this.uiExecutor = uiExecutor;
        this.opener = opener;
        this.history = history;
    }

    public ReadOnlyObjectProperty<@Nullable FileNode> rootProperty() {
        return root.getReadOnlyProperty();
    }

    public ObjectProperty<@Nullable FileNode> selectedProperty() {
        return selected;
    }

    public CommandStack history() {
        return history;
    }

    public void setWorkspace(@Nullable Workspace next) {
        if (workspace != null) {
            workspace.removeWorkspaceListener(listener);
        }
        history.clear();
        workspace = next;
        commands = next == null ? null : new WorkspaceCommands(next);
        selected.set(null);
        if (next == null) {
            root.set(null);
            return;
        }
        FileNode top = node(next.root(), true);
        load(top);
        top.expandedProperty().set(true);
        root.set(top);
        next.addWorkspaceListener(listener);
    }

    /** Lists a folder's children (when expanded for the first time, or again after a change). */
    public void load(FileNode folder) {
        if (workspace == null || !folder.isDirectory()) {
            return;
        }
        Map<Path, FileNode> existing = new HashMap<>();
        folder.children().forEach(c -> existing.put(c.path(), c));
        List<FileNode> next = workspace.list(folder.path()).stream()
                .map(e -> reuse(existing, e))
                .toList();
        if (!next.equals(folder.children())) {
            folder.children().setAll(next);
        }
        folder.markLoaded();
    }

    private FileNode reuse(Map<Path, FileNode> existing, WorkspaceEntry entry) {
        FileNode old = existing.get(entry.path());
        return old != null && old.isDirectory() == entry.directory() ? old : node(entry.path(), entry.directory());
    }

    /** A new node; a folder lists its children the first time it is expanded. */
    private FileNode node(Path path, boolean directory) {
        FileNode node = new FileNode(path, directory);
        if (directory) {
            node.expandedProperty().addListener((obs, was, open) -> {
                if (open && !node.isLoaded()) {
                    load(node);
                }
            });
        }
        return node;
    }

    /** Finds the node of {@code path} among the loaded ones. */
    public Optional<FileNode> find(Path path) {
        FileNode top = root.get();
        if (top == null || !path.startsWith(top.path())) {
            return Optional.empty();
        }
        FileNode at = top;
        for (Path part : top.path().relativize(path)) {
            Path next = at.path().resolve(part);
            Optional<FileNode> child = at.children().stream().filter(c -> c.path().equals(next)).findFirst();
            if (child.isEmpty()) {
                return part.toString().isEmpty() ? Optional.of(at) : Optional.empty();
            }
            at = child.get();
        }
        return Optional.of(at);
    }

    /** Opens a file in an editor, or expands a folder. */
    public CommandResult activate(FileNode node) {
        if (node.isDirectory()) {
            node.expandedProperty().set(!node.expandedProperty().get());
            return CommandResult.DONE;
        }
        return opener.apply(node.path());
    }

    /** The folder new entries go into: the selected folder, the selected file's folder, or the root. */
    public @Nullable Path targetFolder() {
        FileNode sel = selected.get();
        FileNode top = root.get();
        if (sel == null) {
            return top == null ? null : top.path();
        }
        return sel.isDirectory() ? sel.path() : sel.path().getParent();
    }

    public CommandResult newFile() {
        return create(false);
    }

    public CommandResult newFolder() {
        return create(true);
    }

    private CommandResult create(boolean folder) {
        Path parent = targetFolder();
        if (parent == null || workspace == null || commands == null) {
            return CommandResult.unavailable("Open a folder first");
        }
        Workspace ws = workspace;
        Optional<String> name = dialogs.askName(
                folder ? "New Folder" : "New File",
                folder ? "Folder name" : "File name (a .star file is a Starstream module)",
                folder ? "" : ".star",
                candidate -> ws.checkName(parent, candidate));
        if (name.isEmpty()) {
            return CommandResult.DONE;
        }
        String text = !folder && name.get().endsWith(".star") ? NEW_STAR_FILE : "";
        WorkspaceCommands.CreateEntry command = commands.create(parent, name.get(), folder, text);
        CommandResult result = run(command);
        if (result instanceof CommandResult.Failed) {
            return result;
        }
        refresh(parent);
        find(parent).ifPresent(p -> p.expandedProperty().set(true));
        find(command.path()).ifPresent(selected::set);
        return folder ? result : opener.apply(command.path());
    }

    public CommandResult rename() {
        FileNode node = selected.get();
        if (node == null || workspace == null || commands == null || node == root.get()) {
            return CommandResult.unavailable("Select a file or folder to rename");
        }
        Workspace ws = workspace;
        Path parent = node.path().getParent();
        Optional<String> name = dialogs.askName("Rename", "New name", node.name(),
                candidate -> candidate.equals(node.name()) ? null
                        : candidate.equalsIgnoreCase(node.name()) ? null : ws.checkName(parent, candidate));
        if (name.isEmpty() || name.get().equals(node.name())) {
            return CommandResult.DONE;
        }
        WorkspaceCommands.RenameEntry command = commands.rename(node.path(), name.get());
        CommandResult result = run(command);
        refresh(parent);
        find(command.to()).ifPresent(selected::set);
        return result;
    }

    public CommandResult delete() {
        FileNode node = selected.get();
        if (node == null || workspace == null || commands == null || node == root.get()) {
            return CommandResult.unavailable("Select a file or folder to delete");
        }
        String what = node.isDirectory() ? "the folder “" + node.name() + "” and everything in it" : "“" + node.name() + "”";
        if (!dialogs.confirm("Delete " + node.name(), "Delete " + what + "? You can undo this with File ▸ Undo File Operation (Ctrl+Alt+Z).", "Delete")) {
            return CommandResult.DONE;
        }
        Path parent = node.path().getParent();
        CommandResult result = run(commands.delete(node.path()));
        refresh(parent);
        selected.set(null);
        return result;
    }

    public CommandResult undo() {
        return step(history.canUndo(), history::undo, "Nothing to undo");
    }

    public CommandResult redo() {
        return step(history.canRedo(), history::redo, "Nothing to redo");
    }

    private CommandResult step(boolean possible, java.util.function.Supplier<Outcome> action, String nothing) {
        if (!possible) {
            return CommandResult.unavailable(nothing);
        }
        Outcome outcome = action.get();
        refreshAll();
        return outcome instanceof Outcome.Failed(String message) ? CommandResult.failed(message) : CommandResult.DONE;
    }

    private CommandResult run(dev.starstream.studio.editor.services.edit.Command command) {
        Outcome outcome = history.execute(command);
        return switch (outcome) {
            case Outcome.Done d -> CommandResult.info(command.description().replaceFirst("^(\\w+)", "$1d")); // Create → Created
            case Outcome.Failed(String message) -> CommandResult.failed(message);
        };
    }

    /** Lists {@code folder} again if it is loaded. */
    public void refresh(Path folder) {
        find(folder).filter(FileNode::isLoaded).ifPresent(this::load);
    }

    private void refreshAll() {
        FileNode top = root.get();
        if (top != null) {
            refreshLoaded(top);
        }
    }

    private void refreshLoaded(FileNode folder) {
        if (folder.isDirectory() && folder.isLoaded()) {
            load(folder);
            folder.children().forEach(this::refreshLoaded);
        }
    }

    private void onUi(Runnable action) {
        uiExecutor.execute(action);
    }

    private void onWorkspaceEvent(WorkspaceEvent event) {
        switch (event) {
            case WorkspaceEvent.FolderChanged(Path folder) -> refresh(folder);
            case WorkspaceEvent.Created(Path path, boolean dir) -> refresh(path.getParent());
            case WorkspaceEvent.Deleted(Path path) -> refresh(path.getParent());
            case WorkspaceEvent.Renamed(Path from, Path to) -> {
                refresh(from.getParent());
                refresh(to.getParent());
            }
            case WorkspaceEvent.DeletedOnDisk(Path path) -> {
                if (!Files.exists(path)) {
                    refresh(path.getParent());
                }
            }
            case WorkspaceEvent.Saved s -> {}
            case WorkspaceEvent.ChangedOnDisk c -> {}
        }
    }
}
