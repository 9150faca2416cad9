package dev.starstream.studio.editor.services.workspace;

import dev.starstream.studio.editor.services.edit.Command;
import dev.starstream.studio.editor.services.edit.Outcome;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** File operations as undoable {@link Command}s over a {@link Workspace}. */
public final class WorkspaceCommands {
    private final Workspace workspace;

    public WorkspaceCommands(Workspace workspace) {
        this.workspace = workspace;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** Creates a file (or, with {@code folder} true, a folder); undo deletes it, keeping its content for redo. */
    public CreateEntry create(Path parent, String name, boolean folder, String text) {
        return new CreateEntry(parent, name, folder, text);
    }

    public RenameEntry rename(Path entry, String newName) {
        return new RenameEntry(entry, newName);
    }

    public DeleteEntry delete(Path entry) {
        return new DeleteEntry(entry);
    }

    private static Outcome outcome(FileOutcome<?> result) {
        return switch (result) {
            case FileOutcome.Done<?> d -> Outcome.DONE;
            case FileOutcome.Failed<?> f -> Outcome.failed(f.message());
        };
    }

    private static String quoted(Path p) {
        return "“" + p.getFileName() + "”";
    }

    /** See {@link #create}. */
    public final class CreateEntry implements Command {
        private final Path parent;
        private final String name;
        private final boolean folder;
        private final String text;
        private @Nullable EntrySnapshot removed;

        CreateEntry(Path parent, String name, boolean folder, String text) {
            this.parent = parent;
            this.name = name;
            this.folder = folder;
            this.text = text;
        }

        public Path path() {
            return workspace.root().resolve(parent).resolve(name).normalize();
        }

        @Override
        public String description() {
            return "Create " + (folder ? "folder" : "file") + " “" + name + "”";
        }

        @Override
        public boolean isExecutable() {
            return workspace.checkName(parent, name) == null;
        }

        @Override
        public Outcome execute() {
            return outcome(folder ? workspace.createFolder(parent, name) : workspace.createFile(parent, name, text));
        }

        @Override
        public Outcome undo() {
            FileOutcome<EntrySnapshot> snapshot = workspace.snapshot(path());
            if (snapshot instanceof FileOutcome.Failed<EntrySnapshot> f) {
                return Outcome.failed(f.message());
            }
            removed = snapshot.orElseThrow();
            return outcome(workspace.delete(path()));
        }

        @Override
        public Outcome redo() {
            return removed == null ? execute() : outcome(workspace.restore(removed));
        }
    }

    /** See {@link #rename}. */
    public final class RenameEntry implements Command {
        private final Path from;
        private final String newName;

        RenameEntry(Path from, String newName) {
            this.from = from;
            this.newName = newName;
        }

        public Path from() {
            return from;
        }

        public Path to() {
            return from.resolveSibling(newName);
        }

        @Override
        public String description() {
            return "Rename " + quoted(from) + " to “" + newName + "”";
        }

        @Override
        public boolean isExecutable() {
            return java.nio.file.Files.exists(from);
        }

        @Override
        public Outcome execute() {
            return outcome(workspace.rename(from, newName));
        }

        @Override
        public Outcome undo() {
            return outcome(workspace.rename(to(), from.getFileName().toString()));
        }
    }

    /** See {@link #delete}. */
    public final class DeleteEntry implements Command {
        private final Path entry;
        private @Nullable EntrySnapshot snapshot;

        DeleteEntry(Path entry) {
            this.entry = entry;
        }

        public Path entry() {
            return entry;
        }

        @Override
        public String description() {
            return "Delete " + quoted(entry);
        }

        @Override
        public boolean isExecutable() {
            return java.nio.file.Files.exists(entry);
        }

        @Override
        public Outcome execute() {
            FileOutcome<EntrySnapshot> taken = workspace.snapshot(entry);
            snapshot = taken instanceof FileOutcome.Done<EntrySnapshot> d ? d.value() : null;
            return outcome(workspace.delete(entry));
        }

        /** Whether {@link #undo} can bring the entry back (false when it was too large to keep). */
        public boolean isUndoable() {
            return snapshot != null;
        }

        @Override
        public Outcome undo() {
            return Optional.ofNullable(snapshot)
                    .map(s -> outcome(workspace.restore(s)))
                    .orElse(Outcome.failed(quoted(entry) + " was too large to keep; it cannot be restored"));
        }
    }
}
