package dev.starstream.studio.vm.lang.check.workspace;

import dev.starstream.studio.vm.lang.BigStack;
import dev.starstream.studio.vm.lang.ast.Definition;
import dev.starstream.studio.vm.lang.check.CheckSession;
import dev.starstream.studio.vm.lang.check.CheckedModule;
import dev.starstream.studio.vm.lang.check.ImportResolver;
import dev.starstream.studio.vm.lang.check.ModuleChecker;
import dev.starstream.studio.vm.lang.check.Reachability;
import dev.starstream.studio.vm.lang.parser.ParseResult;
import dev.starstream.studio.vm.lang.parser.StarstreamParsing;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workspace that can be checked again and again (LANGUAGE.md §5.1/5.2): folders and files as
 * roots, files reached by path imports, unsaved buffers over the files. {@link #check()} parses only
 * files whose text changed and re-checks only modules whose text changed or whose imports were
 * re-checked; everything else is reused. Not thread-safe: one check at a time (the editor calls it
 * from one analysis thread).
 */
public final class Workspace {
    private final List<Path> roots;
    private final SourceProvider disk;
    private final Map<Path, String> buffers = new LinkedHashMap<>();
    private final CheckSession session = new CheckSession();
    private final Map<Path, ParseResult> parses = new HashMap<>();
    private final Map<Path, CheckedModule> checked = new HashMap<>();
    private final Map<Path, List<CheckedModule>> checkedWith = new HashMap<>();
    private int parsedLastTime;
    private int checkedLastTime;

    public Workspace(List<Path> roots, SourceProvider sources) {
        this.roots = List.copyOf(roots);
        this.disk = sources;
    }

    /** The folders and files under {@code roots} on disk. */
    public static Workspace onDisk(List<Path> roots) {
        return new Workspace(roots, SourceProvider.disk());
    }

    /** A workspace that exists only in memory (path → text); the root is the common folder. */
    public static Workspace inMemory(Path root, Map<Path, String> files) {
        return new Workspace(List.of(root), SourceProvider.inMemory(files));
    }

    /** Single-file mode: one text, path imports ignored with W0002 (untitled buffers, the sandbox). */
    public static CheckedModule checkSingleFile(String path, String text) {
        return ModuleChecker.checkSingleFile(path, text);
    }

    /** Sets the unsaved text of a file (it wins over the disk until {@link #discardBuffer}). */
    public void setBuffer(Path file, String text) {
        buffers.put(disk.canonical(file), text);
    }

    public void discardBuffer(Path file) {
        buffers.remove(disk.canonical(file));
    }

    /** Sets a buffer and checks again: the editor's call on every keystroke pause. */
    public CheckedWorkspace update(Path file, String text) {
        setBuffer(file, text);
        return check();
    }

    /** Checks the workspace, reusing what did not change since the last check. */
    public CheckedWorkspace check() {
        return BigStack.call(this::checkHere);
    }

    /** How many files the last {@link #check()} parsed and checked (the rest were reused). */
    public int parsedLastTime() {
        return parsedLastTime;
    }

    public int checkedLastTime() {
        return checkedLastTime;
    }

    private CheckedWorkspace checkHere() {
        parsedLastTime = 0;
        checkedLastTime = 0;
        SourceProvider sources = buffers.isEmpty() ? disk : SourceProvider.overlay(Map.copyOf(buffers), disk);
        ModuleGraph graph = ModuleGraph.build(roots, sources, this::parse);
        List<CheckedModule> modules = new ArrayList<>();
        Map<Path, CheckedModule> byPath = new LinkedHashMap<>();
        Map<CheckedModule, List<CheckedModule>> imports = new IdentityHashMap<>();
        for (ModuleGraph.Node n : graph.order()) {
            Map<Definition.ImportSource.Path, ImportResolver.Target> targets = new IdentityHashMap<>();
            List<CheckedModule> deps = new ArrayList<>();
            for (ModuleGraph.Edge e : n.imports()) {
                Path t = graph.target(e.source());
                CheckedModule dep = t == null ? null : byPath.get(t);
                if (dep == null) {
                    targets.put(e.source(), new ImportResolver.Target.Failed());
                } else {
                    targets.put(e.source(), new ImportResolver.Target.Module(dep));
                    deps.add(dep);
                }
            }
            CheckedModule previous = checked.get(n.path());
            CheckedModule m;
            if (previous != null && previous.parse() == n.parse() && sameModules(checkedWith.get(n.path()), deps)) {
                m = previous;
            } else {
                m = ModuleChecker.check(n.parse(), session,
                        source -> targets.getOrDefault(source, new ImportResolver.Target.Failed()));
                checked.put(n.path(), m);
                checkedWith.put(n.path(), deps);
                checkedLastTime++;
            }
            modules.add(m);
            byPath.put(n.path(), m);
            imports.put(m, deps.stream().distinct().toList());
        }
        checked.keySet().retainAll(byPath.keySet());
        checkedWith.keySet().retainAll(byPath.keySet());
        parses.keySet().retainAll(graph.nodes().keySet());
        return new CheckedWorkspace(modules, byPath, imports, graph.diagnostics(), Reachability.diagnostics(modules));
    }

    private ParseResult parse(Path path, SourceFile file) {
        ParseResult cached = parses.get(path);
        if (cached != null && cached.file().equals(file)) {
            return cached;
        }
        ParseResult pr = StarstreamParsing.parse(file);
        parses.put(path, pr);
        parsedLastTime++;
        return pr;
    }

    private static boolean sameModules(List<CheckedModule> a, List<CheckedModule> b) {
        if (a == null || a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }
}
