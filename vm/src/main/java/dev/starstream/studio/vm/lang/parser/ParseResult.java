package dev.starstream.studio.vm.lang.parser;

import dev.starstream.studio.vm.lang.ast.Program;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import java.util.List;

/**
 * A parsed file: the (possibly partial) program and the syntax diagnostics. A program is always
 * produced, even for garbage input, so that the editor keeps its outline and highlighting.
 */
public record ParseResult(SourceFile file, Program program, List<Diagnostic> diagnostics) {
    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
