package dev.starstream.studio.vm.wasm.codegen.emit;

import dev.starstream.studio.vm.interleaving.encoding.Ids;

/** The ids of RUNTIME A.9 P2 as the code generator embeds them. */
public final class AbiIds {
    private AbiIds() {}

    /** {@code I(abi)} as 4 little-endian u64 limbs. */
    public static long[] interfaceLimbs(String abi) {
        return Ids.interfaceId(abi).limbs();
    }

    /** {@code F(q)}. */
    public static long functionId(String qualifiedName) {
        return Ids.functionId(qualifiedName).value();
    }
}
