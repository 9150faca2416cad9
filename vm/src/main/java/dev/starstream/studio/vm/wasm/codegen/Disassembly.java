package dev.starstream.studio.vm.wasm.codegen;

import dev.starstream.studio.vm.wasm.codegen.debug.SourceMark;
import dev.starstream.studio.vm.wasm.wat.WatPrinter;
import java.util.HashMap;
import java.util.Map;

/**
 * The text of a compiled module with each statement's source line as a comment above its first
 * instruction (once per run of statements on the same line).
 */
public final class Disassembly {
    private Disassembly() {}

    public static String withSource(CompiledContract contract, BuildMode mode) {
        Map<Long, String> comments = new HashMap<>();
        SourceMark previous = null;
        for (SourceMark m : contract.marks(mode)) {
            boolean sameLine = previous != null && previous.functionIndex() == m.functionIndex()
                    && previous.file().equals(m.file()) && previous.line() == m.line();
            previous = m;
            if (sameLine) {
                continue; // one comment per run of statements on one line
            }
            comments.merge(key(m.functionIndex(), m.offset()), m.comment(), (a, b) -> a.equals(b) ? a : a + "\n" + b);
        }
        return WatPrinter.print(contract.module(mode),
                new WatPrinter.Options((function, offset) -> comments.get(key(function, offset)), false));
    }

    private static long key(int function, int offset) {
        return ((long) function << 32) | (offset & 0xFFFF_FFFFL);
    }
}
