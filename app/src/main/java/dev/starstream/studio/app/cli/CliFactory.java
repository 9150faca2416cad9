package dev.starstream.studio.app.cli;

import picocli.CommandLine;

/**
 * Makes the command objects picocli needs, handing the ones that print diagnostics or diffs the
 * {@link Terminal} they print for (constructor injection); everything else picocli makes itself.
 */
final class CliFactory implements CommandLine.IFactory {
    private final Terminal terminal;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CliFactory(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        if (type == CheckCommand.class) {
            return type.cast(new CheckCommand(terminal));
        }
        if (type == FmtCommand.class) {
            return type.cast(new FmtCommand(terminal));
        }
        return fallback.create(type);
    }
}
