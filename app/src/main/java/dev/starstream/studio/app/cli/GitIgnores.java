package dev.starstream.studio.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .gitignore} files that apply inside one folder of a walk, innermost last. As in git, a
 * deeper file's rules win over a shallower one's, and within a file the last matching rule wins;
 * a path is tested relative to the folder of the file whose rules are applied. An unreadable
 * {@code .gitignore} is treated as empty (formatting a file is never blocked by it).
 */
final class GitIgnores {

    private record Scope(Path folder, GitIgnore rules) {}

    static final GitIgnores NONE = new GitIgnores(List.of());

    private final List<Scope> scopes;

    private GitIgnores(List<Scope> scopes) {
        this.scopes = List.copyOf(scopes);
    }

    /**
     * The rules of the folders above {@code root} up to the git repository that contains it (the
     * nearest folder with a {@code .git}); none when {@code root} is not inside a repository.
     */
    static GitIgnores above(Path root) {
        Path start = root.toAbsolutePath().normalize();
        List<Path> chain = new ArrayList<>();
        for (Path folder = start.getParent(); folder != null; folder = folder.getParent()) {
            chain.addFirst(folder);
            if (Files.exists(folder.resolve(".git"))) {
                GitIgnores ignores = NONE;
                for (Path each : chain) {
                    ignores = ignores.enter(each);
                }
                return ignores;
            }
        }
        return NONE;
    }

    /** These rules plus those of {@code folder}'s own {@code .gitignore}, if it has one. */
    GitIgnores enter(Path folder) {
        Path file = folder.resolve(".gitignore");
        if (!Files.isRegularFile(file)) {
            return this;
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return this;
        }
        List<Scope> more = new ArrayList<>(scopes);
        more.add(new Scope(folder.toAbsolutePath().normalize(), GitIgnore.parse(text)));
        return new GitIgnores(more);
    }

    /** Whether {@code path} (a file, or a folder when {@code folder}) is ignored. */
    boolean ignores(Path path, boolean folder) {
        Path absolute = path.toAbsolutePath().normalize();
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Scope scope = scopes.get(i);
            if (!absolute.startsWith(scope.folder())) {
                continue;
            }
            String relative = scope.folder().relativize(absolute).toString().replace('\\', '/');
            Boolean decision = scope.rules().decide(relative, folder);
            if (decision != null) {
                return decision;
            }
        }
        return false;
    }
}
