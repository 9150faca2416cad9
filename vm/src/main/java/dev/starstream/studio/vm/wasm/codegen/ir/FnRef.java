package dev.starstream.studio.vm.wasm.codegen.ir;

/**
 * Names a function of the contract: {@code module} is the path of the source file declaring it (a
 * contract may reach helper functions of several files), {@code owner} the utxo or token type's name
 * (empty at top level). Code calls only {@link Role#DIRECT} functions (a top-level {@code fn} or
 * {@code script fn}, a helper {@code fn} of a utxo or token); the role keeps a helper apart from a
 * main, mint, burn or method of the same type that has the same name.
 */
public record FnRef(String module, String owner, String name, Role role) {
    /** What kind of function of its owner it is. */
    public enum Role {
        DIRECT,
        MAIN,
        MINT,
        BURN,
        METHOD
    }

    /** A function code calls directly. */
    public static FnRef direct(String module, String owner, String name) {
        return new FnRef(module, owner, name, Role.DIRECT);
    }

    public boolean isTopLevel() {
        return owner.isEmpty();
    }

    @Override
    public String toString() {
        return owner.isEmpty() ? name : owner + "::" + name;
    }
}
