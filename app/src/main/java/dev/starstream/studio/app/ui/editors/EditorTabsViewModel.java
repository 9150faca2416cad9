package dev.starstream.studio.app.ui.editors;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.ui.DialogService;
import dev.starstream.studio.app.ui.DialogService.ReloadChoice;
import dev.starstream.studio.app.ui.DialogService.SaveChoice;
import dev.starstream.studio.editor.services.text.TextPosition;
import dev.starstream.studio.editor.services.workspace.FileOutcome;
import dev.starstream.studio.editor.services.workspace.Workspace;
import dev.starstream.studio.editor.services.workspace.WorkspaceEvent;
import dev.starstream.studio.editor.services.workspace.WorkspaceListener;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The open documents of the workspace: opening, closing with a question when work would be lost,
 * saving, and following what happens to their files (renamed, deleted, changed on disk).
 */
public final class EditorTabsViewModel {
    private final DialogService dialogs;
    private final Executor uiExecutor;
    private final Consumer<String> status;
    private final ObservableList<DocumentViewModel> documents = FXCollections.observableArrayList();
    /** One read-only view, kept: a fresh wrapper per call would drop its listeners when collected. */
    private final ObservableList<DocumentViewModel> readOnlyDocuments = FXCollections.unmodifiableObservableList(documents);
    private final ObjectProperty<@Nullable DocumentViewModel> active = new SimpleObjectProperty<>(this, "active");
    private final WorkspaceListener listener = event -> runOnUi(() -> onWorkspaceEvent(event));
    private @Nullable Workspace workspace;

    /**
     * @param uiExecutor where workspace events (from the watcher thread) are handled
     * @param status where short messages for the status bar go
     */
    public EditorTabsViewModel(DialogService dialogs, Executor uiExecutor, Consumer<String> status) {
        this.dialogs = dialogs;
        this.uiExecutor = uiExecutor;
        this.status = status;
    }

    public ObservableList<DocumentViewModel> documents() {
        return readOnlyDocuments;
    }

    public ObjectProperty<@Nullable DocumentViewModel> activeProperty() {
        return active;
    }

    public @Nullable DocumentViewModel active() {
        return active.get();
    }

    /** Follows {@code next} (null: no workspace); open documents of the previous one are dropped. */
    public void setWorkspace(@Nullable Workspace next) {
        if (workspace != null) {
            workspace.removeWorkspaceListener(listener);
        }
        documents.clear();
        active.set(null);
        workspace = next;
        if (next != null) {
            next.addWorkspaceListener(listener);
        }
    }

    public Optional<DocumentViewModel> find(Path path) {
        return documents.stream().filter(d -> d.path().equals(path)).findFirst();
    }

    /** Opens {@code file} (or shows it when already open). */
    public CommandResult open(Path file) {
        Optional<DocumentViewModel> open = find(file);
        if (open.isPresent()) {
            active.set(open.get());
            return CommandResult.DONE;
        }
        if (workspace == null) {
            return CommandResult.unavailable("Open a folder first");
        }
        return switch (workspace.read(file)) {
            case FileOutcome.Done<String> done -> {
                DocumentViewModel doc = new DocumentViewModel(file, done.value());
                documents.add(doc);
                active.set(doc);
                yield CommandResult.DONE;
            }
            case FileOutcome.Failed<String> failed -> CommandResult.failed(failed.message());
        };
    }

    /** Opens {@code file} and asks its editor to show {@code position}. */
    public CommandResult reveal(Path file, TextPosition position) {
        CommandResult result = open(file);
        find(file).ifPresent(d -> {
            d.revealRequestProperty().set(null);
            d.revealRequestProperty().set(position);
        });
        return result;
    }

    public CommandResult save(@Nullable DocumentViewModel doc) {
        if (doc == null) {
            return CommandResult.unavailable("No file is open");
        }
        if (workspace == null) {
            return CommandResult.unavailable("Open a folder first");
        }
        String text = doc.text();
        return switch (workspace.write(doc.path(), text)) {
            case FileOutcome.Done<Path> done -> {
                doc.markSaved(text);
                yield CommandResult.info("Saved " + doc.name());
            }
            case FileOutcome.Failed<Path> failed -> CommandResult.failed(failed.message());
        };
    }

    public CommandResult saveActive() {
        return save(active.get());
    }

