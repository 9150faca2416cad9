/**
 * The code editor: a RichTextFX {@code CodeArea} plus pluggable {@link
 * dev.starstream.studio.editor.ui.EditorComponent}s, one sub-package each.
 */
@NullMarked
package dev.starstream.studio.editor.ui;

import org.jspecify.annotations.NullMarked;
