/**
 * Our own immutable AST of Starstream: sealed interfaces and records, every node with a source
 * span. ANTLR types never appear here. Definitions keep source order; explicit parentheses are kept
 * ({@link dev.starstream.studio.vm.lang.ast.Expr.Grouping}); integer literals keep their digits and
 * radix; doc comments are attached to the items they document; all comments are kept on the
 * {@link dev.starstream.studio.vm.lang.ast.Program} for the formatter.
 */
@NullMarked
package dev.starstream.studio.vm.lang.ast;

import org.jspecify.annotations.NullMarked;
