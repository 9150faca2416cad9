/** Language services (no JavaFX, in {@code services}) and the RichTextFX code editor (in {@code ui}). */
@NullMarked
package dev.starstream.studio.editor;

import org.jspecify.annotations.NullMarked;
