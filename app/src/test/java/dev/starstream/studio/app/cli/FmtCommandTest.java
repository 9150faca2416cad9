package dev.starstream.studio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code studio fmt}: rewrites in place, checks without writing, leaves broken files alone. */
class FmtCommandTest {
    private static final String MESSY = "fn f(){let x=1; // keep me\n}\n";
    private static final String CANONICAL = "fn f() {\n    let x = 1; // keep me\n}\n";

    @TempDir Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    @Test
    void rewritesEveryStarFileOfAFolderInPlace() throws IOException {
        Path a = write("a.star", MESSY);
        Path b = write("sub/b.star", CANONICAL);
        Path skipped = write("target/c.star", MESSY);
        Path hidden = write(".git/d.star", MESSY);
        Path other = write("notes.txt", MESSY);

        CliRun run = CliRun.of("fmt", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("formatted 1 file(s)\n");
        assertThat(Files.readString(a)).isEqualTo(CANONICAL);
        assertThat(Files.readString(b)).isEqualTo(CANONICAL);
        assertThat(Files.readString(skipped)).isEqualTo(MESSY);
        assertThat(Files.readString(hidden)).isEqualTo(MESSY);
        assertThat(Files.readString(other)).isEqualTo(MESSY);
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).doesNotContain("a.star.tmp").noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void foldersAreWalkedHonouringGitIgnoreFilesButNamedFilesAreAlwaysFormatted() throws IOException {
        Files.createDirectories(dir.resolve(".git"));
        write(".gitignore", "generated/\n*.gen.star\n");
        write("sub/.gitignore", "vendored.star\n!keep.gen.star\n");
        Path formatted = write("sub/a.star", MESSY);
        Path kept = write("sub/keep.gen.star", MESSY);
        Path generated = write("generated/g.star", MESSY);
        Path pattern = write("x.gen.star", MESSY);
        Path vendored = write("sub/vendored.star", MESSY);

        CliRun walked = CliRun.of("fmt", dir.resolve("sub").toString());

        assertThat(walked.exitCode()).isZero();
        assertThat(walked.out()).isEqualTo("formatted 2 file(s)\n");
        assertThat(Files.readString(formatted)).isEqualTo(CANONICAL);
        assertThat(Files.readString(kept)).as("re-included by the deeper .gitignore").isEqualTo(CANONICAL);
        assertThat(Files.readString(generated)).isEqualTo(MESSY);
        assertThat(Files.readString(pattern)).isEqualTo(MESSY);
        assertThat(Files.readString(vendored)).isEqualTo(MESSY);

        CliRun named = CliRun.of("fmt", vendored.toString());

        assertThat(named.exitCode()).isZero();
        assertThat(Files.readString(vendored)).isEqualTo(CANONICAL);
    }

    @Test
    void checkPrintsAUnifiedDiffChangesNothingAndFails() throws IOException {
        Path a = write("a.star", MESSY);
        write("b.star", CANONICAL);

        CliRun run = CliRun.of("fmt", "--check", a.toString(), dir.resolve("b.star").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("""
                --- %1$s (original)
                +++ %1$s (formatted)
                @@ -1,2 +1,3 @@
                -fn f(){let x=1; // keep me
                +fn f() {
                +    let x = 1; // keep me
                 }
                1 file(s) would be reformatted
                """.formatted(a));
        assertThat(Files.readString(a)).isEqualTo(MESSY);
    }

    @Test
    void checkPassesQuietlyWhenEverythingIsFormatted() throws IOException {
        write("a.star", CANONICAL);

        CliRun run = CliRun.of("fmt", "-c", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void reportsAndSkipsFilesWithSyntaxErrors() throws IOException {
        Path broken = write("broken.star", "fn f() { let x = ; }\n");
        Path fine = write("fine.star", MESSY);

        CliRun run = CliRun.of("fmt", dir.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error[parser]: expected an expression, found `;`", "--> " + broken + ":1:18",
                "studio fmt: `" + broken + "` has syntax errors and was not formatted");
        assertThat(Files.readString(broken)).isEqualTo("fn f() { let x = ; }\n");
        assertThat(Files.readString(fine)).isEqualTo(CANONICAL);
    }

    @Test
    void keepsTheFilePermissionsAndWritesThroughSymbolicLinks() throws IOException {
        Path real = write("real.star", MESSY);
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rwxr-x---"));
        Path link = Files.createSymbolicLink(dir.resolve("link.star"), real);

        CliRun run = CliRun.of("fmt", link.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo(CANONICAL);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rwxr-x---");
    }

    @Test
    void refusesFilesThatAreNotUtf8AndLeavesThemAlone() throws IOException {
        Path latin1 = dir.resolve("latin1.star");
        Files.write(latin1, "fn f() { } // caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        CliRun run = CliRun.of("fmt", latin1.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("studio fmt: cannot read `" + latin1 + "`: it is not UTF-8 text\n");
    }

    @Test
    void saysSoWhenThereIsNothingToFormat() throws IOException {
        CliRun run = CliRun.of("fmt", dir.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("no `.star` files found under `" + dir + "`\n");
    }

    @Test
    void failsForAPathThatDoesNotExist() {
        CliRun run = CliRun.of("fmt", dir.resolve("nope").toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("studio fmt: `" + dir.resolve("nope") + "` does not exist\n");
    }
}
