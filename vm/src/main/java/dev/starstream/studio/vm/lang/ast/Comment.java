package dev.starstream.studio.vm.lang.ast;

import dev.starstream.studio.vm.lang.syntax.Span;

/** A comment, kept for the formatter and for hover ({@code ///} doc comments). */
public record Comment(Kind kind, String text, Span span) implements Node {
    public enum Kind {
        LINE,
        DOC,
        BLOCK,
        SHEBANG
    }
}
