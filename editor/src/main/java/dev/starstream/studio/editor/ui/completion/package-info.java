/** The completion popup: proposals from the language service, filtered as you type, documentation beside the list. */
@NullMarked
package dev.starstream.studio.editor.ui.completion;

import org.jspecify.annotations.NullMarked;
