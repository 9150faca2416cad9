package dev.starstream.studio.vm.interleaving.op;

/**
 * The id of a function a control transfer enters: a Goldilocks field element, so an unsigned 64-bit
 * value below {@link #MODULUS} = 2⁶⁴ − 2³² + 1. Studio derives it from the qualified name with
 * {@code Ids.functionId} (RUNTIME A.9 P2).
 *
 * @param value the element as an unsigned 64-bit value
 */
public record FunctionId(long value) {
    /** The Goldilocks prime 2⁶⁴ − 2³² + 1, as an unsigned 64-bit value. */
    public static final long MODULUS = 0xFFFF_FFFF_0000_0001L;

    public FunctionId {
        if (Long.compareUnsigned(value, MODULUS) >= 0) {
            throw new IllegalArgumentException(
                    "a function id is below 2^64 - 2^32 + 1, got " + Long.toUnsignedString(value));
        }
    }

    public static FunctionId of(long value) {
        return new FunctionId(value);
    }

    /** The value as unsigned hex, 16 digits. */
    public String hex() {
        return String.format("%016x", value);
    }

    @Override
    public String toString() {
        return "F#" + hex();
    }
}
