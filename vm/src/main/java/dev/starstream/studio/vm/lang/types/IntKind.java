package dev.starstream.studio.vm.lang.types;

import java.math.BigInteger;
import java.util.Optional;

/** The eight integer types (two's complement; A.7 checked arithmetic, floored division). */
public enum IntKind {
    I8(8, true),
    I16(16, true),
    I32(32, true),
    I64(64, true),
    U8(8, false),
    U16(16, false),
    U32(32, false),
    U64(64, false);

    private final int bits;
    private final boolean signed;
    private final BigInteger min;
    private final BigInteger max;

    IntKind(int bits, boolean signed) {
        this.bits = bits;
        this.signed = signed;
        this.min = signed ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
        this.max = signed ? BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE)
                : BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    }

    public int bits() {
        return bits;
    }

    public boolean signed() {
        return signed;
    }

    public BigInteger min() {
        return min;
    }

    public BigInteger max() {
        return max;
    }

    public boolean contains(BigInteger value) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    /** True when values live in a wasm i64 (64-bit kinds); otherwise in an i32. */
    public boolean isWide() {
        return bits == 64;
    }

    /** The type's name as written: {@code u64}. */
    public String typeName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<IntKind> byName(String name) {
        for (IntKind k : values()) {
            if (k.typeName().equals(name)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
