package dev.starstream.studio.vm.wasm.codegen.emit;

import dev.starstream.studio.vm.lang.ast.BinaryOp;
import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.wasm.encode.BlockType;
import dev.starstream.studio.vm.wasm.encode.CodeBuilder;
import dev.starstream.studio.vm.wasm.encode.FuncType;
import dev.starstream.studio.vm.wasm.encode.Ids.FunctionId;
import dev.starstream.studio.vm.wasm.encode.Local;
import dev.starstream.studio.vm.wasm.encode.ModuleBuilder;
import dev.starstream.studio.vm.wasm.encode.Op;
import dev.starstream.studio.vm.wasm.encode.ValType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Checked integer arithmetic (RUNTIME A.7) for every width: {@code + - * / %} trap with
 * {@link TrapReason#OVERFLOW} when the exact result does not fit the type, {@code /} and {@code %}
 * are floored for signed types and trap with {@link TrapReason#DIVISION_BY_ZERO} on a zero divisor.
 * Narrow types stay normalised (sign- or zero-extended to 32 bits). Each (operation, type) pair
 * becomes one small helper function of the module, added the first time it is used, named
 * {@code $u8.add}, {@code $i64.div}, …; comparisons are emitted inline.
 */
public final class IntArith {
    /** The operations with a helper function. */
    public enum Checked {
        ADD("add"),
        SUB("sub"),
        MUL("mul"),
        DIV("div"),
        REM("rem");

        private final String text;

        Checked(String text) {
            this.text = text;
        }

        public static Checked of(BinaryOp op) {
            return switch (op) {
                case ADD -> ADD;
                case SUB -> SUB;
                case MUL -> MUL;
                case DIV -> DIV;
                case REM -> REM;
                default -> throw new IllegalArgumentException(op + " is not arithmetic");
            };
        }
    }

    private final ModuleBuilder module;
    private final Traps traps;
    private final Map<IntKind, Map<Checked, FunctionId>> helpers = new EnumMap<>(IntKind.class);

    public IntArith(ModuleBuilder module, Traps traps) {
        this.module = module;
        this.traps = traps;
    }

    /** Emits {@code left op right} for the two operands on the stack; comparisons leave an i32 0/1. */
    public void emit(CodeBuilder code, BinaryOp op, IntKind kind) {
        if (op.isArithmetic()) {
            code.call(helper(Checked.of(op), kind));
            return;
        }
        compare(code, op, kind);
    }

    /**
     * Like {@link #emit}, but the checked operation is written inline (operands parked in scratch
     * locals from {@code temps}) instead of calling its helper: engines that do not inline wasm calls
     * (V8 before 12) run checked arithmetic several times faster this way.
     */
    public void emitInline(CodeBuilder code, BinaryOp op, IntKind kind, Temps temps) {
        if (!op.isArithmetic()) {
            compare(code, op, kind);
            return;
        }
        ValType t = kind.isWide() ? ValType.I64 : ValType.I32;
        Local a = temps.take(t);
        Local b = temps.take(t);
        List<Local> scratch = new java.util.ArrayList<>();
        code.localSet(b).localSet(a);
        java.util.function.Function<ValType, Local> local = type -> {
            Local l = temps.take(type);
            scratch.add(l);
            return l;
        };
        Checked checked = Checked.of(op);
        if (checked == Checked.DIV || checked == Checked.REM) {
            division(code, checked, kind, a, b, local);
        } else if (kind.isWide()) {
            wideAddSubMul(code, checked, kind, a, b, local);
        } else {
            narrowAddSubMul(code, checked, kind, a, b, local);
        }
        temps.release(scratch);
        temps.release(b);
        temps.release(a);
    }

    private static void compare(CodeBuilder code, BinaryOp op, IntKind kind) {
        boolean wide = kind.isWide();
        boolean signed = kind.signed();
        code.op(switch (op) {
            case EQ -> wide ? Op.I64_EQ : Op.I32_EQ;
            case NE -> wide ? Op.I64_NE : Op.I32_NE;
            case LT -> wide ? (signed ? Op.I64_LT_S : Op.I64_LT_U) : (signed ? Op.I32_LT_S : Op.I32_LT_U);
            case LE -> wide ? (signed ? Op.I64_LE_S : Op.I64_LE_U) : (signed ? Op.I32_LE_S : Op.I32_LE_U);
            case GT -> wide ? (signed ? Op.I64_GT_S : Op.I64_GT_U) : (signed ? Op.I32_GT_S : Op.I32_GT_U);
            case GE -> wide ? (signed ? Op.I64_GE_S : Op.I64_GE_U) : (signed ? Op.I32_GE_S : Op.I32_GE_U);
            default -> throw new IllegalArgumentException(op + " on integers");
        });
    }

    /** Emits the negation of the operand on the stack (checked: {@code 0 - x}), inline. */
    public void negate(CodeBuilder code, IntKind kind, Temps temps) {
        Local x = temps.take(kind.isWide() ? ValType.I64 : ValType.I32);
        code.localSet(x);
        if (kind.isWide()) {
            code.i64Const(0);
        } else {
            code.i32Const(0);
        }
        code.localGet(x);
        temps.release(x);
        emitInline(code, BinaryOp.SUB, kind, temps);
    }

    /** The helper for {@code op} on {@code kind}: (a, b) → a op b, trapping as A.7 says. */
    public FunctionId helper(Checked op, IntKind kind) {
        Map<Checked, FunctionId> byOp = helpers.computeIfAbsent(kind, k -> new EnumMap<>(Checked.class));
        FunctionId existing = byOp.get(op);
        if (existing != null) {
            return existing;
        }
        ValType t = kind.isWide() ? ValType.I64 : ValType.I32;
        FunctionId fn = module.declare(kind.typeName() + "." + op.text, FuncType.of(List.of(t, t), List.of(t)), "a", "b");
        byOp.put(op, fn);
        CodeBuilder code = module.code(fn);
        switch (op) {
            case ADD, SUB, MUL -> {
                java.util.function.Function<ValType, Local> local = type -> code.local(type, "r");
                if (kind.isWide()) {
                    wideAddSubMul(code, op, kind, code.param(0), code.param(1), local);
                } else {
                    narrowAddSubMul(code, op, kind, code.param(0), code.param(1), local);
                }
            }
            case DIV, REM -> division(code, op, kind, code.param(0), code.param(1), type -> code.local(type, "r"));
        }
        return fn;
    }

    // ---- + - * ---------------------------------------------------------------------------------

    /** 32-bit and narrower: compute exactly in i64 (or i32 for 8/16 bits), then range-check. */
    private void narrowAddSubMul(CodeBuilder code, Checked op, IntKind kind, Local a, Local b,
            java.util.function.Function<ValType, Local> local) {
        if (kind.bits() == 32) {
            Local r = local.apply(ValType.I64);
            Op extend = kind.signed() ? Op.I64_EXTEND_I32_S : Op.I64_EXTEND_I32_U;
            code.localGet(a).op(extend).localGet(b).op(extend);
            code.op(op == Checked.ADD ? Op.I64_ADD : op == Checked.SUB ? Op.I64_SUB : Op.I64_MUL).localSet(r);
            if (kind.signed()) {
                code.localGet(r).localGet(r).op(Op.I32_WRAP_I64).op(Op.I64_EXTEND_I32_S).op(Op.I64_NE);
            } else {
                code.localGet(r).i64Const(32).op(Op.I64_SHR_U).op(Op.I64_EQZ).op(Op.I32_EQZ);
            }
            traps.trapIf(code, TrapReason.OVERFLOW);
            code.localGet(r).op(Op.I32_WRAP_I64);
            return;
        }
        // 8 and 16 bits: the exact result of normalised operands fits an i32 (|a*b| <= 2^30, u16*u16 < 2^32
        // with the low 32 bits exact), so compute in i32 and check the extension.
        Local r = local.apply(ValType.I32);
        code.localGet(a).localGet(b).op(op == Checked.ADD ? Op.I32_ADD : op == Checked.SUB ? Op.I32_SUB : Op.I32_MUL)
                .localSet(r);
        normalisedCheck(code, r, kind);
        code.localGet(r);
    }

    /** Traps unless the i32 in {@code r} is the normalised form of a {@code kind} value. */
    private void normalisedCheck(CodeBuilder code, Local r, IntKind kind) {
        if (kind.signed()) {
            code.localGet(r).localGet(r).op(kind.bits() == 8 ? Op.I32_EXTEND8_S : Op.I32_EXTEND16_S).op(Op.I32_NE);
        } else {
            code.localGet(r).i32Const(kind.bits() == 8 ? ~0xFF : ~0xFFFF).op(Op.I32_AND);
        }
        traps.trapIf(code, TrapReason.OVERFLOW);
    }

    private void wideAddSubMul(CodeBuilder code, Checked op, IntKind kind, Local a, Local b,
            java.util.function.Function<ValType, Local> local) {
        Local r = local.apply(ValType.I64);
        code.localGet(a).localGet(b).op(op == Checked.ADD ? Op.I64_ADD : op == Checked.SUB ? Op.I64_SUB : Op.I64_MUL)
                .localSet(r);
        if (kind.signed()) {
            switch (op) {
                // overflow iff both operands have the sign the result lacks
                case ADD -> code.localGet(a).localGet(r).op(Op.I64_XOR).localGet(b).localGet(r).op(Op.I64_XOR)
                        .op(Op.I64_AND).i64Const(0).op(Op.I64_LT_S);
                // overflow iff the operands' signs differ and the result's sign differs from a's
                case SUB -> code.localGet(a).localGet(b).op(Op.I64_XOR).localGet(a).localGet(r).op(Op.I64_XOR)
                        .op(Op.I64_AND).i64Const(0).op(Op.I64_LT_S);
                default -> signedWideMulOverflow(code, a, b, r);
            }
        } else {
            switch (op) {
                case ADD -> code.localGet(r).localGet(a).op(Op.I64_LT_U);
                case SUB -> code.localGet(a).localGet(b).op(Op.I64_LT_U);
                // a != 0 && r / a != b
                default -> code.localGet(a).op(Op.I64_EQZ).op(Op.I32_EQZ)
                        .localGet(a).op(Op.I64_EQZ)
                        .ifThenElse(BlockType.of(ValType.I32),
                                l -> code.i32Const(0),
                                l -> code.localGet(r).localGet(a).op(Op.I64_DIV_U).localGet(b).op(Op.I64_NE))
                        .op(Op.I32_AND);
            }
        }
        traps.trapIf(code, TrapReason.OVERFLOW);
        code.localGet(r);
    }

    /** Leaves 1 when the signed product a*b overflowed (r holds the wrapped product). */
    private static void signedWideMulOverflow(CodeBuilder code, Local a, Local b, Local r) {
        BlockType i32 = BlockType.of(ValType.I32);
        code.localGet(a).op(Op.I64_EQZ).ifThenElse(i32,
                zero -> code.i32Const(0),
                nonZero -> code.localGet(a).i64Const(-1).op(Op.I64_EQ).ifThenElse(i32,
                        minusOne -> code.localGet(b).i64Const(Long.MIN_VALUE).op(Op.I64_EQ),
                        other -> code.localGet(r).localGet(a).op(Op.I64_DIV_S).localGet(b).op(Op.I64_NE)));
    }

    // ---- / % -------------------------------------------------------------------------------------

    private void division(CodeBuilder code, Checked op, IntKind kind, Local a, Local b,
            java.util.function.Function<ValType, Local> local) {
        boolean wide = kind.isWide();
        ValType t = wide ? ValType.I64 : ValType.I32;
        code.localGet(b).op(wide ? Op.I64_EQZ : Op.I32_EQZ);
        traps.trapIf(code, TrapReason.DIVISION_BY_ZERO);
        if (!kind.signed()) {
            code.localGet(a).localGet(b).op(op == Checked.DIV ? (wide ? Op.I64_DIV_U : Op.I32_DIV_U)
                    : (wide ? Op.I64_REM_U : Op.I32_REM_U));
            return;
        }
        Local r = local.apply(t);
        // truncated remainder; wasm's rem_s does not trap on MIN % -1 (it gives 0)
        code.localGet(a).localGet(b).op(wide ? Op.I64_REM_S : Op.I32_REM_S).localSet(r);
        if (op == Checked.REM) {
            // floored: when the remainder is non-zero and its sign differs from the divisor's, add the divisor
            remainderNeedsAdjust(code, r, b, wide);
            code.ifThen(BlockType.EMPTY,
                    l -> code.localGet(r).localGet(b).op(wide ? Op.I64_ADD : Op.I32_ADD).localSet(r));
            code.localGet(r);
            return;
        }
        Local q = local.apply(t);
        if (kind.bits() >= 32) {
            // MIN / -1 is the only overflow (and a wasm trap): name it first
            if (wide) {
                code.localGet(a).i64Const(Long.MIN_VALUE).op(Op.I64_EQ).localGet(b).i64Const(-1).op(Op.I64_EQ);
            } else {
                code.localGet(a).i32Const(Integer.MIN_VALUE).op(Op.I32_EQ).localGet(b).i32Const(-1).op(Op.I32_EQ);
            }
            code.op(Op.I32_AND);
            traps.trapIf(code, TrapReason.OVERFLOW);
        }
        code.localGet(a).localGet(b).op(wide ? Op.I64_DIV_S : Op.I32_DIV_S).localSet(q);
        remainderNeedsAdjust(code, r, b, wide);
        code.ifThen(BlockType.EMPTY, l -> {
            if (wide) {
                code.localGet(q).i64Const(1).op(Op.I64_SUB).localSet(q);
            } else {
                code.localGet(q).i32Const(1).op(Op.I32_SUB).localSet(q);
            }
        });
        if (kind.bits() < 32) {
            normalisedCheck(code, q, kind); // -128 / -1 = 128 does not fit an i8
        }
        code.localGet(q);
    }

    /** Leaves 1 when r != 0 and r and b have different signs. */
    private static void remainderNeedsAdjust(CodeBuilder code, Local r, Local b, boolean wide) {
        if (wide) {
            code.localGet(r).i64Const(0).op(Op.I64_NE)
                    .localGet(r).localGet(b).op(Op.I64_XOR).i64Const(0).op(Op.I64_LT_S)
                    .op(Op.I32_AND);
        } else {
            code.localGet(r).i32Const(0).op(Op.I32_NE)
                    .localGet(r).localGet(b).op(Op.I32_XOR).i32Const(0).op(Op.I32_LT_S)
                    .op(Op.I32_AND);
        }
    }
}
