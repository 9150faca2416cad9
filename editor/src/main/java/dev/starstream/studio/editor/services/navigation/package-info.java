/** Go to definition, find references and hover, on an analysis of the editor's exact text. */
@NullMarked
package dev.starstream.studio.editor.services.navigation;

import org.jspecify.annotations.NullMarked;
