package dev.starstream.studio.vm.wasm.codegen.ir;

import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.List;

/** A pattern, typed by the value it is matched against. */
public sealed interface IrPattern {
    record Wildcard() implements IrPattern {}

    record Bind(IrVar var) implements IrPattern {}

    /** An integer literal pattern; {@code value} as in {@link IrExpr.IntConst}. */
    record IntLit(IntKind kind, long value) implements IrPattern {}

    record BoolLit(boolean value) implements IrPattern {}

    record UnitLit() implements IrPattern {}

    record Tuple(List<IrPattern> elements) implements IrPattern {
        public Tuple {
            elements = List.copyOf(elements);
        }
    }

    /** One sub-pattern per field in declaration order. */
    record Struct(Type.Struct type, List<IrPattern> fields) implements IrPattern {
        public Struct {
            fields = List.copyOf(fields);
        }
    }

    /** Variant {@code tag} of {@code type}, one sub-pattern per payload field in declaration order. */
    record Variant(Type.Enum type, int tag, List<IrPattern> payload) implements IrPattern {
        public Variant {
            payload = List.copyOf(payload);
        }
    }

    IrPattern WILDCARD = new Wildcard();
}
