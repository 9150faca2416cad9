package dev.starstream.studio.vm.lang.ast;

import dev.starstream.studio.vm.lang.syntax.Span;

/** Every AST node knows where it came from. */
public interface Node {
    Span span();
}
