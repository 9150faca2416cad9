package dev.starstream.studio.editor.services.rename;

import dev.starstream.studio.editor.services.workspace.FileOutcome;
import java.nio.file.Path;

/**
 * The texts a refactoring edits: a file open in an editor is read and written there (its buffer,
 * unsaved, undoable in the editor), any other file on disk.
 */
public interface TextStore {
    FileOutcome<String> read(Path file);

    FileOutcome<Path> write(Path file, String text);
}
