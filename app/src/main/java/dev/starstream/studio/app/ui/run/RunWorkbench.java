package dev.starstream.studio.app.ui.run;

import static dev.starstream.studio.app.commands.StandardCommands.CANCEL_RUN;
import static dev.starstream.studio.app.commands.StandardCommands.RUN_SCRIPT;

import dev.starstream.studio.app.commands.CommandRegistry;
import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.concurrent.TaskExecutor;
import dev.starstream.studio.app.run.SourceProvider;
import dev.starstream.studio.app.run.WorkspaceSession;
import dev.starstream.studio.app.ui.editors.DocumentViewModel;
import dev.starstream.studio.app.ui.editors.EditorTabsViewModel;
import dev.starstream.studio.editor.services.location.Location;
import dev.starstream.studio.editor.services.workspace.Workspace;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.jspecify.annotations.Nullable;

/**
 * The running side of the main window in one place, so the window only places its nodes: the
 * workspace session, run configurations (toolbar picker, Ctrl+F5), and the panels that show runs.
 * It takes over the run commands the workbench declared.
 */
public final class RunWorkbench implements AutoCloseable {
    private final SessionViewModel sessions;
    private final RunConfigurationsViewModel configurations;
    private final RunOutputViewModel output;
    private final RunOutputView outputView;
    private final RunToolbar toolbar;

    /**
     * @param openSession opens a workspace's session (on a background thread)
     * @param navigator opens a location in the editor
     * @param showTool shows a bottom tool tab by id ({@code run-output}, {@code interleaving}, {@code wasm})
     */
    public RunWorkbench(
            TaskExecutor tasks,
            Executor uiExecutor,
            Function<Path, WorkspaceSession> openSession,
            CommandRegistry registry,
            EditorTabsViewModel tabs,
            ObservableValue<@Nullable Workspace> workspace,
            Function<Location, CommandResult> navigator,
            Consumer<String> showTool,
            Consumer<CommandResult> onResult) {
        this.sessions = new SessionViewModel(tasks, uiExecutor, openSession);
        this.configurations = new RunConfigurationsViewModel(sessions, tasks, uiExecutor, () -> buffers(tabs));
        this.output = new RunOutputViewModel(navigator);
        this.outputView = new RunOutputView(output, onResult);
        this.toolbar = new RunToolbar(configurations);

        configurations.addRunListener(output::show);
        configurations.addRunListener(run -> showTool.accept("run-output"));
        workspace.addListener((obs, old, now) -> sessions.open(now == null ? null : now.root()));
        sessions.open(workspace.getValue() == null ? null : workspace.getValue().root());

        registry.rebind(RUN_SCRIPT, configurations::runSelected, () -> true);
        registry.rebind(CANCEL_RUN, () -> {
            if (!configurations.runningProperty().get()) {
                return CommandResult.unavailable("Nothing is running");
            }
            configurations.cancel();
            return CommandResult.info("Run cancelled");
        }, () -> true);
    }

    /** The open editors' texts (unsaved changes included), captured now, then the files on disk. */
    private static SourceProvider buffers(EditorTabsViewModel tabs) {
        Map<Path, String> open = new HashMap<>();
        for (DocumentViewModel doc : tabs.documents()) {
            open.put(doc.path().toAbsolutePath().normalize(), doc.text());
        }
        SourceProvider editors = file -> Optional.ofNullable(open.get(file.toAbsolutePath().normalize()));
        return editors.orElse(SourceProvider.disk());
    }

    public SessionViewModel sessions() {
        return sessions;
    }

    public RunConfigurationsViewModel configurations() {
        return configurations;
    }

    public RunOutputViewModel output() {
        return output;
    }

    public Node outputView() {
        return outputView;
    }

    public Node toolbar() {
        return toolbar;
    }

    @Override
    public void close() {
        sessions.close();
    }
}
