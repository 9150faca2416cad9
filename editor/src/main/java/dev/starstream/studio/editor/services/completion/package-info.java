/** Completion: the context at the caret from the tokens, the proposals from the checker, fuzzy ranking. */
@NullMarked
package dev.starstream.studio.editor.services.completion;

import org.jspecify.annotations.NullMarked;
