package dev.starstream.studio.editor.services.workspace;

import java.nio.file.Path;

/** A file or folder shown in the workspace. */
public record WorkspaceEntry(Path path, boolean directory) {
    public static final String STAR_EXTENSION = ".star";

    public String name() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }

    /** Whether this is a Starstream source file. */
    public boolean isStarFile() {
        return !directory && name().endsWith(STAR_EXTENSION);
    }
}
