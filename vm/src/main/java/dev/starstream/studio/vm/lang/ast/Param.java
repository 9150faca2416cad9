package dev.starstream.studio.vm.lang.ast;

import dev.starstream.studio.vm.lang.syntax.Span;

/** A function, event or effect parameter: {@code pub name: Type}. */
public record Param(boolean pub, Ident name, TypeExpr type, Span span) implements Node {}
