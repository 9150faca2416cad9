/** Undoable structural edits: {@link dev.starstream.studio.editor.services.edit.Command} objects on a {@link dev.starstream.studio.editor.services.edit.CommandStack}. */
@NullMarked
package dev.starstream.studio.editor.services.edit;

import org.jspecify.annotations.NullMarked;
