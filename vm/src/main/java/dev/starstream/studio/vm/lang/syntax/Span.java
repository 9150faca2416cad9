package dev.starstream.studio.vm.lang.syntax;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into a source text. Every AST node,
 * token and diagnostic carries one.
 */
public record Span(int start, int end) {
    public static final Span EMPTY = new Span(0, 0);

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    /** The zero-length span at {@code offset}. */
    public static Span at(int offset) {
        return new Span(offset, offset);
    }

    public int length() {
        return end - start;
    }

    public boolean isEmpty() {
        return start == end;
    }

    /** True when {@code offset} lies inside this span (the end offset counts, for a caret after a name). */
    public boolean touches(int offset) {
        return start <= offset && offset <= end;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** The smallest span covering this one and {@code other}. */
    public Span to(Span other) {
        return new Span(Math.min(start, other.start), Math.max(end, other.end));
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
