package dev.starstream.studio.vm.ledger;

/** Bytes that are not a valid canonical encoding (truncated, wrong tag, wrong prefix, trailing bytes). */
public final class MalformedEncodingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int offset;

    public MalformedEncodingException(String message, int offset) {
        super(message + " (at byte " + offset + ")");
        this.offset = offset;
    }

    /** Where in the bytes the problem was found. */
    public int offset() {
        return offset;
    }
}
