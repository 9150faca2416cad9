package dev.starstream.studio.editor.services.analysis;

import dev.starstream.studio.vm.lang.check.workspace.SourceProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** In-memory files that a test can change between analyses (a disk without a disk). */
public final class LiveSources implements SourceProvider {
    private final Map<Path, String> files;

    public LiveSources(Map<Path, String> files) {
        this.files = files;
    }

    @Override
    public Read read(Path path) {
        String text = files.get(path.toAbsolutePath().normalize());
        return text == null ? new Read.Unreadable("no such file") : new Read.Text(text);
    }

    @Override
    public List<Path> starFilesUnder(Path folder) {
        Path f = folder.toAbsolutePath().normalize();
        return files.keySet().stream().filter(p -> p.startsWith(f) && p.toString().endsWith(".star")).sorted().toList();
    }

    @Override
    public boolean isFolder(Path path) {
        Path f = path.toAbsolutePath().normalize();
        return !files.containsKey(f) && files.keySet().stream().anyMatch(p -> p.startsWith(f));
    }

    @Override
    public Path canonical(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
