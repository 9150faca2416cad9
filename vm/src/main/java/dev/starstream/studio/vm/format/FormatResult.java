package dev.starstream.studio.vm.format;

import dev.starstream.studio.vm.lang.diag.Diagnostic;
import java.util.List;

/** What formatting a file gave. */
public sealed interface FormatResult {

    /** The canonical text; {@code changed} is false when the input was already canonical. */
    record Formatted(String text, boolean changed) implements FormatResult {}

    /** The file has syntax errors and is left alone; these are the parser's diagnostics. */
    record SyntaxErrors(List<Diagnostic> diagnostics) implements FormatResult {
        public SyntaxErrors {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /**
     * The formatter's output failed its own safety check (it would not parse back to the same
     * program with the same comments), so nothing must be written. A formatter bug: {@code reason}
     * says what differed.
     */
    record Refused(String reason) implements FormatResult {}
}
