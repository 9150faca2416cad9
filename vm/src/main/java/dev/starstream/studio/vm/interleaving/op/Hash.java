package dev.starstream.studio.vm.interleaving.op;

import java.util.HexFormat;

/**
 * A 256-bit hash as four little-endian u64 limbs: a program hash or an interface id. Limb {@code i}
 * holds bytes {@code 8i … 8i+7} of the digest, least significant byte first, so {@link #hex()} prints
 * the digest bytes in their usual order.
 */
public record Hash(long limb0, long limb1, long limb2, long limb3) {
    private static final HexFormat HEX = HexFormat.of();

    /** The hash whose digest bytes are {@code bytes} (exactly 32). */
    public static Hash fromBytes(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalArgumentException("a hash has 32 bytes, got " + bytes.length);
        }
        return new Hash(limb(bytes, 0), limb(bytes, 8), limb(bytes, 16), limb(bytes, 24));
    }

    /** Parses 64 hex digits (the digest bytes in order). */
    public static Hash fromHex(String hex) {
        if (hex.length() != 64) {
            throw new IllegalArgumentException("a hash is 64 hex digits, got " + hex.length());
        }
        return fromBytes(HEX.parseHex(hex));
    }

    /** The digest bytes. */
    public byte[] toBytes() {
        byte[] out = new byte[32];
        long[] limbs = limbs();
        for (int i = 0; i < 4; i++) {
            for (int b = 0; b < 8; b++) {
                out[8 * i + b] = (byte) (limbs[i] >>> (8 * b));
            }
        }
        return out;
    }

    /** The limbs in order (a fresh array). */
    public long[] limbs() {
        return new long[] {limb0, limb1, limb2, limb3};
    }

    /** The digest bytes as 64 lower-case hex digits. */
    public String hex() {
        return HEX.formatHex(toBytes());
    }

    /** The first 8 hex digits, for display. */
    public String shortHex() {
        return hex().substring(0, 8);
    }

    @Override
    public String toString() {
        return "#" + shortHex();
    }

    private static long limb(byte[] bytes, int offset) {
        long v = 0;
        for (int b = 7; b >= 0; b--) {
            v = (v << 8) | (bytes[offset + b] & 0xFFL);
        }
        return v;
    }
}
