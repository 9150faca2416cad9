/** The language features in the workbench: analysis of the open editors, problems, navigation, completion, rename, outline. */
@NullMarked
package dev.starstream.studio.app.ui.language;

import org.jspecify.annotations.NullMarked;
