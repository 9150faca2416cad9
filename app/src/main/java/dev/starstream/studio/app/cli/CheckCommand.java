package dev.starstream.studio.app.cli;

import dev.starstream.studio.vm.lang.check.workspace.CheckedWorkspace;
import dev.starstream.studio.vm.lang.check.workspace.WorkspaceCheck;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.diag.HumanRenderer;
import dev.starstream.studio.vm.lang.diag.JsonRenderer;
import java.io.PrintWriter;
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
 * {@code studio check [paths] [--json] [-D]}: checks folders and files as one workspace
 * (LANGUAGE.md §5.1) and prints every diagnostic. Exit 1 on errors (or on warnings with
 * {@code -D}), else 0.
 */
@Command(name = "check", mixinStandardHelpOptions = true, description = {
    "Check Starstream files: syntax, names, types, privacy, effects and the module graph.",
    "Folders are searched for .star files (dot-folders, target/ and artifacts/ are skipped);",
    "files reached through path imports are checked too. No path means the current folder."})
final class CheckCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Folders or .star files (default: the current folder).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--json", description = "Print one JSON object {\"diagnostics\": […]} (RUNTIME A.11) instead of text.")
    boolean json;

    @Option(names = {"-D", "--deny-warnings", "--warnings-as-errors"}, description = "Fail (exit 1) on warnings too.")
    boolean denyWarnings;

    private final Terminal terminal;

    /** For picocli when the command line is built without a {@link CliFactory}. */
    CheckCommand() {
        this(Terminal.fromEnvironment());
    }

    CheckCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        CheckedWorkspace ws = WorkspaceCheck.check(paths);
        List<Diagnostic> diagnostics = ws.diagnostics();
        boolean failed = ws.errorCount() > 0 || (denyWarnings && ws.warningCount() > 0);
        if (json) {
            out.print(JsonRenderer.render(diagnostics));
            out.flush();
            return failed ? 1 : 0;
        }
        if (ws.modules().isEmpty() && ws.graphDiagnostics().isEmpty()) {
            String where = paths.isEmpty() ? "." : String.join("`, `", paths.stream().map(Path::toString).toList());
            out.println("no `.star` files found under `" + where + "`");
            out.flush();
            return 0;
        }
        HumanRenderer renderer = new HumanRenderer(terminal.color());
        for (Diagnostic d : diagnostics) {
            out.println(renderer.render(d));
        }
        if (!diagnostics.isEmpty()) {
            out.println("Summary: " + ws.contracts().size() + " contract(s), " + ws.modules().size() + " module(s), "
                    + renderer.summary(diagnostics));
            diagnostics.stream().map(Diagnostic::code).filter(DiagnosticCode::isNumbered).findFirst().ifPresent(code ->
                    out.println("For more information about a code, try `studio explain " + code.code() + "`."));
        }
        out.flush();
        return failed ? 1 : 0;
    }
}
