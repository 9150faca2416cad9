package dev.starstream.studio.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.TreeSet;

/**
 * The {@code .star} files named on a command line: files as given, folders searched recursively,
 * skipping dot-folders, {@code target/} and {@code artifacts/} (LANGUAGE.md §5.1), and, when asked
 * (as {@code fmt} does, LANGUAGE.md §6.1), whatever the {@code .gitignore} files of the walked
 * folders and of their parents up to the repository's root ignore. Files named explicitly are
 * always taken. Paths stay as the user wrote them (normalised, so {@code ./a.star} shows as
 * {@code a.star}); sorted, no duplicates.
 */
final class StarFiles {
    private StarFiles() {}

    /** What a search found: the files, and the paths that do not exist. */
    record Found(List<Path> files, List<Path> missing) {}

    static Found find(List<Path> roots) {
        return find(roots, false);
    }

    static Found find(List<Path> roots, boolean honourGitIgnore) {
        TreeSet<Path> files = new TreeSet<>();
        List<Path> missing = new ArrayList<>();
        for (Path root : roots.isEmpty() ? List.of(Path.of(".")) : roots) {
            if (Files.isRegularFile(root)) {
                files.add(display(root));
            } else if (Files.isDirectory(root)) {
                walk(root, honourGitIgnore ? GitIgnores.above(root) : GitIgnores.NONE, honourGitIgnore, files);
            } else {
                missing.add(root);
            }
        }
        return new Found(List.copyOf(files), List.copyOf(missing));
    }

    private static void walk(Path root, GitIgnores above, boolean honourGitIgnore, TreeSet<Path> into) {
        Deque<GitIgnores> ignores = new ArrayDeque<>();
        ignores.push(above);
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && (skipped(dir.getFileName().toString()) || ignores.peek().ignores(dir, true))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    ignores.push(honourGitIgnore ? ignores.peek().enter(dir) : ignores.peek());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    ignores.pop();
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".star")
                            && !ignores.peek().ignores(file, false)) {
                        into.add(display(file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE; // unreadable folders are skipped, not fatal
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean skipped(String folder) {
        return folder.startsWith(".") || folder.equals("target") || folder.equals("artifacts");
    }

    private static Path display(Path path) {
        Path normal = path.normalize();
        return normal.toString().isEmpty() ? path : normal;
    }
}
