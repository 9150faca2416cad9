package dev.starstream.studio.app.cli;

import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.diag.Explanations;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code studio explain [CODE]}: the explanation page of a diagnostic code (markdown, with a minimal
 * example); with no code, every code and its title.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, description = {
    "Explain a diagnostic code: what it means, why, how to fix it, and an example.",
    "Codes are case-insensitive (e0008 works). With no code, lists every code."})
final class ExplainCommand implements Callable<Integer> {
    static final int USAGE = 2;

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "CODE", arity = "0..1", description = "A code such as E0008, W0001 or parser.")
    String code;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (code == null) {
            for (DiagnosticCode c : DiagnosticCode.values()) {
                out.printf("%-8s %s%n", c.code(), c.title());
            }
            out.flush();
            return 0;
        }
        Optional<DiagnosticCode> known = DiagnosticCode.parse(code);
        Optional<String> page = known.flatMap(Explanations::of);
        if (page.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("studio explain: unknown code `" + code + "`; run `studio explain` to list every code");
            err.flush();
            return USAGE;
        }
        out.print(page.get());
        out.flush();
        return 0;
    }
}
