package dev.starstream.studio.vm.wasm.codegen.ir;

import dev.starstream.studio.vm.lang.syntax.Span;
import dev.starstream.studio.vm.lang.types.Type;

/**
 * A local variable of a function: a parameter, a {@code let}, a pattern binding, or a temporary the
 * code generator introduced. {@code id} is unique within the function and its handler clauses and
 * follows declaration order (parameters first), so sorting by id gives declaration order. {@code pub}
 * marks a {@code pub} parameter or {@code let pub} binding (layouts show it).
 */
public record IrVar(int id, String name, Type type, Kind kind, boolean mutable, boolean pub, Span span) {
    public enum Kind {
        PARAMETER,
        LET,
        PATTERN,
        /** Bound by a pattern of a {@code with} clause. */
        HANDLER_PATTERN,
        /** Introduced by the code generator (a value kept across a {@code yield} inside an expression). */
        TEMP
    }

    @Override
    public String toString() {
        return name + "#" + id;
    }
}
