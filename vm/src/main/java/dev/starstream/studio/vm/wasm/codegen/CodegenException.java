package dev.starstream.studio.vm.wasm.codegen;

import dev.starstream.studio.vm.lang.syntax.SourceFile;
import dev.starstream.studio.vm.lang.syntax.Span;

/**
 * A checked program the code generator cannot compile (a limitation, not a type error: the checker
 * has accepted the program), with the place in the source it is about.
 */
public final class CodegenException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SourceFile file;
    private final Span span;

    public CodegenException(String message, SourceFile file, Span span) {
        super(message);
        this.file = file;
        this.span = span;
    }

    public SourceFile file() {
        return file;
    }

    public Span span() {
        return span;
    }
}
