/** The status bar. */
@NullMarked
package dev.starstream.studio.app.ui.status;

import org.jspecify.annotations.NullMarked;
