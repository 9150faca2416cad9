package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Definition;

/**
 * How the checker reaches the module behind a path import ({@code "./lib.star"}). The workspace
 * answers from its module graph (the target is checked before the importer); single-file mode
 * answers {@link Skipped} (W0002).
 */
@FunctionalInterface
public interface ImportResolver {

    /** What a path import leads to. */
    sealed interface Target {
        /** The already checked module. */
        record Module(CheckedModule module) implements Target {}

        /** Single-file mode: path imports are ignored (W0002). */
        record Skipped() implements Target {}

        /** The import is broken; the module graph reported why. Names it promised stay quiet. */
        record Failed() implements Target {}
    }

    Target resolve(Definition.ImportSource.Path source);

    /** Single-file mode: every path import is skipped with W0002. */
    static ImportResolver singleFile() {
        return source -> new Target.Skipped();
    }
}
