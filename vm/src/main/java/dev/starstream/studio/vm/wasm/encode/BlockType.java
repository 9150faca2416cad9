package dev.starstream.studio.vm.wasm.encode;

/**
 * The type of a {@code block}, {@code loop} or {@code if}: nothing, one result, or a full signature
 * (parameters and several results, the multi-value form, encoded as a type index).
 */
public sealed interface BlockType {
    BlockType EMPTY = new Empty();

    static BlockType of(ValType result) {
        return new Value(result);
    }

    static BlockType of(FuncType signature) {
        if (signature.params().isEmpty() && signature.results().isEmpty()) {
            return EMPTY;
        }
        if (signature.params().isEmpty() && signature.results().size() == 1) {
            return new Value(signature.results().getFirst());
        }
        return new Signature(signature);
    }

    /** {@code []→[]}. */
    record Empty() implements BlockType {}

    /** {@code []→[t]}. */
    record Value(ValType result) implements BlockType {}

    /** Anything else, encoded as an index into the type section. */
    record Signature(FuncType type) implements BlockType {}
}
