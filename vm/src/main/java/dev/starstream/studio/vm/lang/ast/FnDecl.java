package dev.starstream.studio.vm.lang.ast;

import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.List;
import java.util.Optional;

/** A function with a body, wherever it appears (top level, utxo, token, impl). */
public record FnDecl(
        FnKind kind, Ident name, List<Param> params, Optional<TypeExpr> returnType, Block body, Optional<String> doc, Span span)
        implements Node {
    public FnDecl {
        params = List.copyOf(params);
    }
}
