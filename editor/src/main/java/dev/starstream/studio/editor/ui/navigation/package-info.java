/** Navigation gestures in the editor (Ctrl+click to go to a definition). */
@NullMarked
package dev.starstream.studio.editor.ui.navigation;

import org.jspecify.annotations.NullMarked;
