/** Semantic colouring: what each identifier of a checked file denotes ({@link dev.starstream.studio.editor.services.semantic.SemanticTokens}). */
@NullMarked
package dev.starstream.studio.editor.services.semantic;

import org.jspecify.annotations.NullMarked;
