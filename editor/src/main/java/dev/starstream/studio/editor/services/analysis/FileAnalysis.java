package dev.starstream.studio.editor.services.analysis;

import dev.starstream.studio.editor.services.semantic.SemanticRange;
import dev.starstream.studio.vm.lang.check.facts.OutlineItem;
import java.nio.file.Path;
import java.util.List;

/**
 * What the analysis found in one file, for its editor: the exact text that was analysed (results
 * are applied only while the editor still shows that text), the file's diagnostics in source
 * order, the semantic colouring and the outline.
 */
public record FileAnalysis(Path file, String text, List<DiagnosticItem> diagnostics, List<SemanticRange> semantic,
        List<OutlineItem> outline) {
    public FileAnalysis {
        diagnostics = List.copyOf(diagnostics);
        semantic = List.copyOf(semantic);
        outline = List.copyOf(outline);
    }

    public long errorCount() {
        return diagnostics.stream().filter(DiagnosticItem::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }

    /** The diagnostics at {@code offset}, most severe first. */
    public List<DiagnosticItem> diagnosticsAt(int offset) {
        return diagnostics.stream().filter(d -> d.covers(offset))
                .sorted(java.util.Comparator.comparing(DiagnosticItem::severity)).toList();
    }
}
