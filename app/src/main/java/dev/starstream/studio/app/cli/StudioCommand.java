package dev.starstream.studio.app.cli;

import dev.starstream.studio.app.ui.GuiLauncher;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code studio}: with no subcommand it opens the IDE; subcommands drive the same engine from a
 * terminal.
 */
@Command(
        name = "studio",
        mixinStandardHelpOptions = true,
        versionProvider = StudioVersion.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Starstream Studio: the IDE, debugger, simulated ledger and prover for Starstream.",
            "",
            "With no command, opens the IDE (on the bundled sample workspace unless a folder is given).",
        },
        footerHeading = "%nLauncher commands:%n",
        footer = {
            "  ./studio test    build and run every test (what CI runs)",
            "",
            "Run './studio <command> --help' for a command's options.",
        },
        subcommands = {CommandLine.HelpCommand.class, CheckCommand.class, FmtCommand.class, ExplainCommand.class,
            BuildCommand.class, RunCommand.class, LedgerCommand.class})
public final class StudioCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(
            names = "--smoke",
            description = "Open the main window, wait until it is shown, then exit 0 (installers and CI).")
    boolean smoke;

    @Parameters(
            arity = "0..1",
            paramLabel = "WORKSPACE",
            description = "Folder to open as the workspace.")
    Path workspace;

    @Override
    public Integer call() {
        return GuiLauncher.launch(new GuiLauncher.Options(workspace, smoke), spec.commandLine().getErr());
    }

    /** Runs the command line and returns the process exit code; never throws. */
    public static int execute(String... args) {
        return commandLine(Terminal.fromEnvironment()).execute(args);
    }

    /** The whole command line, its commands printing for {@code terminal} (tests capture its output). */
    static CommandLine commandLine(Terminal terminal) {
        CommandLine commandLine = new CommandLine(new StudioCommand(), new CliFactory(terminal));
        commandLine.setExpandAtFiles(false); // `@walletKey` is an argument, never an argument file
        commandLine.setExecutionExceptionHandler(new UserFacingErrors());
        return commandLine;
    }
}
