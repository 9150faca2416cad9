package dev.starstream.studio.vm.lang.check.workspace;

import dev.starstream.studio.vm.lang.check.CheckedModule;
import dev.starstream.studio.vm.lang.check.Diagnostics;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.diag.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A whole workspace after checking: its modules in dependency order (each with its typed program),
 * and every diagnostic — syntax, module graph, checker, and the workspace-wide rule E1001.
 */
public final class CheckedWorkspace {
    private final List<CheckedModule> modules;
    private final Map<Path, CheckedModule> byPath;
    private final Map<CheckedModule, Path> pathOf = new HashMap<>();
    private final Map<CheckedModule, List<CheckedModule>> imports;
    private final List<Diagnostic> graphDiagnostics;
    private final List<Diagnostic> diagnostics;

    CheckedWorkspace(List<CheckedModule> modules, Map<Path, CheckedModule> byPath, Map<CheckedModule, List<CheckedModule>> imports,
            List<Diagnostic> graphDiagnostics, List<Diagnostic> workspaceRules) {
        this.modules = List.copyOf(modules);
        this.byPath = Map.copyOf(byPath);
        byPath.forEach((p, m) -> pathOf.put(m, p));
        this.imports = Map.copyOf(imports);
        this.graphDiagnostics = List.copyOf(graphDiagnostics);
        List<Diagnostic> all = new ArrayList<>(graphDiagnostics);
        all.addAll(workspaceRules);
        modules.forEach(m -> all.addAll(m.allDiagnostics()));
        this.diagnostics = Diagnostics.sorted(all);
    }

    /** Every module, dependencies first. */
    public List<CheckedModule> modules() {
        return modules;
    }

    /** The module of a file (any path that denotes it; made absolute and normalised). */
    public Optional<CheckedModule> module(Path path) {
        CheckedModule m = byPath.get(path.toAbsolutePath().normalize());
        if (m == null) {
            try {
                m = byPath.get(path.toAbsolutePath().normalize().toRealPath());
            } catch (java.io.IOException | RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(m);
    }

    /** The module whose display path (as in its diagnostics) is {@code display}. */
    public Optional<CheckedModule> moduleNamed(String display) {
        return modules.stream().filter(m -> m.path().equals(display)).findFirst();
    }

    /** The canonical path of a module of this workspace. */
    public Path pathOf(CheckedModule module) {
        return pathOf.get(module);
    }

    /** The modules a module imports by path (that could be resolved). */
    public List<CheckedModule> importsOf(CheckedModule module) {
        return imports.getOrDefault(module, List.of());
    }

    /** Files with {@code contract;}: the code generator's entries. */
    public List<CheckedModule> contracts() {
        return modules.stream().filter(CheckedModule::isContract).toList();
    }

    /** The modules a contract reaches through imports (dependencies first, the contract last). */
    public List<CheckedModule> reachableFrom(CheckedModule contract) {
        Set<CheckedModule> seen = new LinkedHashSet<>();
        collect(contract, seen);
        return modules.stream().filter(seen::contains).toList();
    }

    private void collect(CheckedModule m, Set<CheckedModule> seen) {
        if (seen.add(m)) {
            importsOf(m).forEach(d -> collect(d, seen));
        }
    }

    /** Module-graph diagnostics (bad paths, unreadable files, cycles, cross-contract imports). */
    public List<Diagnostic> graphDiagnostics() {
        return graphDiagnostics;
    }

    /** Every diagnostic of the workspace, ordered by file and position. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** The diagnostics located in one module's file. */
    public List<Diagnostic> diagnostics(CheckedModule module) {
        return diagnostics.stream().filter(d -> d.file().path().equals(module.path())).toList();
    }

    public long errorCount() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    public long warningCount() {
        return diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
    }

    public boolean hasErrors() {
        return errorCount() > 0;
    }
}
