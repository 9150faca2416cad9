package dev.starstream.studio.editor.ui.hover;

import dev.starstream.studio.editor.services.analysis.DiagnosticItem;
import dev.starstream.studio.editor.services.analysis.FileAnalysis;
import dev.starstream.studio.editor.services.navigation.Hover;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the hover popup shows at an offset (no toolkit): the diagnostics there (message, help,
 * related places, notes, a link to the explanation), then the name's declaration and doc comment.
 */
public record HoverContent(List<DiagnosticItem> diagnostics, Optional<Hover> symbol) {
    public HoverContent {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean isEmpty() {
        return diagnostics.isEmpty() && symbol.isEmpty();
    }

    /** The diagnostics of {@code analysis} at {@code offset}, if the analysis is of {@code text}. */
    public static List<DiagnosticItem> diagnosticsAt(@Nullable FileAnalysis analysis, String text, int offset) {
        if (analysis == null || !analysis.text().equals(text)) {
            return List.of();
        }
        return analysis.diagnostics().stream().filter(d -> {
            int[] range = dev.starstream.studio.editor.services.analysis.Decorations.visibleRange(text, d.start(), d.end());
            return range[0] <= offset && offset < Math.max(range[1], range[0] + 1);
        }).sorted(java.util.Comparator.comparing(DiagnosticItem::severity)).toList();
    }

    /** The diagnostics as markdown: {@code **error[E0031]** message}, help, notes. */
    public static String diagnosticMarkdown(DiagnosticItem d) {
        StringBuilder md = new StringBuilder();
        md.append("**").append(d.severity().word()).append("[").append(d.codeText()).append("]** ").append(d.message());
        if (d.help() != null) {
            md.append("\n\nhelp: ").append(d.help());
        }
        for (String note : d.notes()) {
            md.append("\n\nnote: ").append(note);
        }
        return md.toString();
    }
}
