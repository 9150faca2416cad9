package dev.starstream.studio.vm.wasm.codegen.ir;

import dev.starstream.studio.vm.lang.syntax.Span;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.List;
import java.util.Optional;

/**
 * A block: statements and an optional tail expression, whose value is the block's value
 * ({@code ()} without one). {@code tailId} is the statement id the debugger stops at before the
 * tail is evaluated (-1 without a tail).
 */
public record IrBlock(List<IrStmt> statements, Optional<IrExpr> tail, int tailId, Type type, Span span) {
    public IrBlock {
        statements = List.copyOf(statements);
    }
}
