package dev.starstream.studio.app.cli;

import dev.starstream.studio.vm.format.FormatResult;
import dev.starstream.studio.vm.format.Formatter;
import dev.starstream.studio.vm.lang.diag.HumanRenderer;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code studio fmt [--check] [paths…]}: rewrites {@code .star} files in the canonical form
 * (LANGUAGE.md §4), atomically; with {@code --check} changes nothing, prints a unified diff per
 * file that is not canonical and fails. Files with syntax errors are reported and skipped.
 */
@Command(name = "fmt", aliases = "format", mixinStandardHelpOptions = true, description = {
    "Format Starstream files in the canonical style, keeping every comment.",
    "Folders are searched for .star files, skipping dot-folders, target/,",
    "artifacts/ and what .gitignore files ignore; files named are always taken;",
    "no path means the current folder. A file with syntax errors is",
    "reported and left alone (exit 1). With --check nothing is written, and any",
    "file that is not formatted fails (exit 1)."})
final class FmtCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = {"-c", "--check"}, description = "Change nothing; print a diff for each file that is not formatted and fail.")
    boolean check;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Folders or files (default: the current folder).")
    List<Path> paths = new ArrayList<>();

    private final Terminal terminal;

    /** For picocli when the command line is built without a {@link CliFactory}. */
    FmtCommand() {
        this(Terminal.fromEnvironment());
    }

    FmtCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        StarFiles.Found found = StarFiles.find(paths, true);
        int failures = 0;
        for (Path missing : found.missing()) {
            err.println("studio fmt: `" + missing + "` does not exist");
            failures++;
        }
        if (found.files().isEmpty() && found.missing().isEmpty()) {
            out.println("no `.star` files found under `" + (paths.isEmpty() ? "." : joined(paths)) + "`");
        }
        HumanRenderer renderer = new HumanRenderer(terminal.color());
        int reformatted = 0;
        for (Path file : found.files()) {
            String text;
            try {
                text = SourceFiles.read(file);
            } catch (CharacterCodingException e) {
                err.println("studio fmt: cannot read `" + file + "`: it is not UTF-8 text");
                failures++;
                continue;
            } catch (IOException e) {
                err.println("studio fmt: cannot read `" + file + "`: " + e.getMessage());
                failures++;
                continue;
            }
            switch (Formatter.format(new SourceFile(file.toString(), text))) {
                case FormatResult.Formatted f when !f.changed() -> { }
                case FormatResult.Formatted f -> {
                    reformatted++;
                    if (check) {
                        out.print(UnifiedDiff.of(file.toString(), text, f.text(), terminal));
                    } else if (!write(file, f.text(), err)) {
                        failures++;
                    }
                }
                case FormatResult.SyntaxErrors e -> {
                    err.print(renderer.render(e.diagnostics()));
                    err.println("studio fmt: `" + file + "` has syntax errors and was not formatted");
                    failures++;
                }
                case FormatResult.Refused r -> {
                    err.println("studio fmt: internal error: `" + file + "` was not formatted: " + r.reason());
                    failures++;
                }
            }
        }
        if (check && reformatted > 0) {
            out.println(reformatted + " file(s) would be reformatted");
        } else if (!check && reformatted > 0) {
            out.println("formatted " + reformatted + " file(s)");
        }
        out.flush();
        err.flush();
        return failures > 0 || (check && reformatted > 0) ? 1 : 0;
    }

    private static boolean write(Path file, String text, PrintWriter err) {
        try {
            SourceFiles.replaceAtomically(file, text);
            return true;
        } catch (IOException e) {
            err.println("studio fmt: cannot write `" + file + "`: " + e.getMessage() + " (the file is unchanged)");
            return false;
        }
    }

    private static String joined(List<Path> paths) {
        return String.join("`, `", paths.stream().map(Path::toString).toList());
    }
}
