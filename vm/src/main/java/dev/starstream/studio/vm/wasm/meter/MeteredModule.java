package dev.starstream.studio.vm.wasm.meter;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A module before and after metering. Identity (program hashes) is always taken over the
 * {@link #original()} bytes; the {@link #metered()} bytes are what runs.
 */
public record MeteredModule(byte[] original, byte[] metered, byte[] originalSha256, MeterLayout layout) {
    public MeteredModule {
        original = original.clone();
        metered = metered.clone();
        originalSha256 = originalSha256.clone();
    }

    @Override
    public byte[] original() {
        return original.clone();
    }

    @Override
    public byte[] metered() {
        return metered.clone();
    }

    /** SHA-256 of the original bytes. */
    @Override
    public byte[] originalSha256() {
        return originalSha256.clone();
    }

    public String originalSha256Hex() {
        return HexFormat.of().formatHex(originalSha256);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MeteredModule that
                && Arrays.equals(original, that.original)
                && Arrays.equals(metered, that.metered)
                && layout.equals(that.layout);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(originalSha256);
    }

    @Override
    public String toString() {
        return "MeteredModule[sha256=" + originalSha256Hex() + ", " + original.length + " → " + metered.length + " bytes]";
    }
}
