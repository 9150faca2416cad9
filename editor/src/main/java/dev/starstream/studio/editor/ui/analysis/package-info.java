/** The analysis in the editor: semantic colours, squiggles and gutter markers. */
@NullMarked
package dev.starstream.studio.editor.ui.analysis;

import org.jspecify.annotations.NullMarked;
