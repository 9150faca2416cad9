package dev.starstream.studio.editor.services.analysis;

import dev.starstream.studio.editor.services.location.Location;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.diag.Severity;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A diagnostic as the editor shows it: the checker's code, severity, message, help, related
 * locations and notes, placed by a {@link Location.TextLocation} (UTF-16 columns, as the editor
 * counts) and by the offsets {@code [start, end)} in the file's analysed text.
 */
public record DiagnosticItem(
        DiagnosticCode code,
        Severity severity,
        String message,
        @Nullable String help,
        Location.TextLocation location,
        int start,
        int end,
        List<Related> related,
        List<String> notes) {

    /** Another place that explains the diagnostic ("first defined here"). */
    public record Related(Location.TextLocation location, String message) {}

    public DiagnosticItem {
        related = List.copyOf(related);
        notes = List.copyOf(notes);
    }

    public Path file() {
        return location.file().absolute();
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Whether the diagnostic covers (or, when empty, sits at) {@code offset}. */
    public boolean covers(int offset) {
        return start == end ? offset == start : start <= offset && offset < end;
    }

    /** {@code E0008}, {@code parser}, … */
    public String codeText() {
        return code.code();
    }

    /** {@code score.star:12:5} (the path relative to the workspace). */
    public String where() {
        return location.file().relative() + ":" + location.position().line() + ":" + location.position().column();
    }
}
