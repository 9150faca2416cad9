package dev.starstream.studio.vm.ledger;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Builds the canonical byte encodings that Studio hashes and stores: fixed-width little-endian
 * integers, length-prefixed UTF-8 strings and byte strings, 32-byte hashes, and canonical JSON trees
 * ({@link CanonicalJson}). Equal values always encode to equal bytes.
 */
public final class CanonicalWriter {
    private byte[] buffer = new byte[256];
    private int size;

    public CanonicalWriter ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            u8(text.charAt(i));
        }
        return this;
    }

    public CanonicalWriter u8(int value) {
        ensure(1);
        buffer[size++] = (byte) value;
        return this;
    }

    public CanonicalWriter u16(int value) {
        if (value < 0 || value > 0xFFFF) {
            throw new IllegalArgumentException("does not fit in u16: " + value);
        }
        ensure(2);
        buffer[size++] = (byte) value;
        buffer[size++] = (byte) (value >>> 8);
        return this;
    }

    public CanonicalWriter u32(int value) {
        ensure(4);
        for (int shift = 0; shift < 32; shift += 8) {
            buffer[size++] = (byte) (value >>> shift);
        }
        return this;
    }

    public CanonicalWriter u64(long value) {
        ensure(8);
        for (int shift = 0; shift < 64; shift += 8) {
            buffer[size++] = (byte) (value >>> shift);
        }
        return this;
    }

    public CanonicalWriter raw(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buffer, size, bytes.length);
        size += bytes.length;
        return this;
    }

    public CanonicalWriter hash(Hash32 hash) {
        return raw(hash.bytes());
    }

    /** u32 length, then the bytes. */
    public CanonicalWriter bytes(byte[] bytes) {
        return u32(bytes.length).raw(bytes);
    }

    /** u32 length, then the UTF-8 bytes. */
    public CanonicalWriter string(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** u16 length, then the UTF-8 bytes (the intent's script name). */
    public CanonicalWriter shortString(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        return u16(utf8.length).raw(utf8);
    }

    public int size() {
        return size;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    private void ensure(int more) {
        if (size + more > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + more));
        }
    }
}
