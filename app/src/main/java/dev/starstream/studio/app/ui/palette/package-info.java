/** The command palette (Ctrl+Shift+P). */
@NullMarked
package dev.starstream.studio.app.ui.palette;

import org.jspecify.annotations.NullMarked;
