package dev.starstream.studio.vm.wasm.encode;

/**
 * Typed handles to the entities of a module under construction. Each carries its index in the
 * module's index space and the facts the encoder checks uses against (a global's mutability, a
 * function's signature), so a handle of one kind can never be passed where another is expected.
 */
public final class Ids {
    private Ids() {}

    /** A function (imported or defined) and its signature. */
    public record FunctionId(int index, FuncType type, String name) {}

    /** A global (imported or defined). */
    public record GlobalId(int index, ValType type, boolean mutable, String name) {}

    /** A linear memory. */
    public record MemoryId(int index) {}

    /** A table and the reference type of its entries. */
    public record TableId(int index, ValType elementType) {}

    /** An entry of the type section. */
    public record TypeId(int index, FuncType type) {}

    /** A data segment (for {@code memory.init} and {@code data.drop}). */
    public record DataId(int index) {}

    /** An element segment (for {@code table.init} and {@code elem.drop}). */
    public record ElementId(int index) {}
}
