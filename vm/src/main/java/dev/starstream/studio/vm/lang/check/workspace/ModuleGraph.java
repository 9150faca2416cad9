package dev.starstream.studio.vm.lang.check.workspace;

import dev.starstream.studio.vm.lang.ast.Definition;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.parser.ParseResult;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import dev.starstream.studio.vm.lang.syntax.Span;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The workspace graph of LANGUAGE.md §5.1: every {@code .star} file under the roots (dot-folders,
 * {@code target/} and {@code artifacts/} skipped) plus every file reached through path imports,
 * deduplicated by canonical path. Bad import paths, unreadable files, import cycles (with the chain)
 * and cross-contract imports are {@link DiagnosticCode#MODULE} diagnostics. {@link #order()} lists
 * modules dependencies first; an import that closes a cycle is left out of the order (and fails).
 */
final class ModuleGraph {

    /** One module: its canonical path, the path shown to people, its parse, and its path imports. */
    record Node(Path path, String display, ParseResult parse, List<Edge> imports) {}

    /** A path import; {@code target} is null when the import is broken. */
    record Edge(Definition.ImportSource.Path source, @Nullable Path target) {}

    private final Map<Path, Node> nodes = new LinkedHashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<Definition.ImportSource.Path, Path> resolved = new IdentityHashMap<>();
    private final List<Node> order = new ArrayList<>();

    private ModuleGraph() {}

    /**
     * Builds the graph. {@code parse} turns (display path, text) into a parse result (the workspace
     * caches parses by text).
     */
    static ModuleGraph build(List<Path> roots, SourceProvider sources, BiFunction<Path, SourceFile, ParseResult> parse) {
        ModuleGraph g = new ModuleGraph();
        Deque<Path> queue = new ArrayDeque<>();
        Map<Path, String> displays = new HashMap<>();
        for (Path root : roots) {
            Path abs = root.toAbsolutePath().normalize();
            if (sources.isFolder(abs)) {
                for (Path f : sources.starFilesUnder(abs)) {
                    Path c = sources.canonical(f);
                    if (displays.putIfAbsent(c, root.resolve(abs.relativize(f)).normalize().toString()) == null) {
                        queue.add(c);
                    }
                }
            } else {
                Path c = sources.canonical(abs);
                if (displays.putIfAbsent(c, root.toString()) == null) {
                    queue.add(c);
                }
            }
        }
        while (!queue.isEmpty()) {
            Path path = queue.poll();
            String display = displays.get(path);
            SourceFile file;
            switch (sources.read(path)) {
                case SourceProvider.Read.Text t -> file = new SourceFile(display, t.text());
                case SourceProvider.Read.Unreadable u -> {
                    g.diagnostics.add(Diagnostic.of(DiagnosticCode.MODULE, new SourceFile(display, ""), Span.EMPTY,
                            "cannot read `" + display + "`: " + u.reason()));
                    continue;
                }
            }
            ParseResult pr = parse.apply(path, file);
            List<Edge> edges = new ArrayList<>();
            for (Definition d : pr.program().definitions()) {
                if (d instanceof Definition.ImportDef i && i.source() instanceof Definition.ImportSource.Path p) {
                    Path target = g.resolve(file, path, p, sources);
                    edges.add(new Edge(p, target));
                    if (target != null && !displays.containsKey(target)) {
                        Path parent = Path.of(display).getParent();
                        displays.put(target, (parent == null ? Path.of(p.path()) : parent.resolve(p.path())).normalize().toString());
                        queue.add(target);
                    }
                }
            }
            g.nodes.put(path, new Node(path, display, pr, edges));
        }
        g.dropUnreadableTargets();
        g.crossContract();
        g.orderAndCycles();
        return g;
    }

    private @Nullable Path resolve(SourceFile file, Path importer, Definition.ImportSource.Path p, SourceProvider sources) {
        String raw = p.path();
        if (!(raw.startsWith("./") || raw.startsWith("../"))) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.MODULE, file, p.span(), "path imports must start with `./` or `../`")
                    .withHelp("write \"./" + raw + "\" for a file next to this one"));
            return null;
        }
        if (!raw.endsWith(".star")) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.MODULE, file, p.span(), "path imports must name a `.star` file"));
            return null;
        }
        Path target;
        try {
            target = sources.canonical(importer.getParent().resolve(raw));
        } catch (InvalidPathException e) {
            // found by fuzzing: a NUL (or another character the file system refuses) in the path
            diagnostics.add(Diagnostic.of(DiagnosticCode.MODULE, file, p.span(), "not a valid file path: " + e.getReason()));
            return null;
        }
        if (sources.read(target) instanceof SourceProvider.Read.Unreadable u) {
            diagnostics.add(Diagnostic.of(DiagnosticCode.MODULE, file, p.span(), "cannot read " + p.raw() + ": " + u.reason()));
            return null;
        }
        resolved.put(p, target);
        return target;
    }

    private void dropUnreadableTargets() {
        resolved.values().removeIf(t -> !nodes.containsKey(t));
    }

    /** Any import whose target declares {@code contract;} is an error (§5.1). */
    private void crossContract() {
        for (Node n : nodes.values()) {
            for (Edge e : n.imports()) {
                Node t = e.target() == null ? null : nodes.get(e.target());
                if (t != null && t.parse().program().isContract()) {
                    diagnostics.add(Diagnostic.of(DiagnosticCode.MODULE, n.parse().file(), e.source().span(),
                            "cross-contract calls not supported yet — `" + n.display() + "` imports `" + t.display()
                                    + "`, which also declares `contract;`")
                            .withHelp("move what both contracts need into a helper module without `contract;`"));
                }
            }
        }
    }

    private void orderAndCycles() {
        Map<Path, Integer> state = new HashMap<>(); // 1 = on the stack, 2 = done
        for (Node n : nodes.values()) {
            if (!state.containsKey(n.path())) {
                visit(n, state, new ArrayList<>());
            }
        }
    }

    private void visit(Node n, Map<Path, Integer> state, List<Node> stack) {
        state.put(n.path(), 1);
        stack.add(n);
        for (Edge e : n.imports()) {
            Path t = resolved.get(e.source());
            if (t == null) {
                continue;
            }
            Integer s = state.get(t);
            if (s == null) {
                visit(nodes.get(t), state, stack);
            } else if (s == 1) {
                List<String> chain = new ArrayList<>();
                boolean in = false;
                for (Node x : stack) {
                    in |= x.path().equals(t);
                    if (in) {
                        chain.add(x.display());
                    }
                }
                chain.add(nodes.get(t).display());
                diagnostics.add(Diagnostic.of(DiagnosticCode.MODULE, n.parse().file(), e.source().span(),
                        "import cycle: " + String.join(" → ", chain))
                        .withHelp("modules cannot import each other; move the shared definitions into a third module"));
                resolved.remove(e.source());
            }
        }
        stack.removeLast();
        state.put(n.path(), 2);
        order.add(n);
    }

    /** Modules, dependencies before the modules that import them. */
    List<Node> order() {
        return order;
    }

    Map<Path, Node> nodes() {
        return nodes;
    }

    /** The canonical target of a (working) path import, or null. */
    @Nullable Path target(Definition.ImportSource.Path source) {
        return resolved.get(source);
    }

    List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
