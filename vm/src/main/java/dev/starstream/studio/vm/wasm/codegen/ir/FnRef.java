package dev.starstream.studio.vm.wasm.codegen.ir;

/**
 * Names a function of the contract that code calls directly: a top-level {@code fn} or
 * {@code script fn} ({@code owner} empty), or a helper {@code fn} inside a utxo or token
 * ({@code owner} is the type's name). {@code module} is the path of the source file declaring it
 * (a contract may reach helper functions of several files).
 */
public record FnRef(String module, String owner, String name) {
    public boolean isTopLevel() {
        return owner.isEmpty();
    }

    @Override
    public String toString() {
        return owner.isEmpty() ? name : owner + "::" + name;
    }
}
