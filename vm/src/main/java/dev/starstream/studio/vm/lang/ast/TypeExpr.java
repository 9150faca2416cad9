package dev.starstream.studio.vm.lang.ast;

import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.List;

/** A type as written in an annotation. */
public sealed interface TypeExpr extends Node {

    /** {@code u64}, {@code Point}, {@code Option<u8>}, {@code m::Point}. {@code genericList} is true when {@code <…>} was written (even empty). */
    record Named(ScopedName name, List<TypeExpr> args, boolean genericList, Span span) implements TypeExpr {
        public Named {
            args = List.copyOf(args);
        }
    }

    /** {@code (A, B, …)}, at least two elements. */
    record Tuple(List<TypeExpr> elements, Span span) implements TypeExpr {
        public Tuple {
            elements = List.copyOf(elements);
        }
    }

    /** {@code ()}. */
    record Unit(Span span) implements TypeExpr {}

    /** Where the parser could not read a type. */
    record Error(Span span) implements TypeExpr {}
}
