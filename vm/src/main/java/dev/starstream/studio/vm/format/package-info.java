/**
 * The canonical formatter of Starstream source (LANGUAGE.md §4): AST and comments in, canonical text
 * out. {@link dev.starstream.studio.vm.format.Formatter} is the entry point; the layout engine is a
 * Wadler-style document printer ({@link dev.starstream.studio.vm.format.Doc},
 * {@link dev.starstream.studio.vm.format.DocRenderer}) that also places comments.
 */
@NullMarked
package dev.starstream.studio.vm.format;

import org.jspecify.annotations.NullMarked;
