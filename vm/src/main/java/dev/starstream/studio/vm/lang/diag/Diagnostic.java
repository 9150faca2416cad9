package dev.starstream.studio.vm.lang.diag;

import dev.starstream.studio.vm.lang.syntax.SourceFile;
import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One problem found in the user's code: a stable code, a severity, where it is, a message a person
 * understands, optionally a help line, related locations and notes. Diagnostics are collected, never
 * thrown.
 */
public record Diagnostic(
        DiagnosticCode code,
        Severity severity,
        Location location,
        String message,
        @Nullable String help,
        List<Related> related,
        List<String> notes) {

    /** Another place that explains this diagnostic ("first defined here"). */
    public record Related(Location location, String message) {}

    public Diagnostic {
        related = List.copyOf(related);
        notes = List.copyOf(notes);
    }

    public static Diagnostic of(DiagnosticCode code, SourceFile file, Span span, String message) {
        return new Diagnostic(code, code.severity(), new Location(file, span), message, null, List.of(), List.of());
    }

    public Diagnostic withHelp(String help) {
        return new Diagnostic(code, severity, location, message, help, related, notes);
    }

    public Diagnostic withRelated(Location where, String what) {
        List<Related> more = new java.util.ArrayList<>(related);
        more.add(new Related(where, what));
        return new Diagnostic(code, severity, location, message, help, more, notes);
    }

    public Diagnostic withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new Diagnostic(code, severity, location, message, help, related, more);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public SourceFile file() {
        return location.file();
    }

    public Span span() {
        return location.span();
    }

    @Override
    public String toString() {
        return location + ": " + severity.word() + "[" + code.code() + "]: " + message;
    }
}