    public CommandResult saveAll() {
        List<DocumentViewModel> dirty = dirtyDocuments();
        int saved = 0;
        for (DocumentViewModel doc : dirty) {
            CommandResult result = save(doc);
            if (result instanceof CommandResult.Failed) {
                return result;
            }
            saved++;
        }
        return saved == 0 ? CommandResult.info("Nothing to save") : CommandResult.info("Saved " + saved + (saved == 1 ? " file" : " files"));
    }

    public List<DocumentViewModel> dirtyDocuments() {
        return documents.stream().filter(DocumentViewModel::isDirty).toList();
    }

    /** Closes {@code doc}, asking first when it has unsaved changes; false when the user kept it. */
    public boolean close(DocumentViewModel doc) {
        if (doc.isDirty()) {
            SaveChoice choice = dialogs.askSaveChanges("Close " + doc.name(), List.of(doc.name()));
            if (choice == SaveChoice.CANCEL) {
                return false;
            }
            if (choice == SaveChoice.SAVE && save(doc) instanceof CommandResult.Failed failed) {
                dialogs.showError("Cannot save " + doc.name(), failed.message());
                return false;
            }
        }
        remove(doc);
        return true;
    }

    public CommandResult closeActive() {
        DocumentViewModel doc = active.get();
        if (doc == null) {
            return CommandResult.unavailable("No file is open");
        }
        close(doc);
        return CommandResult.DONE;
    }

    /**
     * Before {@code action} (quitting, opening another folder) drops every document: asks what to do
     * with unsaved changes. False when the user cancelled (or saving failed).
     */
    public boolean confirmDiscardAll(String action) {
        List<DocumentViewModel> dirty = dirtyDocuments();
        if (dirty.isEmpty()) {
            return true;
        }
        SaveChoice choice = dialogs.askSaveChanges(action, dirty.stream().map(DocumentViewModel::name).toList());
        return switch (choice) {
            case CANCEL -> false;
            case DISCARD -> true;
            case SAVE -> {
                CommandResult result = saveAll();
                if (result instanceof CommandResult.Failed failed) {
                    dialogs.showError("Cannot save", failed.message());
                    yield false;
                }
                yield true;
            }
        };
    }

    public void activateNext(int step) {
        if (documents.isEmpty()) {
            return;
        }
        int index = documents.indexOf(active.get());
        active.set(documents.get(Math.floorMod(index + step, documents.size())));
    }

    private void remove(DocumentViewModel doc) {
        int index = documents.indexOf(doc);
        documents.remove(doc);
        if (active.get() == doc) {
            active.set(documents.isEmpty() ? null : documents.get(Math.min(index, documents.size() - 1)));
        }
    }

    private void onWorkspaceEvent(WorkspaceEvent event) {
        switch (event) {
            case WorkspaceEvent.Renamed(Path from, Path to) -> documents.stream()
                    .filter(d -> d.path().startsWith(from))
                    .forEach(d -> d.moved(to.resolve(from.relativize(d.path()))));
            case WorkspaceEvent.Deleted(Path path) -> documents.stream()
                    .filter(d -> d.path().startsWith(path))
                    .toList()
                    .forEach(this::remove);
            case WorkspaceEvent.DeletedOnDisk(Path path) -> find(path).ifPresent(d -> {
                d.missingOnDisk();
                status.accept(d.name() + " was deleted on disk; save to keep it");
            });
            case WorkspaceEvent.ChangedOnDisk(Path path) -> find(path).ifPresent(this::changedOnDisk);
            case WorkspaceEvent.Created c -> {}
            case WorkspaceEvent.Saved s -> {}
            case WorkspaceEvent.FolderChanged f -> {}
        }
    }

    private void changedOnDisk(DocumentViewModel doc) {
        if (workspace == null || !(workspace.read(doc.path()) instanceof FileOutcome.Done<String> read)) {
            return;
        }
        String fromDisk = read.value();
        if (fromDisk.equals(doc.text())) {
            doc.markSaved(fromDisk);
            return;
        }
        if (!doc.isDirty() || dialogs.askReload(doc.name()) == ReloadChoice.RELOAD) {
            doc.reloaded(fromDisk);
            status.accept("Reloaded " + doc.name() + " (changed on disk)");
        } else {
            doc.missingOnDisk(); // keep the user's text; saving will overwrite the file
            status.accept("Kept your version of " + doc.name());
        }
    }

    private void runOnUi(Runnable action) {
        uiExecutor.execute(action);
    }
}
