/** Find and replace over a text, as pure functions. */
@NullMarked
package dev.starstream.studio.editor.services.find;

import org.jspecify.annotations.NullMarked;
