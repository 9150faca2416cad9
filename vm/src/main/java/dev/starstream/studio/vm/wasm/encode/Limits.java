package dev.starstream.studio.vm.wasm.encode;

import java.util.OptionalLong;

/** Size limits of a memory (in 64 KiB pages) or a table (in entries). */
public record Limits(long min, OptionalLong max) {
    public Limits {
        if (min < 0 || min > 0xFFFF_FFFFL) {
            throw new IllegalArgumentException("minimum out of range: " + min);
        }
        if (max.isPresent() && (max.getAsLong() < min || max.getAsLong() > 0xFFFF_FFFFL)) {
            throw new IllegalArgumentException("maximum " + max.getAsLong() + " below minimum " + min);
        }
    }

    public static Limits atLeast(long min) {
        return new Limits(min, OptionalLong.empty());
    }

    public static Limits between(long min, long max) {
        return new Limits(min, OptionalLong.of(max));
    }

    void encode(ByteWriter out) {
        if (max.isPresent()) {
            out.u8(0x01).u32((int) min).u32((int) max.getAsLong());
        } else {
            out.u8(0x00).u32((int) min);
        }
    }
}
