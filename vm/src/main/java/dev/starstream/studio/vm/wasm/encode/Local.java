package dev.starstream.studio.vm.wasm.encode;

/**
 * A parameter or local variable of one function body. It can only be used with the
 * {@link CodeBuilder} that made it.
 */
public final class Local {
    private final CodeBuilder owner;
    private final int index;
    private final ValType type;
    private final String name;

    Local(CodeBuilder owner, int index, ValType type, String name) {
        this.owner = owner;
        this.index = index;
        this.type = type;
        this.name = name;
    }

    public int index() {
        return index;
    }

    public ValType type() {
        return type;
    }

    /** The name recorded in the name section, or the empty string. */
    public String name() {
        return name;
    }

    CodeBuilder owner() {
        return owner;
    }

    @Override
    public String toString() {
        return name.isEmpty() ? "local " + index : "$" + name;
    }
}
