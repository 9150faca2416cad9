/** Rename across the workspace: plan, semantic validation (no new errors, no capture), the undoable command. */
@NullMarked
package dev.starstream.studio.editor.services.rename;

import org.jspecify.annotations.NullMarked;
