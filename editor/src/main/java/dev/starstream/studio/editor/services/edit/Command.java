package dev.starstream.studio.editor.services.edit;

/**
 * An undoable structural edit (a file operation, a refactoring, a ledger or breakpoint change).
 * Text typed into an editor is not a command: RichTextFX's undo manager keeps that.
 */
public interface Command {
    /** What the command does, as shown in "Undo …" (e.g. {@code Rename “a.star” to “b.star”}). */
    String description();

    /** Whether {@link #execute} can run now. */
    default boolean isExecutable() {
        return true;
    }

    Outcome execute();

    Outcome undo();

    /** Does the command again after an undo; by default the same as {@link #execute}. */
    default Outcome redo() {
        return execute();
    }
}
