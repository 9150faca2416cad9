/** Syntax highlighting: a pure text → style-spans function and the component that runs it off the JavaFX thread. */
@NullMarked
package dev.starstream.studio.editor.ui.syntax;

import org.jspecify.annotations.NullMarked;
