package dev.starstream.studio.editor.services.analysis;

import dev.starstream.studio.vm.lang.check.workspace.SourceProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files on disk as the analysis sees them, read once and kept until the workspace says they
 * changed ({@link #invalidate}), so that an analysis after a keystroke reads nothing from disk.
 * Safe to use from several threads.
 */
public final class CachedSources implements SourceProvider {
    private final SourceProvider disk;
    private final Map<Path, Read> texts = new ConcurrentHashMap<>();
    private final Map<Path, List<Path>> listings = new ConcurrentHashMap<>();
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    private final Map<Path, Path> canonical = new ConcurrentHashMap<>();

    public CachedSources(SourceProvider disk) {
        this.disk = disk;
    }

    @Override
    public Read read(Path path) {
        return texts.computeIfAbsent(path, disk::read);
    }

    @Override
    public List<Path> starFilesUnder(Path folder) {
        return listings.computeIfAbsent(folder, disk::starFilesUnder);
    }

    @Override
    public boolean isFolder(Path path) {
        return folders.computeIfAbsent(path, disk::isFolder);
    }

    @Override
    public Path canonical(Path path) {
        return canonical.computeIfAbsent(path.toAbsolutePath().normalize(), disk::canonical);
    }

    /** Forgets what is known about {@code path} (a file or a folder) and every folder listing. */
    public void invalidate(Path path) {
        Path p = path.toAbsolutePath().normalize();
        texts.keySet().removeIf(k -> k.startsWith(p) || k.equals(canonical.get(p)));
        folders.keySet().removeIf(k -> k.startsWith(p));
        canonical.keySet().removeIf(k -> k.startsWith(p));
        listings.clear();
    }

    /** Forgets everything. */
    public void invalidateAll() {
        texts.clear();
        listings.clear();
        folders.clear();
        canonical.clear();
    }
}
