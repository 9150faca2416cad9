package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.syntax.Span;
import dev.starstream.studio.vm.lang.types.Type;

/**
 * A local binding of a function body: a parameter, a {@code let}, or a pattern binding (in a
 * {@code match} arm or a {@code with} clause). Identity matters: every use of the same binding
 * resolves to the same object. {@link #ordinal} numbers a function's variables in declaration
 * order, parameters first (the code generator can use it as a local slot).
 */
public final class Variable {

    /** Where a variable was introduced. */
    public enum Kind {
        PARAMETER,
        LET,
        /** Bound by a {@code match} arm pattern. */
        PATTERN,
        /** Bound by a pattern of a {@code with} clause (a handler's parameter). */
        HANDLER_PATTERN
    }

    private final String name;
    private final Kind kind;
    private final boolean mutable;
    private final boolean pub;
    private final Span nameSpan;
    private final int ordinal;
    private final Symbol symbol;

    Variable(String name, Kind kind, boolean mutable, boolean pub, Span nameSpan, int ordinal, Symbol symbol) {
        this.name = name;
        this.kind = kind;
        this.mutable = mutable;
        this.pub = pub;
        this.nameSpan = nameSpan;
        this.ordinal = ordinal;
        this.symbol = symbol;
    }

    public String name() {
        return name;
    }

    public Kind kind() {
        return kind;
    }

    public boolean mutable() {
        return mutable;
    }

    /** A {@code pub} parameter or a {@code let pub} binding (LANGUAGE.md §3.7). */
    public boolean pub() {
        return pub;
    }

    /** The span of the name where it is declared. */
    public Span nameSpan() {
        return nameSpan;
    }

    /** Index among the variables of the enclosing function, in declaration order (parameters first). */
    public int ordinal() {
        return ordinal;
    }

    /** The declared (or inferred, defaulted) type. A narrowed use ({@code if x is A}) has its own type: ask {@link TypedModule#typeOf}. */
    public Type type() {
        return symbol.type();
    }

    public Symbol symbol() {
        return symbol;
    }

    Ty ty() {
        Ty t = symbol.ty();
        return t == null ? Ty.ERR : t;
    }

    @Override
    public String toString() {
        return name + "#" + ordinal;
    }
}
