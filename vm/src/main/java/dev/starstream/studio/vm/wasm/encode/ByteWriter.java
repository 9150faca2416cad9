package dev.starstream.studio.vm.wasm.encode;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte buffer with the primitive encodings of the WebAssembly binary format: bytes,
 * LEB128 integers (unsigned and signed, 32 and 64 bits, and the 33-bit signed form of block types),
 * little-endian IEEE floats and length-prefixed UTF-8 names.
 */
public final class ByteWriter {
    private byte[] bytes;
    private int size;

    public ByteWriter() {
        this(64);
    }

    public ByteWriter(int initialCapacity) {
        this.bytes = new byte[Math.max(16, initialCapacity)];
    }

    /** Number of bytes written so far; also the offset at which the next byte lands. */
    public int size() {
        return size;
    }

    public ByteWriter u8(int value) {
        ensure(1);
        bytes[size++] = (byte) value;
        return this;
    }

    public ByteWriter bytes(byte[] data) {
        return bytes(data, 0, data.length);
    }

    public ByteWriter bytes(byte[] data, int offset, int length) {
        ensure(length);
        System.arraycopy(data, offset, bytes, size, length);
        size += length;
        return this;
    }

    /** Appends everything another writer holds. */
    public ByteWriter bytes(ByteWriter other) {
        return bytes(other.bytes, 0, other.size);
    }

    /** Unsigned LEB128 of a 32-bit value whose bits are read as unsigned ({@code -1} is 2³²−1). */
    public ByteWriter u32(int value) {
        return u64(Integer.toUnsignedLong(value));
    }

    /** Unsigned LEB128 of a 64-bit value whose bits are read as unsigned. */
    public ByteWriter u64(long value) {
        long rest = value;
        do {
            int low = (int) (rest & 0x7F);
            rest >>>= 7;
            u8(rest != 0 ? low | 0x80 : low);
        } while (rest != 0);
        return this;
    }

    /** Signed LEB128 of a 32-bit value. */
    public ByteWriter s32(int value) {
        return s64(value);
    }

    /** Signed LEB128 of a 33-bit value (block types: a non-negative type index). */
    public ByteWriter s33(long value) {
        if (value < -(1L << 32) || value >= (1L << 32)) {
            throw new IllegalArgumentException("not a 33-bit signed value: " + value);
        }
        return s64(value);
    }

    /** Signed LEB128 of a 64-bit value. */
    public ByteWriter s64(long value) {
        long rest = value;
        while (true) {
            int low = (int) (rest & 0x7F);
            rest >>= 7;
            boolean done = (rest == 0 && (low & 0x40) == 0) || (rest == -1 && (low & 0x40) != 0);
            u8(done ? low : low | 0x80);
            if (done) {
                return this;
            }
        }
    }

    /** The IEEE-754 bits of a 32-bit float, little-endian (NaN payloads are kept). */
    public ByteWriter f32Bits(int bits) {
        for (int i = 0; i < 4; i++) {
            u8(bits >>> (8 * i));
        }
        return this;
    }

    /** The IEEE-754 bits of a 64-bit float, little-endian (NaN payloads are kept). */
    public ByteWriter f64Bits(long bits) {
        for (int i = 0; i < 8; i++) {
            u8((int) (bits >>> (8 * i)));
        }
        return this;
    }

    /** A name: its UTF-8 byte length as unsigned LEB128, then the bytes. */
    public ByteWriter name(String name) {
        byte[] utf8 = name.getBytes(StandardCharsets.UTF_8);
        return u32(utf8.length).bytes(utf8);
    }

    /** Another writer's content prefixed by its length (sections, function bodies, subsections). */
    public ByteWriter sized(ByteWriter content) {
        return u32(content.size).bytes(content);
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            long wanted = Math.max((long) bytes.length * 2, (long) size + more);
            if (wanted > Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("wasm output larger than 2 GiB");
            }
            bytes = Arrays.copyOf(bytes, (int) wanted);
        }
    }
}
