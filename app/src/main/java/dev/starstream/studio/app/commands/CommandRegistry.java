package dev.starstream.studio.app.commands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every command of the IDE with its current handler. Commands are declared once (menus,
 * shortcuts and the palette are built from here); a handler can be replaced later, which is how
 * services that arrive later (the language service, the runtime) take over commands that until
 * then answer "not available". Listeners hear the result of every command run.
 */
public final class CommandRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(CommandRegistry.class);

    private record Entry(IdeCommand command, CommandHandler handler, BooleanSupplier enabled) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private final List<Consumer<CommandResult>> resultListeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();

    public void register(IdeCommand command, CommandHandler handler) {
        register(command, handler, () -> true);
    }

    /** Declares {@code command}; it runs {@code handler} when {@code enabled} says it may. */
    public void register(IdeCommand command, CommandHandler handler, BooleanSupplier enabled) {
        if (entries.containsKey(command.id())) {
            throw new IllegalArgumentException("command already registered: " + command.id());
        }
        entries.put(command.id(), new Entry(command, handler, enabled));
        changeListeners.forEach(Runnable::run);
    }

    /** Declares a command whose service does not exist yet: running it explains that. */
    public void registerUnavailable(IdeCommand command, String reason) {
        register(command, () -> CommandResult.unavailable(reason));
    }

    /** Gives an existing command a new handler (e.g. the language service arrived). */
    public void rebind(String id, CommandHandler handler, BooleanSupplier enabled) {
        Entry old = entries.get(id);
        if (old == null) {
            throw new IllegalArgumentException("no such command: " + id);
        }
        entries.put(id, new Entry(old.command(), handler, enabled));
        changeListeners.forEach(Runnable::run);
    }

    public Optional<IdeCommand> find(String id) {
        return Optional.ofNullable(entries.get(id)).map(Entry::command);
    }

    public IdeCommand get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no such command: " + id));
    }

    /** Every command, in registration order. */
    public List<IdeCommand> all() {
        return new ArrayList<>(entries.values().stream().map(Entry::command).toList());
    }

    public boolean isEnabled(String id) {
        Entry e = entries.get(id);
        return e != null && e.enabled().getAsBoolean();
    }

    /** Runs the command and tells the result listeners what came of it. */
    public CommandResult execute(String id) {
        Entry e = entries.get(id);
        CommandResult result;
        if (e == null) {
            result = CommandResult.failed("Unknown command " + id);
        } else if (!e.enabled().getAsBoolean()) {
            result = CommandResult.unavailable(e.command().title() + " is not available now");
        } else {
            result = e.handler().run();
        }
        LOG.debug("{} -> {}", id, result);
        CommandResult told = result;
        resultListeners.forEach(l -> l.accept(told));
        return result;
    }

    public void addResultListener(Consumer<CommandResult> listener) {
        resultListeners.add(listener);
    }

    public void removeResultListener(Consumer<CommandResult> listener) {
        resultListeners.remove(listener);
    }

    public void addChangeListener(Runnable listener) {
        changeListeners.add(listener);
    }

    public void removeChangeListener(Runnable listener) {
        changeListeners.remove(listener);
    }
}
