package dev.starstream.studio.editor.services.edit;

import java.util.ArrayList;
import java.util.List;

/** Several commands as one: all are done, or (when one fails) the done ones are undone again. */
public final class CompositeCommand implements Command {
    private final String description;
    private final List<Command> parts;

    public CompositeCommand(String description, List<Command> parts) {
        this.description = description;
        this.parts = List.copyOf(parts);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public boolean isExecutable() {
        return !parts.isEmpty() && parts.stream().allMatch(Command::isExecutable);
    }

    @Override
    public Outcome execute() {
        return runAll(false);
    }

    @Override
    public Outcome redo() {
        return runAll(true);
    }

    private Outcome runAll(boolean redo) {
        List<Command> done = new ArrayList<>();
        for (Command part : parts) {
            Outcome outcome = redo ? part.redo() : part.execute();
            if (outcome instanceof Outcome.Failed) {
                for (Command d : done.reversed()) {
                    d.undo();
                }
                return outcome;
            }
            done.add(part);
        }
        return Outcome.DONE;
    }

    @Override
    public Outcome undo() {
        for (Command part : parts.reversed()) {
            Outcome outcome = part.undo();
            if (outcome instanceof Outcome.Failed) {
                return outcome;
            }
        }
        return Outcome.DONE;
    }
}
