package dev.starstream.studio.editor.services.workspace;

import java.nio.file.Path;

/** Something that happened to the workspace's files, through the IDE or on disk. */
public sealed interface WorkspaceEvent {
    /** A file or folder was created through the workspace. */
    record Created(Path path, boolean directory) implements WorkspaceEvent {}

    /** A file or folder was deleted through the workspace. */
    record Deleted(Path path) implements WorkspaceEvent {}

    /** A file or folder was renamed (or moved) through the workspace. */
    record Renamed(Path from, Path to) implements WorkspaceEvent {}

    /** A file was written through the workspace. */
    record Saved(Path path) implements WorkspaceEvent {}

    /** The text of a file the workspace had read or written changed on disk, by someone else. */
    record ChangedOnDisk(Path path) implements WorkspaceEvent {}

    /** A file the workspace had read or written disappeared from disk, by someone else's hand. */
    record DeletedOnDisk(Path path) implements WorkspaceEvent {}

    /** Entries appeared in or disappeared from {@code folder} on disk (by anyone): list it again. */
    record FolderChanged(Path folder) implements WorkspaceEvent {}
}
