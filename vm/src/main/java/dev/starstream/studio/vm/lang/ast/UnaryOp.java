package dev.starstream.studio.vm.lang.ast;

/** Prefix operators. */
public enum UnaryOp {
    NEGATE("-"),
    NOT("!");

    private final String symbol;

    UnaryOp(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
