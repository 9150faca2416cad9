package dev.starstream.studio.editor.services.edit;

/** Whether a command step worked, and if not why (one line, for the user). */
public sealed interface Outcome {
    record Done() implements Outcome {}

    record Failed(String message) implements Outcome {}

    Outcome DONE = new Done();

    static Outcome failed(String message) {
        return new Failed(message);
    }

    default boolean isDone() {
        return this instanceof Done;
    }
}
