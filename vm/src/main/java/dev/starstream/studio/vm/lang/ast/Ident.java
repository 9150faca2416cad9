package dev.starstream.studio.vm.lang.ast;

import dev.starstream.studio.vm.lang.syntax.Span;

/** An identifier as written, with its own span (hover, rename and go-to-definition hang on it). */
public record Ident(String name, Span span) implements Node {
    @Override
    public String toString() {
        return name;
    }
}
