package dev.starstream.studio.vm.ledger;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * Reads what {@link CanonicalWriter} wrote. Every read checks bounds; malformed input raises
 * {@link MalformedEncodingException} with the offset, never an index or allocation error, so a
 * damaged store or a hostile file is reported instead of crashing the reader.
 */
public final class CanonicalReader {
    private final byte[] bytes;
    private int position;

    public CanonicalReader(byte[] bytes) {
        this.bytes = bytes;
    }

    public int position() {
        return position;
    }

    public boolean atEnd() {
        return position == bytes.length;
    }

    public void expectAscii(String prefix, String what) {
        byte[] expected = prefix.getBytes(StandardCharsets.US_ASCII);
        if (bytes.length - position < expected.length
                || !Arrays.equals(bytes, position, position + expected.length, expected, 0, expected.length)) {
            throw fail("not " + what + ": it does not start with \"" + prefix + "\"");
        }
        position += expected.length;
    }

    public void expectEnd(String what) {
        if (!atEnd()) {
            throw fail((bytes.length - position) + " unexpected bytes after " + what);
        }
    }

    public int u8() {
        need(1, "a byte");
        return bytes[position++] & 0xFF;
    }

    public int u16() {
        need(2, "a u16");
        int value = (bytes[position] & 0xFF) | (bytes[position + 1] & 0xFF) << 8;
        position += 2;
        return value;
    }

    public int u32() {
        need(4, "a u32");
        int value = 0;
        for (int i = 0; i < 4; i++) {
            value |= (bytes[position + i] & 0xFF) << (8 * i);
        }
        position += 4;
        return value;
    }

    public long u64() {
        need(8, "a u64");
        long value = 0;
        for (int i = 0; i < 8; i++) {
            value |= (bytes[position + i] & 0xFFL) << (8 * i);
        }
        position += 8;
        return value;
    }

    /** A u32 count of items that each take at least {@code minItemBytes} bytes; rejects impossible counts. */
    public int count(int minItemBytes, String what) {
        int start = position;
        long count = Integer.toUnsignedLong(u32());
        if (count * Math.max(1, minItemBytes) > bytes.length - position) {
            position = start;
            throw fail("a count of " + count + " " + what + " exceeds the remaining bytes");
        }
        return (int) count;
    }

    public byte[] raw(int length) {
        need(length, length + " bytes");
        byte[] out = Arrays.copyOfRange(bytes, position, position + length);
        position += length;
        return out;
    }

    public Hash32 hash() {
        return new Hash32(raw(Hash32.LENGTH));
    }

    public byte[] bytes() {
        int length = count(1, "bytes");
        return raw(length);
    }

    public String string() {
        return utf8(count(1, "bytes of text"));
    }

    public String shortString() {
        return utf8(u16());
    }

    private String utf8(int length) {
        int start = position;
        byte[] utf8 = raw(length);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(utf8))
                    .toString();
        } catch (CharacterCodingException e) {
            position = start;
            throw fail("text that is not UTF-8");
        }
    }

    public MalformedEncodingException fail(String message) {
        return new MalformedEncodingException(message, position);
    }

    private void need(int length, String what) {
        if (length < 0 || bytes.length - position < length) {
            throw fail("truncated: expected " + what + " but only " + (bytes.length - position) + " bytes remain");
        }
    }
}
