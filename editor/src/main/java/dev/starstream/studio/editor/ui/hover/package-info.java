/** Hover: a name's declaration and doc comment, a squiggle's diagnostic with its explanation link. */
@NullMarked
package dev.starstream.studio.editor.ui.hover;

import org.jspecify.annotations.NullMarked;
