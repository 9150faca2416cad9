package dev.starstream.studio.vm.wasm.codegen.ir;

import dev.starstream.studio.vm.lang.ast.BinaryOp;
import dev.starstream.studio.vm.lang.ast.UnaryOp;
import dev.starstream.studio.vm.lang.syntax.Span;
import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.List;
import java.util.Optional;

/** An expression with its type. Evaluation order is the order of the components as listed. */
public sealed interface IrExpr {
    Type type();

    Span span();

    /**
     * An integer constant: the value as a Java long, exact for every kind except {@code u64}, whose
     * values of 2⁶³ and above appear as their two's-complement bit pattern.
     */
    record IntConst(IntKind kind, long value, Span span) implements IrExpr {
        @Override
        public Type type() {
            return Type.of(kind);
        }
    }

    record BoolConst(boolean value, Span span) implements IrExpr {
        @Override
        public Type type() {
            return Type.BOOL;
        }
    }

    record UnitConst(Span span) implements IrExpr {
        @Override
        public Type type() {
            return Type.UNIT;
        }
    }

    /** A read of a local; {@code type} differs from the variable's inside {@code if x is Abi}. */
    record Local(IrVar var, Type type, Span span) implements IrExpr {}

    /** A read of field {@code field} of the storage of utxo/token type {@code owner}. */
    record StorageGet(String owner, int field, Type type, Span span) implements IrExpr {}

    /** {@code -x} (checked) or {@code !b}. */
    record Unary(UnaryOp op, IrExpr operand, Type type, Span span) implements IrExpr {}

    /** Arithmetic (checked), comparison, equality, or short-circuit {@code && ||}. */
    record Binary(BinaryOp op, IrExpr left, IrExpr right, Type type, Span span) implements IrExpr {}

    record Tuple(List<IrExpr> elements, Type type, Span span) implements IrExpr {
        public Tuple {
            elements = List.copyOf(elements);
        }
    }

    /** A field initialiser: field {@code index} (declaration order) gets {@code value}. */
    record FieldInit(int index, IrExpr value) {}

    /** A struct literal; {@code fields} in source (evaluation) order, each field exactly once. */
    record Struct(Type.Struct type, List<FieldInit> fields, Span span) implements IrExpr {
        public Struct {
            fields = List.copyOf(fields);
        }
    }

    /** An enum value: variant {@code tag}, payload fields in evaluation order (unit variants: none). */
    record Variant(Type.Enum type, int tag, List<FieldInit> payload, Span span) implements IrExpr {
        public Variant {
            payload = List.copyOf(payload);
        }
    }

    /** {@code target.field} on a struct value: field {@code index} in declaration order. */
    record Field(IrExpr target, int index, Type type, Span span) implements IrExpr {}

    /** A direct call of a function of the contract (same process). */
    record Call(FnRef callee, List<IrExpr> args, Type type, Span span) implements IrExpr {
        public Call {
            args = List.copyOf(args);
        }
    }

    /** {@code U::main(args)} or {@code Tok::mint(args)}: creates a process, yields its handle. */
    record NewProcess(String typeName, String constructor, boolean token, List<IrExpr> args, Type type, Span span)
            implements IrExpr {
        public NewProcess {
            args = List.copyOf(args);
        }
    }

    /** {@code h.m(args)}: method {@code method} of ABI {@code abi} on the process behind handle {@code h}. */
    record MethodCall(IrExpr handle, String abi, String method, List<IrExpr> args, Type type, Span span)
            implements IrExpr {
        public MethodCall {
            args = List.copyOf(args);
        }
    }

    /** {@code t.attach(u)} / {@code t.detach(u)} (A.4 T2, T3). */
    record TokenOp(boolean attach, IrExpr token, IrExpr utxo, Span span) implements IrExpr {
        @Override
        public Type type() {
            return Type.UNIT;
        }
    }

    /** {@code t.melt(args)}: burn fn {@code burn} of token type {@code tokenType} (A.4 T4). */
    record Burn(String tokenType, String burn, IrExpr token, List<IrExpr> args, Type type, Span span)
            implements IrExpr {
        public Burn {
            args = List.copyOf(args);
        }
    }

    /** {@code emit E(args)} of ABI {@code abi}. */
    record Emit(String abi, String event, List<IrExpr> args, Span span) implements IrExpr {
        public Emit {
            args = List.copyOf(args);
        }

        @Override
        public Type type() {
            return Type.UNIT;
        }
    }

    /** {@code raise E(args)} of ABI {@code abi}; its value is the handler clause's value. */
    record Raise(String abi, String effect, List<IrExpr> args, Type type, Span span) implements IrExpr {
        public Raise {
            args = List.copyOf(args);
        }
    }

    /** {@code runtime f(args)}. */
    record RuntimeCall(RuntimeFunction function, List<IrExpr> args, Span span) implements IrExpr {
        public RuntimeCall {
            args = List.copyOf(args);
        }

        @Override
        public Type type() {
            return function.result();
        }
    }

    record BlockExpr(IrBlock block) implements IrExpr {
        @Override
        public Type type() {
            return block.type();
        }

        @Override
        public Span span() {
            return block.span();
        }
    }

    /** {@code if … else if … else …}; without {@code else} the type is {@code ()}. */
    record If(List<Branch> branches, Optional<IrBlock> otherwise, Type type, Span span) implements IrExpr {
        public If {
            branches = List.copyOf(branches);
        }
    }

    record Branch(Condition condition, IrBlock body) {}

    /** The condition of an {@code if} branch. */
    sealed interface Condition {
        record Test(IrExpr expr) implements Condition {}

        /** {@code x is Abi}: true when the process behind {@code x} currently offers {@code abi}. */
        record IsAbi(IrVar var, String abi, Span span) implements Condition {}
    }

    record Match(IrExpr scrutinee, List<Arm> arms, Type type, Span span) implements IrExpr {
        public Match {
            arms = List.copyOf(arms);
        }
    }

    record Arm(IrPattern pattern, IrBlock body, Span span) {}

    /** {@code yield(A, B)} in a utxo's main: yield point {@code k} (1, 2, … per utxo in source order). */
    record Yield(int k, List<String> abis, Span span) implements IrExpr {
        public Yield {
            abis = List.copyOf(abis);
        }

        @Override
        public Type type() {
            return Type.UNIT;
        }
    }
}
