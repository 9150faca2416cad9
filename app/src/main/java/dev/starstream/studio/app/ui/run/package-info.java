/**
 * The panels that run scripts and show what happened: run configurations (toolbar combo, editor
 * dialog with a form generated from the script's parameter types), the Run Output panel, and the
 * per-workspace session they share. View models import only {@code javafx.beans} and
 * {@code javafx.collections}; views build nodes and bind.
 */
@NullMarked
package dev.starstream.studio.app.ui.run;

import org.jspecify.annotations.NullMarked;
