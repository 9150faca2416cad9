package dev.starstream.studio.vm.wasm.codegen.emit;

import dev.starstream.studio.vm.lang.types.IntKind;
import java.math.BigInteger;

/** Test support: integers as the slot values Chicory passes (normalised narrow ints, raw i64 bits). */
final class WasmValues {
    private WasmValues() {}

    static long toSlot(IntKind kind, BigInteger value) {
        return kind.isWide() ? value.longValue() : value.intValue();
    }
}
