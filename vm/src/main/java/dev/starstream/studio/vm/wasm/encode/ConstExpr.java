package dev.starstream.studio.vm.wasm.encode;

import dev.starstream.studio.vm.wasm.encode.Ids.FunctionId;
import dev.starstream.studio.vm.wasm.encode.Ids.GlobalId;

/** A constant expression: the initial value of a global, or the offset of a segment. */
public sealed interface ConstExpr {
    static ConstExpr i32(int value) {
        return new I32(value);
    }

    static ConstExpr i64(long value) {
        return new I64(value);
    }

    static ConstExpr f32(float value) {
        return new F32(Float.floatToRawIntBits(value));
    }

    static ConstExpr f64(double value) {
        return new F64(Double.doubleToRawLongBits(value));
    }

    static ConstExpr globalGet(GlobalId global) {
        return new GlobalGet(global);
    }

    static ConstExpr refNull(ValType type) {
        return new RefNull(type);
    }

    static ConstExpr refFunc(FunctionId function) {
        return new RefFunc(function);
    }

    record I32(int value) implements ConstExpr {}

    record I64(long value) implements ConstExpr {}

    record F32(int bits) implements ConstExpr {}

    record F64(long bits) implements ConstExpr {}

    record GlobalGet(GlobalId global) implements ConstExpr {}

    record RefNull(ValType type) implements ConstExpr {
        public RefNull {
            if (!type.isReference()) {
                throw new IllegalArgumentException("ref.null needs a reference type, not " + type.text());
            }
        }
    }

    record RefFunc(FunctionId function) implements ConstExpr {}

    /** The type of the value this expression produces. */
    default ValType type() {
        return switch (this) {
            case I32 _ -> ValType.I32;
            case I64 _ -> ValType.I64;
            case F32 _ -> ValType.F32;
            case F64 _ -> ValType.F64;
            case GlobalGet g -> g.global().type();
            case RefNull r -> r.type();
            case RefFunc _ -> ValType.FUNCREF;
        };
    }

    /** Writes the expression and its {@code end}. */
    default void encode(ByteWriter out) {
        switch (this) {
            case I32 c -> out.u8(0x41).s32(c.value());
            case I64 c -> out.u8(0x42).s64(c.value());
            case F32 c -> out.u8(0x43).f32Bits(c.bits());
            case F64 c -> out.u8(0x44).f64Bits(c.bits());
            case GlobalGet g -> out.u8(0x23).u32(g.global().index());
            case RefNull r -> out.u8(0xD0).u8(r.type().code());
            case RefFunc f -> out.u8(0xD2).u32(f.function().index());
        }
        out.u8(0x0B);
    }
}
