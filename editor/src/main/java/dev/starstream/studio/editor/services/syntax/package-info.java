/** Lexical tokens for highlighting: the {@link dev.starstream.studio.editor.services.syntax.Tokenizer} seam and a fallback scanner of LANGUAGE.md §1. */
@NullMarked
package dev.starstream.studio.editor.services.syntax;

import org.jspecify.annotations.NullMarked;
