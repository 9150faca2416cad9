package dev.starstream.studio.app.commands;

/** What running a command came to; non-silent results are shown in the status bar. */
public sealed interface CommandResult {
    /** Done; nothing to say. */
    record Done() implements CommandResult {}

    /** Done, with a message for the user ("Saved 3 files"). */
    record Info(String message) implements CommandResult {}

    /** The command does not apply now (no editor open, or its service does not exist yet). */
    record Unavailable(String reason) implements CommandResult {}

    /** It was attempted and failed. */
    record Failed(String message) implements CommandResult {}

    CommandResult DONE = new Done();

    static CommandResult info(String message) {
        return new Info(message);
    }

    static CommandResult unavailable(String reason) {
        return new Unavailable(reason);
    }

    static CommandResult failed(String message) {
        return new Failed(message);
    }
}
