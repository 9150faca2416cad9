package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.contract.DebugInfo;

/** A span of source: file as the compiler was given it, 1-based lines and columns (code points). */
public record SourceLocation(String file, int line, int column, int endLine, int endColumn) {
    public static SourceLocation of(DebugInfo.Statement statement) {
        return new SourceLocation(statement.file(), statement.line(), statement.column(), statement.endLine(),
                statement.endColumn());
    }

    public static SourceLocation of(DebugInfo.Site site) {
        return new SourceLocation(site.file(), site.line(), site.column(), site.line(), site.column());
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
