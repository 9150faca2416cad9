package dev.starstream.studio.editor.services.analysis;

import dev.starstream.studio.editor.services.location.Location;
import dev.starstream.studio.editor.services.semantic.SemanticTokens;
import dev.starstream.studio.editor.services.text.LineIndex;
import dev.starstream.studio.vm.lang.check.CheckedModule;
import dev.starstream.studio.vm.lang.check.facts.LanguageFacts;
import dev.starstream.studio.vm.lang.check.workspace.CheckedWorkspace;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import dev.starstream.studio.vm.lang.syntax.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One analysis of the workspace: the checked modules (with the unsaved texts of open editors),
 * the language facts over them, and every diagnostic placed in editor terms. Immutable; the
 * conversions are memoised, so it may be queried from any thread.
 */
public final class Analysis {
    private final long generation;
    private final Location.WorkspaceLocation root;
    private final CheckedWorkspace checked;
    private final LanguageFacts facts;
    private final List<DiagnosticItem> diagnostics;
    private final Map<SourceFile, LineIndex> lines = new ConcurrentHashMap<>();
    private final Map<Path, FileAnalysis> files = new ConcurrentHashMap<>();

    public Analysis(long generation, Path root, CheckedWorkspace checked) {
        this.generation = generation;
        this.root = new Location.WorkspaceLocation(root);
        this.checked = checked;
        this.facts = new LanguageFacts(checked);
        this.diagnostics = checked.diagnostics().stream().map(this::item).toList();
    }

    /** Counts the analyses of a service: a later analysis has a larger generation. */
    public long generation() {
        return generation;
    }

    public Path root() {
        return root.root();
    }

    public CheckedWorkspace checked() {
        return checked;
    }

    public LanguageFacts facts() {
        return facts;
    }

    /** Every diagnostic of the workspace, by file and position. */
    public List<DiagnosticItem> diagnostics() {
        return diagnostics;
    }

    public long errorCount() {
        return diagnostics.stream().filter(DiagnosticItem::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }

    public Optional<CheckedModule> module(Path file) {
        return checked.module(file);
    }

    /** The editor's view of one file (empty when the file is not part of the workspace). */
    public Optional<FileAnalysis> file(Path file) {
        Path key = file.toAbsolutePath().normalize();
        FileAnalysis known = files.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        return module(key).map(m -> files.computeIfAbsent(key, k -> fileAnalysis(k, m)));
    }

    private FileAnalysis fileAnalysis(Path file, CheckedModule module) {
        String display = module.path();
        List<DiagnosticItem> own = diagnostics.stream().filter(d -> d.location().file().absolute().equals(file)
                || d.location().file().absolute().equals(absolute(display))).toList();
        return new FileAnalysis(file, module.typed().file().text(), own, SemanticTokens.of(module.typed(), facts),
                facts.outline(module));
    }

    /** Where a span of a checked source file is, in editor terms. */
    public Location.TextLocation location(SourceFile file, Span span) {
        return new Location.TextLocation(fileLocation(file), lines(file).position(span.start()));
    }

    /** Where a location of the checker is, in editor terms. */
    public Location.TextLocation location(dev.starstream.studio.vm.lang.diag.Location where) {
        return location(where.file(), where.span());
    }

    /** The line index of a checked source file's text. */
    public LineIndex lines(SourceFile file) {
        return lines.computeIfAbsent(file, f -> LineIndex.of(f.text()));
    }

    private Location.FileLocation fileLocation(SourceFile file) {
        return new Location.FileLocation(root, root.root().relativize(absolute(file.path())));
    }

    private Path absolute(String display) {
        return root.root().resolve(display).toAbsolutePath().normalize();
    }

    private DiagnosticItem item(Diagnostic d) {
        List<DiagnosticItem.Related> related = new ArrayList<>();
        for (Diagnostic.Related r : d.related()) {
            related.add(new DiagnosticItem.Related(location(r.location()), r.message()));
        }
        int length = d.file().text().length();
        int start = Math.min(d.span().start(), length);
        int end = Math.min(d.span().end(), length);
        return new DiagnosticItem(d.code(), d.severity(), d.message(), d.help(), location(d.location()), start, end, related, d.notes());
    }
}
