package dev.starstream.studio.vm.wasm.codegen.emit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.ast.BinaryOp;
import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.wasm.Chicory;
import dev.starstream.studio.vm.wasm.codegen.HostStubs;
import dev.starstream.studio.vm.wasm.encode.FuncType;
import dev.starstream.studio.vm.wasm.encode.Ids.FunctionId;
import dev.starstream.studio.vm.wasm.encode.ModuleBuilder;
import dev.starstream.studio.vm.wasm.encode.ValType;
import com.dylibso.chicory.runtime.Instance;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every checked operation of every integer type against exact arithmetic (BigInteger with floored
 * division), on edge values and random values, in both Chicory modes.
 */
class IntArithTest {
    private static final List<BinaryOp> OPS = List.of(BinaryOp.ADD, BinaryOp.SUB, BinaryOp.MUL, BinaryOp.DIV,
            BinaryOp.REM, BinaryOp.LT, BinaryOp.LE, BinaryOp.GT, BinaryOp.GE, BinaryOp.EQ, BinaryOp.NE);

    @ParameterizedTest
    @EnumSource(Chicory.Mode.class)
    void checkedArithmeticMatchesExactArithmeticForEveryWidth(Chicory.Mode mode) {
        ModuleBuilder m = new ModuleBuilder();
        Traps traps = new Traps(m.importFunction("starstream:std/trap", "trap", FuncType.accepting(ValType.I32)));
        IntArith arith = new IntArith(m, traps);
        for (IntKind kind : IntKind.values()) {
            ValType t = kind.isWide() ? ValType.I64 : ValType.I32;
            for (BinaryOp op : OPS) {
                ValType result = op.isArithmetic() ? t : ValType.I32;
                FunctionId f = m.function(kind.typeName() + "_" + op.name(), FuncType.of(List.of(t, t), List.of(result)),
                        code -> {
                            code.localGet(code.param(0)).localGet(code.param(1));
                            arith.emit(code, op, kind);
                        });
                m.exportFunction(kind.typeName() + "_" + op.name(), f);
                FunctionId inline = m.function(kind.typeName() + "_" + op.name() + "_inline",
                        FuncType.of(List.of(t, t), List.of(result)), code -> {
                            code.localGet(code.param(0)).localGet(code.param(1));
                            arith.emitInline(code, op, kind, new Temps(code));
                        });
                m.exportFunction(kind.typeName() + "_" + op.name() + "_inline", inline);
            }
            FunctionId neg = m.function(kind.typeName() + "_NEG", FuncType.of(List.of(t), List.of(t)), code -> {
                code.localGet(code.param(0));
                arith.negate(code, kind, new Temps(code));
            });
            m.exportFunction(kind.typeName() + "_NEG", neg);
        }
        HostStubs host = new HostStubs();
        Instance instance = Chicory.instantiate(m.build(), mode, host.imports());
        Random random = new Random(42);
        int checked = 0;
        for (IntKind kind : IntKind.values()) {
            List<BigInteger> values = samples(kind, random);
            for (BigInteger a : values) {
                for (BigInteger b : values) {
                    for (BinaryOp op : OPS) {
                        for (String variant : List.of("", "_inline")) {
                            assertThat(host.run(() -> instance.export(kind.typeName() + "_" + op.name() + variant)
                                    .apply(WasmValues.toSlot(kind, a), WasmValues.toSlot(kind, b))))
                                    .as("%s %s %s %s%s", a, op.symbol(), b, kind.typeName(), variant)
                                    .isEqualTo(expected(kind, op, a, b));
                            checked++;
                        }
                    }
                }
                BigInteger negated = a.negate();
                String expectedNeg = kind.contains(negated) ? WasmValues.toSlot(kind, negated) + "" : "trap OVERFLOW";
                assertThat(host.run(() -> instance.export(kind.typeName() + "_NEG").apply(WasmValues.toSlot(kind, a))))
                        .as("-%s %s", a, kind.typeName()).isEqualTo(expectedNeg);
            }
        }
        assertThat(checked).isGreaterThan(80_000);
    }

    private static String expected(IntKind kind, BinaryOp op, BigInteger a, BigInteger b) {
        BigInteger r;
        switch (op) {
            case ADD -> r = a.add(b);
            case SUB -> r = a.subtract(b);
            case MUL -> r = a.multiply(b);
            case DIV, REM -> {
                if (b.signum() == 0) {
                    return "trap DIVISION_BY_ZERO";
                }
                BigInteger[] qr = a.divideAndRemainder(b);
                BigInteger q = qr[0];
                BigInteger rem = qr[1];
                if (rem.signum() != 0 && rem.signum() != b.signum()) {
                    q = q.subtract(BigInteger.ONE);
                    rem = rem.add(b);
                }
                r = op == BinaryOp.DIV ? q : rem;
            }
            default -> {
                int c = a.compareTo(b);
                boolean holds = switch (op) {
                    case LT -> c < 0;
                    case LE -> c <= 0;
                    case GT -> c > 0;
                    case GE -> c >= 0;
                    case EQ -> c == 0;
                    default -> c != 0;
                };
                return (holds ? 1 : 0) + "";
            }
        }
        return kind.contains(r) ? WasmValues.toSlot(kind, r) + "" : "trap OVERFLOW";
    }

    private static List<BigInteger> samples(IntKind kind, Random random) {
        List<BigInteger> out = new ArrayList<>();
        for (BigInteger edge : List.of(kind.min(), kind.min().add(BigInteger.ONE), kind.max(),
                kind.max().subtract(BigInteger.ONE), BigInteger.ZERO, BigInteger.ONE, BigInteger.TWO,
                BigInteger.valueOf(7), kind.max().shiftRight(kind.bits() / 2))) {
            out.add(edge);
            if (kind.contains(edge.negate())) {
                out.add(edge.negate());
            }
        }
        for (int i = 0; i < 14; i++) {
            BigInteger v = new BigInteger(kind.bits(), random);
            if (kind.signed()) {
                v = v.subtract(BigInteger.ONE.shiftLeft(kind.bits() - 1));
            }
            out.add(i % 2 == 0 ? v : v.shiftRight(random.nextInt(kind.bits())));
        }
        return out.stream().distinct().filter(kind::contains).toList();
    }
}
