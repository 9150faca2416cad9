package dev.starstream.studio.app.run;

import dev.starstream.studio.vm.ledger.Intent;
import dev.starstream.studio.vm.runtime.RunMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A saved way to run a script: which {@code script fn} of which file, one Starstream literal per
 * parameter (utxo and token parameters also take {@link HandleSelector}s such as
 * {@code newest Accumulator}), the wallet keys that sign, the gas limit and whether the debug build
 * runs (statement steps: every act of the interleaving links to its source).
 *
 * @param file the contract, relative to the workspace ({@code /} separated)
 */
public record RunConfiguration(
        String name, String file, String script, List<Argument> arguments, List<String> signers, long gasLimit,
        RunMode mode) {

    /** One argument: the parameter's name and the literal (or handle selector) given for it. */
    public record Argument(String name, String value) {}

    public RunConfiguration {
        arguments = List.copyOf(arguments);
        signers = List.copyOf(signers);
    }

    /** A configuration with no arguments yet, the default gas limit, in debug mode. */
    public static RunConfiguration of(String name, String file, String script) {
        return new RunConfiguration(name, file, script, List.of(), List.of(), Intent.DEFAULT_GAS_LIMIT, RunMode.DEBUG);
    }

    public Optional<String> argument(String parameter) {
        return arguments.stream().filter(a -> a.name().equals(parameter)).map(Argument::value).findFirst();
    }

    public RunConfiguration withName(String newName) {
        return new RunConfiguration(newName, file, script, arguments, signers, gasLimit, mode);
    }

    public RunConfiguration withTarget(String newFile, String newScript) {
        return new RunConfiguration(name, newFile, newScript, arguments, signers, gasLimit, mode);
    }

    public RunConfiguration withArguments(List<Argument> newArguments) {
        return new RunConfiguration(name, file, script, newArguments, signers, gasLimit, mode);
    }

    public RunConfiguration withArgument(String parameter, String value) {
        List<Argument> next = new ArrayList<>();
        boolean replaced = false;
        for (Argument a : arguments) {
            if (a.name().equals(parameter)) {
                next.add(new Argument(parameter, value));
                replaced = true;
            } else {
                next.add(a);
            }
        }
        if (!replaced) {
            next.add(new Argument(parameter, value));
        }
        return withArguments(next);
    }

    public RunConfiguration withSigners(List<String> newSigners) {
        return new RunConfiguration(name, file, script, arguments, newSigners, gasLimit, mode);
    }

    public RunConfiguration withGasLimit(long newLimit) {
        return new RunConfiguration(name, file, script, arguments, signers, newLimit, mode);
    }

    public RunConfiguration withMode(RunMode newMode) {
        return new RunConfiguration(name, file, script, arguments, signers, gasLimit, newMode);
    }

    /** {@code score.star ▸ example}. */
    public String target() {
        return file + " ▸ " + script;
    }
}
