/** Highlights the bracket at the caret and its partner. */
@NullMarked
package dev.starstream.studio.editor.ui.brackets;

import org.jspecify.annotations.NullMarked;
