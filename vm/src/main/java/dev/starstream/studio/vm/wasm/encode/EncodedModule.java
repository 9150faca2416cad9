package dev.starstream.studio.vm.wasm.encode;

import dev.starstream.studio.vm.wasm.encode.Ids.FunctionId;

/**
 * The bytes of an encoded module and, for each defined function, the absolute offset of its first
 * instruction, so that {@link CodeBuilder#position()} values can be turned into module offsets.
 */
public record EncodedModule(byte[] bytes, int[] codeOffsets, int importedFunctions) {
    public EncodedModule {
        bytes = bytes.clone();
        codeOffsets = codeOffsets.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** Absolute byte offset in the module of the instruction at {@code position} in a body. */
    public int moduleOffset(FunctionId function, int position) {
        return codeOffsets[function.index() - importedFunctions] + position;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EncodedModule that
                && java.util.Arrays.equals(bytes, that.bytes)
                && java.util.Arrays.equals(codeOffsets, that.codeOffsets)
                && importedFunctions == that.importedFunctions;
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(bytes) * 31 + java.util.Arrays.hashCode(codeOffsets);
    }

    @Override
    public String toString() {
        return "EncodedModule[" + bytes.length + " bytes, " + codeOffsets.length + " bodies]";
    }
}
