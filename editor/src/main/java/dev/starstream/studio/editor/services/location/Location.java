package dev.starstream.studio.editor.services.location;

import dev.starstream.studio.editor.services.text.TextPosition;
import java.nio.file.Path;

/** A place in the workspace, as precise as it is known. */
public sealed interface Location {
    /** The workspace itself. */
    record WorkspaceLocation(Path root) implements Location {
        public FileLocation file(Path relative) {
            return new FileLocation(this, relative);
        }
    }

    /** A file, relative to its workspace. */
    record FileLocation(WorkspaceLocation workspace, Path relative) implements Location {
        public Path absolute() {
            return workspace.root().resolve(relative).normalize();
        }

        public TextLocation at(int line, int column) {
            return new TextLocation(this, new TextPosition(line, column));
        }
    }

    /** A position in a file (1-based line and column). */
    record TextLocation(FileLocation file, TextPosition position) implements Location {}

    /** The file this location is in, if it is in one. */
    default java.util.Optional<FileLocation> fileLocation() {
        return switch (this) {
            case WorkspaceLocation w -> java.util.Optional.empty();
            case FileLocation f -> java.util.Optional.of(f);
            case TextLocation t -> java.util.Optional.of(t.file());
        };
    }

    static FileLocation ofFile(Path root, Path absolute) {
        WorkspaceLocation workspace = new WorkspaceLocation(root);
        return new FileLocation(workspace, root.relativize(absolute));
    }
}
