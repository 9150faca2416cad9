package dev.starstream.studio.vm.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;

/**
 * A 32-byte hash (SHA-256 everywhere in Studio): contract hashes, transaction hashes, block hashes.
 * In JSON and on the command line it is 64 lower-case hex digits. Inside the interleaving machine a
 * hash is 4 little-endian u64 limbs (RUNTIME A.9 P2): limb i = bytes 8i…8i+7.
 */
public record Hash32(byte[] bytes) implements Comparable<Hash32> {
    public static final int LENGTH = 32;
    /** All zero bytes: the parent of the genesis block. */
    public static final Hash32 ZERO = new Hash32(new byte[LENGTH]);
    /** Never updated: {@link #newDigest()} clones it. */
    private static final MessageDigest SHA256_PROTOTYPE = sha256Instance();

    public Hash32 {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a hash has 32 bytes, not " + bytes.length);
        }
        bytes = bytes.clone();
    }

    /** A copy of the 32 bytes. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** SHA-256 of the concatenation of {@code parts}. */
    public static Hash32 sha256(byte[]... parts) {
        MessageDigest digest = newDigest();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return new Hash32(digest.digest());
    }

    /** A fresh SHA-256 digest (the JDK always provides one). */
    public static MessageDigest newDigest() {
        try {
            // Cloning an untouched digest skips the provider lookup of getInstance (a third of the cost
            // of hashing a small element); the prototype itself is never updated, so clones never share state.
            return (MessageDigest) SHA256_PROTOTYPE.clone();
        } catch (CloneNotSupportedException e) {
            return sha256Instance();
        }
    }

    private static MessageDigest sha256Instance() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The hash written as 64 hex digits; throws {@link IllegalArgumentException} on anything else. */
    @JsonCreator
    public static Hash32 fromHex(String hex) {
        return tryParse(hex).orElseThrow(() -> new IllegalArgumentException(
                "a hash is 64 hexadecimal digits, not \"" + abbreviate(hex) + "\""));
    }

    /** The hash written as 64 hex digits, or empty. */
    public static Optional<Hash32> tryParse(String hex) {
        if (hex.length() != 2 * LENGTH) {
            return Optional.empty();
        }
        return Hex.decode(hex).map(Hash32::new);
    }

    /** The hash whose 4 little-endian u64 limbs are {@code limbs}. */
    public static Hash32 fromLimbs(long... limbs) {
        if (limbs.length != 4) {
            throw new IllegalArgumentException("a hash has 4 limbs, not " + limbs.length);
        }
        ByteBuffer buffer = ByteBuffer.allocate(LENGTH).order(ByteOrder.LITTLE_ENDIAN);
        for (long limb : limbs) {
            buffer.putLong(limb);
        }
        return new Hash32(buffer.array());
    }

    /** The 4 little-endian u64 limbs (bytes 0–7, 8–15, 16–23, 24–31). */
    public long[] limbs() {
        ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        return new long[] {buffer.getLong(), buffer.getLong(), buffer.getLong(), buffer.getLong()};
    }

    @JsonValue
    public String hex() {
        return Hex.encode(bytes);
    }

    /** The first 12 hex digits, for compact display. */
    public String shortHex() {
        return hex().substring(0, 12);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Hash32 that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public int compareTo(Hash32 other) {
        return Arrays.compareUnsigned(bytes, other.bytes);
    }

    @Override
    public String toString() {
        return hex();
    }

    static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
