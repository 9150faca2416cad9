package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.types.Type;

/**
 * A host function of the standard library, called with {@code runtime} (RUNTIME A.6):
 * {@code starstream:std/cardano} {@code blockHeight}/{@code currentSlot}, {@code starstream:std/host}
 * {@code assert_transaction_signed_by}/{@code error}.
 */
public final class RuntimeFunctionInfo implements Constant {
    private final String iface;
    private final String name;
    private final Symbol symbol;
    private final Ty.Fn ty;

    RuntimeFunctionInfo(String iface, String name, Symbol symbol, Ty.Fn ty) {
        this.iface = iface;
        this.name = name;
        this.symbol = symbol;
        this.ty = ty;
    }

    /** The interface it belongs to, e.g. {@code starstream:std/cardano}. */
    public String iface() {
        return iface;
    }

    public String name() {
        return name;
    }

    public Symbol symbol() {
        return symbol;
    }

    public Type.Function signature() {
        return (Type.Function) Ty.toType(ty);
    }

    Ty.Fn ty() {
        return ty;
    }

    @Override
    public String toString() {
        return iface + "." + name;
    }
}
