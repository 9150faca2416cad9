package dev.starstream.studio.vm.lang.ast;

import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.List;
import java.util.Optional;

/** A statement inside a block (LANGUAGE.md §2.2). */
public sealed interface Stmt extends Node {

    /** {@code let [pub] [mut] name [: Type] = value;}. */
    record Let(boolean pub, boolean mutable, Ident name, Optional<TypeExpr> type, Expr value, Span span) implements Stmt {}

    /** {@code name = value;}: the target is a bare identifier. */
    record Assign(Ident target, Expr value, Span span) implements Stmt {}

    /** {@code while (condition) body}. */
    record While(Expr condition, Block body, Span span) implements Stmt {}

    /** {@code return;} or {@code return value;}. */
    record Return(Optional<Expr> value, Span span) implements Stmt {}

    /** {@code resume;}: continue the utxo's main function from its yield point. */
    record Resume(Span span) implements Stmt {}

    /** {@code try body with E(p…) handler …}. */
    record Try(Block body, List<WithClause> clauses, Span span) implements Stmt {
        public Try {
            clauses = List.copyOf(clauses);
        }
    }

    /** {@code with Effect(p1, p2) { … }}: a handler clause of a {@code try}. */
    record WithClause(ScopedName effect, List<Pattern> patterns, Block body, Span span) implements Node {
        public WithClause {
            patterns = List.copyOf(patterns);
        }
    }

    /**
     * An expression evaluated for its effect. {@code semicolon} tells whether {@code ;} was written
     * ({@code if}, {@code match} and blocks need none).
     */
    record Expression(Expr expr, boolean semicolon, Span span) implements Stmt {}
}
