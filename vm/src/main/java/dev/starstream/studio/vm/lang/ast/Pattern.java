package dev.starstream.studio.vm.lang.ast;

import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.List;
import java.util.Optional;

/** A pattern in a {@code match} arm or a {@code with} clause (LANGUAGE.md §2.4). */
public sealed interface Pattern extends Node {

    /** {@code _}. */
    record Wildcard(Span span) implements Pattern {}

    record IntLit(Expr.IntLit literal) implements Pattern {
        @Override
        public Span span() {
            return literal.span();
        }
    }

    record BoolLit(boolean value, Span span) implements Pattern {}

    record UnitLit(Span span) implements Pattern {}

    /**
     * A name: a constant test when it resolves to a constant (e.g. {@code Color::Red}), otherwise a
     * binding (only when unscoped). Resolution decides (LANGUAGE.md §3.9).
     */
    record Name(ScopedName name, Span span) implements Pattern {}

    /** {@code Name { x, y: p }}: {@code pattern} is empty for the pun {@code x}. */
    record Struct(ScopedName name, List<FieldPattern> fields, Span span) implements Pattern {
        public Struct {
            fields = List.copyOf(fields);
        }
    }

    record FieldPattern(Ident name, Optional<Pattern> pattern, Span span) implements Node {}

    /** {@code Option::Some(p)}, and in {@code with} clauses {@code Effect(p1, p2)}. */
    record Variant(ScopedName name, List<Pattern> payload, Span span) implements Pattern {
        public Variant {
            payload = List.copyOf(payload);
        }
    }

    /** {@code (p1, p2, …)}, at least two elements. */
    record Tuple(List<Pattern> elements, Span span) implements Pattern {
        public Tuple {
            elements = List.copyOf(elements);
        }
    }

    /** Where the parser could not read a pattern. */
    record Error(Span span) implements Pattern {}
}
