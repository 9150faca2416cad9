package dev.starstream.studio.vm.wasm.codegen.debug;

/**
 * Where a statement's code starts in a module: function index (imports first) and byte offset from
 * the function's first instruction (what {@code WatPrinter}'s comment hook receives), with the source
 * line it comes from.
 */
public record SourceMark(int functionIndex, int offset, int statement, String file, int line, String text) {
    /** {@code file:line  text}, the comment {@code studio build --wat} prints above the instruction. */
    public String comment() {
        return file + ":" + line + "  " + text;
    }
}
