package dev.starstream.studio.editor.services.analysis;

import dev.starstream.studio.editor.services.semantic.SemanticRange;
import dev.starstream.studio.editor.services.text.LineIndex;
import dev.starstream.studio.editor.services.text.StyledRange;
import dev.starstream.studio.vm.lang.diag.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A file's analysis as editor decorations (pure functions, no toolkit): the semantic colour layer,
 * the squiggle layer ({@value #ERROR_CLASS} / {@value #WARNING_CLASS}) and the gutter markers.
 */
public final class Decorations {
    public static final String ERROR_CLASS = "diag-error";
    public static final String WARNING_CLASS = "diag-warning";

    private Decorations() {}

    /** A gutter marker: the worst severity on a line and the messages of its diagnostics. */
    public record Marker(Severity severity, List<String> messages) {
        public Marker {
            messages = List.copyOf(messages);
        }
    }

    public static List<StyledRange> semanticLayer(FileAnalysis analysis) {
        List<StyledRange> out = new ArrayList<>(analysis.semantic().size());
        for (SemanticRange r : analysis.semantic()) {
            out.add(new StyledRange(r.start(), r.end(), r.styleClasses()));
        }
        return out;
    }

    /** One squiggle per diagnostic, widened to a visible character when the diagnostic's span is empty. */
    public static List<StyledRange> diagnosticLayer(FileAnalysis analysis) {
        List<StyledRange> out = new ArrayList<>(analysis.diagnostics().size());
        for (DiagnosticItem d : analysis.diagnostics()) {
            int[] range = visibleRange(analysis.text(), d.start(), d.end());
            out.add(StyledRange.of(range[0], range[1], d.isError() ? ERROR_CLASS : WARNING_CLASS));
        }
        return out;
    }

    /**
     * The characters a squiggle for {@code [start, end)} should underline: the span itself, or for
     * an empty span (a missing {@code ;}) the character there, or the last visible character before
     * it when it sits at a line break or at the end of the text.
     */
    public static int[] visibleRange(String text, int start, int end) {
        int s = Math.clamp(start, 0, text.length());
        int e = Math.clamp(end, s, text.length());
        if (e > s) {
            return new int[] {s, e};
        }
        if (s < text.length() && !Character.isWhitespace(text.charAt(s))) {
            return new int[] {s, s + 1};
        }
        int k = s - 1;
        while (k >= 0 && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        if (k >= 0) {
            return new int[] {k, k + 1};
        }
        return s < text.length() ? new int[] {s, s + 1} : new int[] {s, s};
    }

    /** The gutter markers by 0-based line (the line where each diagnostic's squiggle starts). */
    public static Map<Integer, Marker> markers(FileAnalysis analysis) {
        LineIndex lines = LineIndex.of(analysis.text());
        Map<Integer, Severity> worst = new TreeMap<>();
        Map<Integer, List<String>> messages = new TreeMap<>();
        for (DiagnosticItem d : analysis.diagnostics()) {
            int line = lines.lineOf(visibleRange(analysis.text(), d.start(), d.end())[0]);
            worst.merge(line, d.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b);
            messages.computeIfAbsent(line, l -> new ArrayList<>()).add(d.severity().word() + "[" + d.codeText() + "]: " + d.message());
        }
        Map<Integer, Marker> out = new TreeMap<>();
        worst.forEach((line, severity) -> out.put(line, new Marker(severity, messages.get(line))));
        return out;
    }
}
