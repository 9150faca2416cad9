package dev.starstream.studio.app.ui.run;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.concurrent.BackgroundTask;
import dev.starstream.studio.app.concurrent.TaskExecutor;
import dev.starstream.studio.app.concurrent.TaskHandle;
import dev.starstream.studio.app.run.RunConfiguration;
import dev.starstream.studio.app.run.RunConfigurationStore;
import dev.starstream.studio.app.run.RunConfigurations;
import dev.starstream.studio.app.run.RunOutcome;
import dev.starstream.studio.app.run.SourceProvider;
import dev.starstream.studio.app.run.WorkspaceSession;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workspace's run configurations (read from and saved to its {@code run-configurations.json}),
 * the one selected in the toolbar, and running it: off the JavaFX thread through the task executor
 * (progress in the status bar, cancellable), its outcome delivered to the run listeners (Run
 * Output, Interleaving, WebAssembly).
 */
public final class RunConfigurationsViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(RunConfigurationsViewModel.class);

    private final SessionViewModel sessions;
    private final TaskExecutor tasks;
    private final java.util.concurrent.Executor uiExecutor;
    private final Supplier<SourceProvider> sources;
    private final ObservableList<RunConfiguration> configurations = FXCollections.observableArrayList();
    private final ObjectProperty<@Nullable RunConfiguration> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper problems = new ReadOnlyStringWrapper(this, "problems", "");
    private final List<Consumer<RunCompleted>> listeners = new CopyOnWriteArrayList<>();
    private RunConfigurations current = RunConfigurations.EMPTY;
    private boolean loading;
    private @Nullable TaskHandle<RunCompleted> runningTask;

    /**
     * @param sources the text of sources as the user sees them, captured on the UI thread when a run
     *     starts (unsaved editor buffers first)
     */
    public RunConfigurationsViewModel(SessionViewModel sessions, TaskExecutor tasks, java.util.concurrent.Executor uiExecutor,
            Supplier<SourceProvider> sources) {
        this.sessions = sessions;
        this.tasks = tasks;
        this.uiExecutor = uiExecutor;
        this.sources = sources;
        sessions.sessionProperty().addListener((obs, old, now) -> reload());
        selected.addListener((obs, old, now) -> {
            if (!loading && now != null && !now.name().equals(current.selected())) {
                remember(now.name());
            }
        });
        reload();
    }

    public ObservableList<RunConfiguration> configurations() {
        return configurations;
    }

    public ObjectProperty<@Nullable RunConfiguration> selectedProperty() {
        return selected;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What was wrong with the configurations file, or empty. */
    public ReadOnlyStringProperty problemsProperty() {
        return problems.getReadOnlyProperty();
    }

    public RunConfigurations current() {
        return current;
    }

    public void addRunListener(Consumer<RunCompleted> listener) {
        listeners.add(listener);
    }

    /** Reads the configurations file of the current session again. */
    public void reload() {
        WorkspaceSession session = sessions.session();
        if (session == null) {
            show(RunConfigurations.EMPTY);
            problems.set("");
            return;
        }
        RunConfigurationStore.Loaded loaded = session.store().load();
        problems.set(String.join("\n", loaded.problems()));
        show(loaded.configurations());
    }

    private void show(RunConfigurations next) {
        loading = true;
        try {
            current = next;
            configurations.setAll(next.configurations());
            selected.set(next.selectedConfiguration().orElse(null));
        } finally {
            loading = false;
        }
    }

    /** Saves {@code next} as the workspace's configurations and shows it. */
    public CommandResult save(RunConfigurations next) {
        show(next);
        return persist(next);
    }

    /** The toolbar's pick is this user's state: kept beside the shared file, which stays as it is. */
    private void remember(String name) {
        current = current.withSelected(name);
        WorkspaceSession session = sessions.session();
        if (session != null) {
            try {
                session.store().saveSelection(name);
            } catch (IOException e) {
                LOG.warn("cannot remember the selected run configuration in {}", session.store().file().getParent(), e);
            }
        }
    }

    private CommandResult persist(RunConfigurations next) {
        current = next;
        WorkspaceSession session = sessions.session();
        if (session == null) {
            return CommandResult.unavailable("No workspace is open");
        }
        try {
            session.store().save(next);
            if (next.selected() != null) {
                session.store().saveSelection(next.selected());
            }
            return CommandResult.DONE;
        } catch (IOException e) {
            LOG.warn("cannot save {}", session.store().file(), e);
            return CommandResult.failed("Cannot save the run configurations: " + e.getMessage());
        }
    }

    /** Runs the selected configuration (Ctrl+F5). */
    public CommandResult runSelected() {
        RunConfiguration configuration = selected.get();
        if (configuration == null) {
            return CommandResult.unavailable(sessions.session() == null ? "No workspace is open"
                    : "No run configuration: create one with Run ▸ Edit Run Configurations…");
        }
        return run(configuration);
    }

    public CommandResult run(RunConfiguration configuration) {
        WorkspaceSession session = sessions.session();
        if (session == null) {
            String why = sessions.problemProperty().get();
            return CommandResult.unavailable(why.isEmpty() ? "The workspace's ledger is not open yet" : why);
        }
        if (running.get()) {
            return CommandResult.unavailable("A run is in progress (cancel it in the status bar)");
        }
        SourceProvider snapshot = sources.get();
        running.set(true);
        runningTask = tasks.submit(BackgroundTask.of("Running " + configuration.name(), context -> {
                    context.progress(-1, "Compiling " + configuration.file());
                    RunOutcome outcome = session.run(configuration, snapshot, () -> {
                        context.checkCancelled();
                        context.progress(-1, "Running " + configuration.script());
                    });
                    return new RunCompleted(configuration, outcome, RunSummaries.of(configuration, outcome, session.root()),
                            session.root());
                })
                .onSuccess(done -> {
                    running.set(false);
                    listeners.forEach(l -> l.accept(done));
                })
                .onFailure(failure -> running.set(false)));
        // A cancelled task reports neither success nor failure: clear the flag when it ends that way.
        runningTask.result().whenComplete((value, failure) -> {
            if (failure instanceof java.util.concurrent.CancellationException) {
                uiExecutor.execute(() -> running.set(false));
            }
        });
        return CommandResult.info("Running " + configuration.name() + "…");
    }

    /** Cancels the run in progress, if any. */
    public void cancel() {
        TaskHandle<RunCompleted> task = runningTask;
        if (task != null) {
            task.cancel();
        }
    }
}
