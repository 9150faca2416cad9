package dev.starstream.studio.app;

import dev.starstream.studio.app.cli.StudioCommand;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The process entry point of Starstream Studio, for the launcher, the installers and the command line.
 *
 * <p>It is deliberately not the JavaFX {@code Application} subclass, so that the command line runs
 * without initialising the toolkit and JavaFX can be loaded from the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // JavaFX and other libraries log through java.util.logging: route it to the one backend.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        int exitCode = StudioCommand.execute(args);
        System.exit(exitCode);
    }
}
