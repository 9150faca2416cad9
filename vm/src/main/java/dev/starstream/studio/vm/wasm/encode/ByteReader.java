package dev.starstream.studio.vm.wasm.encode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the primitive encodings of the WebAssembly binary format from a byte range, with every
 * bound checked: LEB128 integers are refused when longer than their width allows or when the
 * unused bits of the last byte are not a sign/zero extension, as the specification requires.
 * Every failure is a {@link MalformedBytesException} naming the offset.
 */
public final class ByteReader {
    private final byte[] bytes;
    private final int end;
    private int position;

    public ByteReader(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public ByteReader(byte[] bytes, int start, int end) {
        if (start < 0 || end > bytes.length || start > end) {
            throw new IllegalArgumentException("range " + start + ".." + end + " outside 0.." + bytes.length);
        }
        this.bytes = bytes;
        this.position = start;
        this.end = end;
    }

    public int position() {
        return position;
    }

    public int remaining() {
        return end - position;
    }

    public boolean atEnd() {
        return position >= end;
    }

    public int u8() {
        if (position >= end) {
            throw new MalformedBytesException("unexpected end of bytes", position);
        }
        return bytes[position++] & 0xFF;
    }

    /** The next byte, without consuming it. */
    public int peek() {
        if (position >= end) {
            throw new MalformedBytesException("unexpected end of bytes", position);
        }
        return bytes[position] & 0xFF;
    }

    /** A reader over the next {@code length} bytes; this reader does not move. */
    public ByteReader slice(long length) {
        if (length < 0 || length > remaining()) {
            throw new MalformedBytesException("length " + length + " runs past the end", position);
        }
        return new ByteReader(bytes, position, position + (int) length);
    }

    public byte[] bytes(int length) {
        if (length < 0 || length > remaining()) {
            throw new MalformedBytesException("length " + length + " runs past the end", position);
        }
        byte[] out = new byte[length];
        System.arraycopy(bytes, position, out, 0, length);
        position += length;
        return out;
    }

    public void skip(long length) {
        if (length < 0 || length > remaining()) {
            throw new MalformedBytesException("length " + length + " runs past the end", position);
        }
        position += (int) length;
    }

    /** Unsigned LEB128, at most 5 bytes, value below 2³²; returned as a non-negative long. */
    public long u32() {
        return unsigned(32);
    }

    /** Unsigned LEB128, at most 10 bytes. */
    public long u64() {
        return unsigned(64);
    }

    /** Signed LEB128, at most 5 bytes, value within the int range. */
    public int s32() {
        return (int) signed(32);
    }

    /** Signed LEB128 of 33 bits (block types). */
    public long s33() {
        return signed(33);
    }

    /** Signed LEB128, at most 10 bytes. */
    public long s64() {
        return signed(64);
    }

    /** A length-prefixed UTF-8 name; invalid UTF-8 is malformed. */
    public String name() {
        int start = position;
        long length = u32();
        if (length > remaining()) {
            throw new MalformedBytesException("name length " + length + " runs past the end", start);
        }
        try {
            String name = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, position, (int) length))
                    .toString();
            position += (int) length;
            return name;
        } catch (CharacterCodingException e) {
            throw new MalformedBytesException("name is not valid UTF-8", start);
        }
    }

    private long unsigned(int bits) {
        int start = position;
        long result = 0;
        int shift = 0;
        int maxBytes = (bits + 6) / 7;
        for (int i = 0; i < maxBytes; i++) {
            int b = u8();
            if (i == maxBytes - 1) {
                int usedBits = bits - shift;
                if (usedBits < 7 && (b & 0x7F) >>> usedBits != 0) {
                    throw new MalformedBytesException("integer too large for " + bits + " bits", start);
                }
            }
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
            shift += 7;
        }
        throw new MalformedBytesException("integer representation too long", start);
    }

    private long signed(int bits) {
        int start = position;
        long result = 0;
        int shift = 0;
        int maxBytes = (bits + 6) / 7;
        for (int i = 0; i < maxBytes; i++) {
            int b = u8();
            if (i == maxBytes - 1) {
                int usedBits = bits - shift;
                if (usedBits < 7) {
                    // The unused high bits (and the sign bit) must all equal the sign.
                    int rest = (b & 0x7F) >> (usedBits - 1);
                    int allOnes = (1 << (8 - usedBits)) - 1;
                    if ((b & 0x80) != 0 || (rest != 0 && rest != allOnes)) {
                        throw new MalformedBytesException("integer too large for " + bits + " bits", start);
                    }
                }
            }
            result |= (long) (b & 0x7F) << shift;
            shift += 7;
            if ((b & 0x80) == 0) {
                if (shift < 64 && (b & 0x40) != 0) {
                    result |= -1L << shift;
                }
                return result;
            }
        }
        throw new MalformedBytesException("integer representation too long", start);
    }
}
