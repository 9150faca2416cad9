package dev.starstream.studio.vm.lang.ast;

/** Infix operators with their precedence (LANGUAGE.md §2.3: higher binds tighter; all left-associative). */
public enum BinaryOp {
    MUL("*", 6),
    DIV("/", 6),
    REM("%", 6),
    ADD("+", 5),
    SUB("-", 5),
    LT("<", 4),
    LE("<=", 4),
    GT(">", 4),
    GE(">=", 4),
    EQ("==", 3),
    NE("!=", 3),
    AND("&&", 2),
    OR("||", 1);

    private final String symbol;
    private final int precedence;

    BinaryOp(String symbol, int precedence) {
        this.symbol = symbol;
        this.precedence = precedence;
    }

    public String symbol() {
        return symbol;
    }

    public int precedence() {
        return precedence;
    }

    public boolean isArithmetic() {
        return precedence >= 5;
    }

    public boolean isComparison() {
        return precedence == 4;
    }

    public boolean isEquality() {
        return precedence == 3;
    }

    public boolean isLogical() {
        return precedence <= 2;
    }
}
