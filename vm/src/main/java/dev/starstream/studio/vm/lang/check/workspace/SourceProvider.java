package dev.starstream.studio.vm.lang.check.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where module texts come from: the disk, an in-memory map (unsaved editor buffers, tests), or
 * buffers over the disk. Paths are absolute and normalised; {@link #canonical} resolves symbolic
 * links where the file exists, so a module reached two ways is loaded once.
 */
public interface SourceProvider {

    /** The text of a file, or an explanation why it cannot be read. */
    sealed interface Read {
        record Text(String text) implements Read {}

        record Unreadable(String reason) implements Read {}
    }

    Read read(Path path);

    /** Every {@code .star} file under a folder (skipping dot-folders, {@code target/} and {@code artifacts/}), sorted. */
    List<Path> starFilesUnder(Path folder);

    boolean isFolder(Path path);

    /** The identity of a file: absolute, normalised, symbolic links resolved when it exists on disk. */
    default Path canonical(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        try {
            return Files.exists(abs) ? abs.toRealPath() : abs;
        } catch (IOException e) {
            return abs;
        }
    }

    /** The files on disk. */
    static SourceProvider disk() {
        return new SourceProvider() {
            @Override
            public Read read(Path path) {
                try {
                    return new Read.Text(Files.readString(path, StandardCharsets.UTF_8));
                } catch (IOException | RuntimeException e) {
                    return new Read.Unreadable(e instanceof java.nio.file.NoSuchFileException ? "no such file"
                            : e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
                }
            }

            @Override
            public List<Path> starFilesUnder(Path folder) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    return walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".star"))
                            .filter(p -> !skipped(folder, p)).map(p -> p.toAbsolutePath().normalize()).sorted().toList();
                } catch (IOException | RuntimeException e) {
                    return List.of();
                }
            }

            @Override
            public boolean isFolder(Path path) {
                return Files.isDirectory(path);
            }
        };
    }

    /** Only the given texts (keys are made absolute and normalised); nothing is read from disk. */
    static SourceProvider inMemory(Map<Path, String> files) {
        Map<Path, String> texts = new LinkedHashMap<>();
        files.forEach((k, v) -> texts.put(k.toAbsolutePath().normalize(), v));
        return new SourceProvider() {
            @Override
            public Read read(Path path) {
                String t = texts.get(path.toAbsolutePath().normalize());
                return t == null ? new Read.Unreadable("no such file") : new Read.Text(t);
            }

            @Override
            public List<Path> starFilesUnder(Path folder) {
                Path f = folder.toAbsolutePath().normalize();
                return texts.keySet().stream().filter(p -> p.startsWith(f) && p.toString().endsWith(".star") && !skipped(f, p))
                        .sorted().toList();
            }

            @Override
            public boolean isFolder(Path path) {
                Path f = path.toAbsolutePath().normalize();
                return !texts.containsKey(f) && texts.keySet().stream().anyMatch(p -> p.startsWith(f));
            }

            @Override
            public Path canonical(Path path) {
                return path.toAbsolutePath().normalize();
            }
        };
    }

    /** Unsaved buffers (absolute, normalised paths) over another provider. */
    static SourceProvider overlay(Map<Path, String> buffers, SourceProvider under) {
        return new SourceProvider() {
            @Override
            public Read read(Path path) {
                String t = buffers.get(path);
                return t != null ? new Read.Text(t) : under.read(path);
            }

            @Override
            public List<Path> starFilesUnder(Path folder) {
                java.util.TreeSet<Path> all = new java.util.TreeSet<>(under.starFilesUnder(folder));
                Path f = folder.toAbsolutePath().normalize();
                buffers.keySet().stream().filter(p -> p.startsWith(f) && p.toString().endsWith(".star") && !skipped(f, p)).forEach(all::add);
                return List.copyOf(all);
            }

            @Override
            public boolean isFolder(Path path) {
                return under.isFolder(path);
            }

            @Override
            public Path canonical(Path path) {
                return under.canonical(path);
            }
        };
    }

    /** True when a file lies in a dot-folder, {@code target/} or {@code artifacts/} below the scan root. */
    static boolean skipped(Path root, Path file) {
        Path rel = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        for (int i = 0; i < rel.getNameCount() - 1; i++) {
            String name = rel.getName(i).toString();
            if (name.startsWith(".") || name.equals("target") || name.equals("artifacts")) {
                return true;
            }
        }
        return false;
    }
}
