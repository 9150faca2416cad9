package dev.starstream.studio.vm.lang.diag;

import dev.starstream.studio.vm.lang.syntax.Position;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import dev.starstream.studio.vm.lang.syntax.Span;

/** A span in a particular source file. */
public record Location(SourceFile file, Span span) {
    public Position start() {
        return file.position(span.start());
    }

    public Position end() {
        return file.position(span.end());
    }

    @Override
    public String toString() {
        return file.path() + ":" + start();
    }
}
