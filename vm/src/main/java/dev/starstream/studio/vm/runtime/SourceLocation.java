package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.wasm.codegen.debug.DebugInfo;

/** A span of source: file as the compiler was given it, 1-based lines and columns (code points). */
public record SourceLocation(String file, int line, int column, int endLine, int endColumn) {
    public static SourceLocation of(DebugInfo.Statement statement) {
        return new SourceLocation(statement.file(), statement.line(), statement.column(), statement.endLine(),
                statement.endColumn());
    }

    public static SourceLocation of(DebugInfo.EffectSite site) {
        return new SourceLocation(site.file(), site.line(), site.column(), site.line(), site.column());
    }

    public static SourceLocation of(DebugInfo.Function function) {
        return new SourceLocation(function.file(), function.line(), function.column(), function.line(), function.column());
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
