/** The workspace explorer (file tree). */
@NullMarked
package dev.starstream.studio.app.ui.workspace;

import org.jspecify.annotations.NullMarked;
