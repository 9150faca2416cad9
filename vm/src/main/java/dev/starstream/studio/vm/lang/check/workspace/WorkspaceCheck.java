package dev.starstream.studio.vm.lang.check.workspace;

import java.nio.file.Path;
import java.util.List;

/** The one call behind {@code studio check [paths]}: load the paths (folders or files) and check them as one workspace. */
public final class WorkspaceCheck {
    private WorkspaceCheck() {}

    /** Checks the folders and files on disk (no paths: the current folder). */
    public static CheckedWorkspace check(List<Path> paths) {
        List<Path> roots = paths.isEmpty() ? List.of(Path.of(".")) : paths;
        return Workspace.onDisk(roots).check();
    }
}
