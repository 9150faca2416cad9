package dev.starstream.studio.vm.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Optional;

/**
 * An Ed25519 public key, 32 bytes. Starstream code sees it as {@code PublicKey { a, b, c, d }}
 * (RUNTIME A.6): key bytes 0–7, 8–15, 16–23, 24–31 as little-endian u64s. Text/JSON: 64 hex digits.
 */
public record PublicKey(byte[] bytes) {
    public static final int LENGTH = 32;

    public PublicKey {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + bytes.length);
        }
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @JsonCreator
    public static PublicKey fromHex(String hex) {
        return tryParse(hex).orElseThrow(() -> new IllegalArgumentException(
                "a public key is 64 hexadecimal digits, not \"" + Hash32.abbreviate(hex) + "\""));
    }

    public static Optional<PublicKey> tryParse(String hex) {
        return hex.length() == 2 * LENGTH ? Hex.decode(hex).map(PublicKey::new) : Optional.empty();
    }

    /** The key from the four u64 fields of Starstream's {@code PublicKey} struct. */
    public static PublicKey fromLimbs(long a, long b, long c, long d) {
        ByteBuffer buffer = ByteBuffer.allocate(LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putLong(a).putLong(b).putLong(c).putLong(d);
        return new PublicKey(buffer.array());
    }

    /** The four u64 fields {@code a, b, c, d} of Starstream's {@code PublicKey} struct. */
    public long[] limbs() {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        return new long[] {buffer.getLong(), buffer.getLong(), buffer.getLong(), buffer.getLong()};
    }

    @JsonValue
    public String hex() {
        return Hex.encode(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PublicKey that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return hex();
    }
}
