package dev.starstream.studio.vm.wasm.codegen.emit;

import dev.starstream.studio.vm.wasm.encode.BlockType;
import dev.starstream.studio.vm.wasm.encode.CodeBuilder;
import dev.starstream.studio.vm.wasm.encode.Ids.FunctionId;

/** Emits calls of the {@code trap} import: the host ends the transaction with the named reason. */
public final class Traps {
    private final FunctionId trap;

    public Traps(FunctionId trap) {
        this.trap = trap;
    }

    /** Traps unconditionally; the code after it is unreachable. */
    public void trap(CodeBuilder code, TrapReason reason) {
        code.i32Const(reason.code()).call(trap).unreachable();
    }

    /** Pops an i32 and traps when it is non-zero. */
    public void trapIf(CodeBuilder code, TrapReason reason) {
        code.ifThen(BlockType.EMPTY, l -> trap(code, reason));
    }
}
