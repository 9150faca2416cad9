package dev.starstream.studio.editor.services.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * A folder of Starstream sources opened in the IDE. Every file operation of the IDE goes through
 * here, so listeners see them all. Paths are absolute; operations on paths outside the root
 * fail. No operation throws on a file-system problem: it returns {@link FileOutcome.Failed}.
 */
public interface Workspace extends AutoCloseable {
    Path root();

    /** The root folder's name, as shown in titles. */
    String name();

    /** The visible children of {@code folder}: folders first, then files, by name. */
    List<WorkspaceEntry> list(Path folder);

    /** Every visible {@code .star} file under the root, in path order. */
    List<Path> starFiles();

    /** Whether {@code path} is hidden from the workspace (dot names, skipped folders, outside the root). */
    boolean isHidden(Path path);

    /** The file's text (UTF-8); refused for folders, binary files and files over the size limit. */
    FileOutcome<String> read(Path file);

    /** Replaces the file's text (creating the file if needed), atomically where the file system allows. */
    FileOutcome<Path> write(Path file, String text);

    FileOutcome<Path> createFile(Path folder, String name, String text);

    FileOutcome<Path> createFolder(Path folder, String name);

    /** Renames within the same folder; returns the new path. */
    FileOutcome<Path> rename(Path entry, String newName);

    /** Deletes a file, or a folder with everything in it. */
    FileOutcome<Path> delete(Path entry);

    /** Reads a file or folder tree into memory, so that a delete can be undone. */
    FileOutcome<EntrySnapshot> snapshot(Path entry);

    /** Writes a snapshot back where it was taken; fails if something is there now. */
    FileOutcome<Path> restore(EntrySnapshot snapshot);

    /** Checks a new file or folder name; returns why it is not acceptable, or null when it is. */
    @org.jspecify.annotations.Nullable String checkName(Path folder, String name);

    void addWorkspaceListener(WorkspaceListener listener);

    void removeWorkspaceListener(WorkspaceListener listener);

    /** Stops watching; the workspace is not used afterwards. */
    @Override
    void close();
}
