package dev.starstream.studio.editor.services.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The undo and redo history of structural edits. A failed execute leaves the history as it was;
 * a failed undo or redo drops that command (its effects can no longer be reversed reliably).
 * Listeners are told after every change; {@link #revision()} counts the changes.
 */
public final class CommandStack {
    private final int limit;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private long revision;

    public CommandStack(int limit) {
        this.limit = limit;
    }

    public Outcome execute(Command command) {
        if (!command.isExecutable()) {
            return Outcome.failed(command.description() + " cannot be done now");
        }
        Outcome outcome = command.execute();
        if (outcome.isDone()) {
            undo.push(command);
            while (undo.size() > limit) {
                undo.removeLast();
            }
            redo.clear();
            changed();
        }
        return outcome;
    }

    public Outcome undo() {
        Command command = undo.poll();
        if (command == null) {
            return Outcome.failed("Nothing to undo");
        }
        Outcome outcome = command.undo();
        if (outcome.isDone()) {
            redo.push(command);
        }
        changed();
        return outcome;
    }

    public Outcome redo() {
        Command command = redo.poll();
        if (command == null) {
            return Outcome.failed("Nothing to redo");
        }
        Outcome outcome = command.redo();
        if (outcome.isDone()) {
            undo.push(command);
        }
        changed();
        return outcome;
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Command::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Command::description);
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** Forgets the history (e.g. when another workspace is opened). */
    public void clear() {
        undo.clear();
        redo.clear();
        changed();
    }

    public long revision() {
        return revision;
    }

    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        revision++;
        listeners.forEach(Runnable::run);
    }
}
