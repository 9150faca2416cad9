package dev.starstream.studio.app.commands;

/** Runs a command (on the JavaFX thread; long work is handed to the task executor). */
@FunctionalInterface
public interface CommandHandler {
    CommandResult run();
}
