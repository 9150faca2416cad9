/** Markdown rendered as JavaFX nodes (hovers, completion documentation, explanation pages). */
@NullMarked
package dev.starstream.studio.editor.ui.markdown;

import org.jspecify.annotations.NullMarked;
