/** The find and replace bar and its view model. */
@NullMarked
package dev.starstream.studio.editor.ui.find;

import org.jspecify.annotations.NullMarked;
