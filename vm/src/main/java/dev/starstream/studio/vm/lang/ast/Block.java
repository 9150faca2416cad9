package dev.starstream.studio.vm.lang.ast;

import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.List;
import java.util.Optional;

/** {@code { statements… tail? }}: the value of a block is its tail expression, else {@code ()}. */
public record Block(List<Stmt> statements, Optional<Expr> tail, Span span) implements Node {
    public Block {
        statements = List.copyOf(statements);
    }
}
