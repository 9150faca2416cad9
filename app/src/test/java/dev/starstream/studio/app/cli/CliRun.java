package dev.starstream.studio.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of the command line with captured output, as a test sees it. */
record CliRun(int exitCode, String out, String err) {

    static CliRun of(String... args) {
        return of(new Terminal(false), args);
    }

    static CliRun of(Terminal terminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = StudioCommand.commandLine(terminal);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
