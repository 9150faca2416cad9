package dev.starstream.studio.vm.lang.ast;

import dev.starstream.studio.vm.lang.syntax.Span;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/** An expression (LANGUAGE.md §2.3). */
public sealed interface Expr extends Node {

    /**
     * An integer literal. {@code digits} and {@code radix} are kept as written (the formatter
     * re-prints {@code 0xFf} and {@code 042} unchanged); {@code value} is the unsigned magnitude.
     */
    record IntLit(String text, int radix, BigInteger value, Span span) implements Expr {}

    record BoolLit(boolean value, Span span) implements Expr {}

    /** {@code ()}. */
    record UnitLit(Span span) implements Expr {}

    /** A plain or scoped name: a variable, function, constant, enum variant or utxo constructor. */
    record Name(ScopedName name, Span span) implements Expr {}

    record Unary(UnaryOp op, Expr operand, Span span) implements Expr {}

    record Binary(BinaryOp op, Expr left, Expr right, Span span) implements Expr {}

    /** Explicit parentheses, kept so that the formatter preserves them. */
    record Grouping(Expr inner, Span span) implements Expr {}

    /** {@code (a, b, …)}, at least two elements. */
    record Tuple(List<Expr> elements, Span span) implements Expr {
        public Tuple {
            elements = List.copyOf(elements);
        }
    }

    /** {@code Name { field: value, … }}: a struct or struct-variant literal. */
    record StructLit(ScopedName name, List<FieldInit> fields, Span span) implements Expr {
        public StructLit {
            fields = List.copyOf(fields);
        }
    }

    record FieldInit(Ident name, Expr value, Span span) implements Node {}

    /** {@code target.field}; a method call is a {@link Call} whose callee is a field access. */
    record Field(Expr target, Ident field, Span span) implements Expr {}

    record Call(Expr callee, List<Expr> args, Span span) implements Expr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code emit Event(args)}. */
    record Emit(ScopedName event, List<Expr> args, Span span) implements Expr {
        public Emit {
            args = List.copyOf(args);
        }
    }

    /** {@code raise Effect(args)}. */
    record Raise(ScopedName effect, List<Expr> args, Span span) implements Expr {
        public Raise {
            args = List.copyOf(args);
        }
    }

    /** {@code runtime ns::function(args)}. */
    record Runtime(ScopedName function, List<Expr> args, Span span) implements Expr {
        public Runtime {
            args = List.copyOf(args);
        }
    }

    /** {@code disclose(value)}. */
    record Disclose(Expr value, Span span) implements Expr {}

    /** A block used as an expression. */
    record BlockExpr(Block block) implements Expr {
        @Override
        public Span span() {
            return block.span();
        }
    }

    /** {@code yield(AbiA, AbiB)}. */
    record Yield(List<Ident> abis, Span span) implements Expr {
        public Yield {
            abis = List.copyOf(abis);
        }
    }

    /** {@code if (c) {…} else if x is A {…} else {…}}. */
    record If(List<IfBranch> branches, Optional<Block> elseBlock, Span span) implements Expr {
        public If {
            branches = List.copyOf(branches);
        }
    }

    record IfBranch(Condition condition, Block body, Span span) implements Node {}

    /** The condition of an {@code if} branch. */
    sealed interface Condition extends Node {
        /** {@code (expression)}. */
        record Test(Expr expr, Span span) implements Condition {}

        /** {@code variable is Abi}: narrows a utxo handle to an ABI inside the branch. */
        record Is(Ident variable, Ident abi, Span span) implements Condition {}
    }

    /** {@code match scrutinee { pattern => {…}, … }}. */
    record Match(Expr scrutinee, List<MatchArm> arms, Span span) implements Expr {
        public Match {
            arms = List.copyOf(arms);
        }
    }

    record MatchArm(Pattern pattern, Block body, Span span) implements Node {}

    /** Where the parser could not read an expression (the syntax error is reported separately). */
    record Error(Span span) implements Expr {}
}
