/** Editor tabs: open documents, dirty state, save and reload. */
@NullMarked
package dev.starstream.studio.app.ui.editors;

import org.jspecify.annotations.NullMarked;
