package dev.starstream.studio.vm.runtime.values;

/**
 * A command-line literal that is not a value of its parameter's type: what was expected, what was
 * found, and where ({@link #column()}, 1-based, in code points of the literal text).
 */
public final class LiteralException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int column;

    public LiteralException(String message, int column) {
        super(message);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
