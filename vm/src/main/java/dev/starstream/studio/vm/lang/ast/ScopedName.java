package dev.starstream.studio.vm.lang.ast;

import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.List;
import java.util.stream.Collectors;

/** {@code a}, {@code Color::Red}, {@code cardano::blockHeight}: one or more segments joined by {@code ::}. */
public record ScopedName(List<Ident> segments, Span span) implements Node {
    public ScopedName {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a scoped name has at least one segment");
        }
    }

    public static ScopedName of(Ident ident) {
        return new ScopedName(List.of(ident), ident.span());
    }

    public boolean isSimple() {
        return segments.size() == 1;
    }

    /** The last segment: the name being looked up. */
    public Ident last() {
        return segments.getLast();
    }

    /** The segments before the last one: the namespace path. */
    public List<Ident> qualifier() {
        return segments.subList(0, segments.size() - 1);
    }

    /** The name as written, {@code a::b::c}. */
    public String text() {
        return segments.stream().map(Ident::name).collect(Collectors.joining("::"));
    }

    @Override
    public String toString() {
        return text();
    }
}
