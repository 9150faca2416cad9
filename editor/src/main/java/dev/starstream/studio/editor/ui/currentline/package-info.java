/** Highlights the caret line. */
@NullMarked
package dev.starstream.studio.editor.ui.currentline;

import org.jspecify.annotations.NullMarked;
