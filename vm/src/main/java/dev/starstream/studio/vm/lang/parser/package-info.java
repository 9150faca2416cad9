/**
 * The Starstream parser: an ANTLR 4 grammar ({@code Starstream.g4}) behind the facade
 * {@link dev.starstream.studio.vm.lang.parser.StarstreamParsing}, which returns our own AST
 * ({@code vm.lang.ast}) and syntax diagnostics, and {@link dev.starstream.studio.vm.lang.parser.Lexing}
 * for token-level tools. This is the only package where {@code org.antlr} types appear.
 */
@NullMarked
package dev.starstream.studio.vm.lang.parser;

import org.jspecify.annotations.NullMarked;
