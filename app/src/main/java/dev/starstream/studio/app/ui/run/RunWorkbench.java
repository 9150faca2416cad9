package dev.starstream.studio.app.ui.run;

import static dev.starstream.studio.app.commands.StandardCommands.BUILD;
import static dev.starstream.studio.app.commands.StandardCommands.CANCEL_RUN;
import static dev.starstream.studio.app.commands.StandardCommands.EDIT_RUN_CONFIGURATIONS;
import static dev.starstream.studio.app.commands.StandardCommands.MINE_BLOCK;
import static dev.starstream.studio.app.commands.StandardCommands.NEW_WALLET_KEY;
import static dev.starstream.studio.app.commands.StandardCommands.REFRESH_LEDGER;
import static dev.starstream.studio.app.commands.StandardCommands.RUN_SCRIPT;
import static dev.starstream.studio.app.commands.StandardCommands.TAKE_SNAPSHOT;

import dev.starstream.studio.app.commands.CommandRegistry;
import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.concurrent.BackgroundTask;
import dev.starstream.studio.app.concurrent.TaskExecutor;
import dev.starstream.studio.app.run.RunOutcome;
import dev.starstream.studio.app.run.SourceProvider;
import dev.starstream.studio.app.run.WorkspaceSession;
import dev.starstream.studio.app.settings.ThemeChoice;
import dev.starstream.studio.app.ui.DialogService;
import dev.starstream.studio.app.ui.editors.DocumentViewModel;
import dev.starstream.studio.app.ui.editors.EditorTabsViewModel;
import dev.starstream.studio.app.ui.interleaving.InterleavingView;
import dev.starstream.studio.app.ui.interleaving.InterleavingViewModel;
import dev.starstream.studio.app.ui.ledger.LedgerExplorerView;
import dev.starstream.studio.app.ui.ledger.LedgerExplorerViewModel;
import dev.starstream.studio.app.ui.wasm.WasmView;
import dev.starstream.studio.app.ui.wasm.WasmViewModel;
import dev.starstream.studio.editor.services.location.Location;
import dev.starstream.studio.editor.services.text.TextPosition;
import dev.starstream.studio.editor.services.workspace.Workspace;
import dev.starstream.studio.vm.wasm.codegen.SourceCompiler;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * The running side of the main window in one place, so the window only places its nodes: the
 * workspace session, run configurations (toolbar picker, editor dialog, Ctrl+F5), the panels that
 * show runs (Run Output, Interleaving, WebAssembly) and the Ledger explorer. It takes over the run
 * and ledger commands the workbench declared.
 */
public final class RunWorkbench implements AutoCloseable {
    /** What the workbench needs from the application and the window. */
    public record Context(
            TaskExecutor tasks,
            Executor uiExecutor,
            Executor background,
            Function<Path, WorkspaceSession> openSession,
            CommandRegistry registry,
            EditorTabsViewModel tabs,
            ObservableValue<@Nullable Workspace> workspace,
            ObservableValue<ThemeChoice> theme,
            DialogService dialogs,
            Supplier<@Nullable Window> owner,
            Function<Location, CommandResult> navigator,
            Consumer<String> showTool,
            Consumer<CommandResult> onResult) {}

    private final Context context;
    private final SessionViewModel sessions;
    private final RunConfigurationsViewModel configurations;
    private final RunOutputViewModel output;
    private final InterleavingViewModel interleaving;
    private final WasmViewModel wasm;
    private final LedgerExplorerViewModel ledger;
    private final RunOutputView outputView;
    private final InterleavingView interleavingView;
    private final WasmView wasmView;
    private final LedgerExplorerView ledgerView;
    private final RunToolbar toolbar;
    private @Nullable ObservableValue<TextPosition> caret;
    private final ChangeListener<TextPosition> caretListener;

    public RunWorkbench(Context context) {
        this.context = context;
        Executor ui = context.uiExecutor();
        this.sessions = new SessionViewModel(context.tasks(), ui, context.openSession());
        this.configurations = new RunConfigurationsViewModel(sessions, context.tasks(), ui, () -> buffers(context.tabs()));
        this.output = new RunOutputViewModel(context.navigator());
        this.interleaving = new InterleavingViewModel(context.background(), ui, context.navigator());
        this.wasm = new WasmViewModel(context.background(), ui);
        this.ledger = new LedgerExplorerViewModel(sessions, context.background(), ui, context.dialogs(), context.onResult());
        this.outputView = new RunOutputView(output, context.onResult());
        this.interleavingView = new InterleavingView(interleaving, context.theme(), context.onResult());
        this.wasmView = new WasmView(wasm);
        this.ledgerView = new LedgerExplorerView(ledger, context.onResult());
        this.toolbar = new RunToolbar(configurations);
        this.caretListener = (obs, old, now) -> followCaret(now);

        configurations.addRunListener(output::show);
        configurations.addRunListener(interleaving::show);
        configurations.addRunListener(run -> {
            if (run.outcome() instanceof RunOutcome.Ran ran) {
                wasm.show(run.configuration().file(), run.root().resolve(run.configuration().file()), ran.contract());
            }
            context.showTool().accept("run-output");
        });
        configurations.addRunListener(run -> context.onResult().accept(switch (run.summary().status()) {
            case COMMITTED -> CommandResult.info(run.configuration().name() + ": committed, " + run.summary().message());
            case FAILED -> CommandResult.failed(run.configuration().name() + ": " + run.summary().headline());
            case COMPILE_ERROR -> CommandResult.failed(run.configuration().name() + ": " + run.summary().headline());
            case REFUSED -> CommandResult.failed(run.configuration().name() + " was not run: " + run.summary().message());
        }));
        context.workspace().addListener((obs, old, now) -> sessions.open(now == null ? null : now.root()));
        sessions.open(context.workspace().getValue() == null ? null : context.workspace().getValue().root());

        CommandRegistry registry = context.registry();
        registry.rebind(RUN_SCRIPT, configurations::runSelected, () -> true);
        registry.rebind(CANCEL_RUN, () -> {
            if (!configurations.runningProperty().get()) {
                return CommandResult.unavailable("Nothing is running");
            }
            configurations.cancel();
            return CommandResult.info("Run cancelled");
        }, () -> true);
        registry.rebind(EDIT_RUN_CONFIGURATIONS, this::editConfigurations, () -> true);
        registry.rebind(BUILD, this::build, () -> true);
        registry.rebind(MINE_BLOCK, ledger::mineBlock, () -> true);
        registry.rebind(TAKE_SNAPSHOT, ledger::takeSnapshot, () -> true);
        registry.rebind(NEW_WALLET_KEY, ledger::newKey, () -> true);
        registry.rebind(REFRESH_LEDGER, () -> {
            ledger.refresh();
            return CommandResult.DONE;
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

    /** The active editor's caret, which the WebAssembly panel follows (null: no editor). */
    public void followCaret(@Nullable ObservableValue<TextPosition> editorCaret, @Nullable Path file) {
        if (caret != null) {
            caret.removeListener(caretListener);
        }
        caret = editorCaret;
        caretFile = file;
        if (editorCaret != null) {
            editorCaret.addListener(caretListener);
            followCaret(editorCaret.getValue());
        } else {
            wasm.caret(null, 0);
        }
    }

    private @Nullable Path caretFile;

    private void followCaret(@Nullable TextPosition position) {
        wasm.caret(position == null ? null : caretFile, position == null ? 0 : position.line());
    }

    /** Run ▸ Edit Run Configurations…: the editor dialog; saving writes the workspace's file. */
    public CommandResult editConfigurations() {
        WorkspaceSession session = sessions.session();
        Window owner = context.owner().get();
        if (session == null || owner == null) {
            return CommandResult.unavailable(session == null ? "No workspace is open" : "The window is not shown");
        }
        RunConfigurationEditorViewModel editor = new RunConfigurationEditorViewModel(configurations.current(),
                ConfigurationSources.of(session, buffers(context.tabs())), context.background(), context.uiExecutor());
        return RunConfigurationDialog.show(owner, editor).map(choice -> {
            CommandResult saved = configurations.save(choice.configurations());
            if (choice.run() && saved instanceof CommandResult.Done) {
                return configurations.runSelected();
            }
            return saved instanceof CommandResult.Done ? CommandResult.info("Saved the run configurations") : saved;
        }).orElse(CommandResult.DONE);
    }

    /** Run ▸ Build Contracts (Ctrl+F9): compiles the active contract and shows its WebAssembly. */
    public CommandResult build() {
        DocumentViewModel doc = context.tabs().active();
        Workspace ws = context.workspace().getValue();
        if (doc == null || !doc.path().toString().endsWith(".star")) {
            return CommandResult.unavailable("Open a .star contract to build it");
        }
        Path absolute = doc.path().toAbsolutePath().normalize();
        String file = ws != null && absolute.startsWith(ws.root()) ? ws.root().relativize(absolute).toString().replace('\\', '/')
                : absolute.getFileName().toString();
        String text = doc.text();
        context.tasks().submit(BackgroundTask.of("Building " + file, c -> new SourceCompiler().compile(file, text))
                .onSuccess(result -> {
                    switch (result) {
                        case SourceCompiler.Result.Compiled ok -> {
                            wasm.show(file, absolute, ok.contract());
                            context.onResult().accept(CommandResult.info("Built " + file));
                        }
                        case SourceCompiler.Result.Failed failed -> {
                            wasm.showFailure(file, failed.diagnostics());
                            context.onResult().accept(CommandResult.failed(file + " does not compile"));
                        }
                    }
                    context.showTool().accept("wasm");
                }));
        return CommandResult.info("Building " + file + "…");
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

    public InterleavingViewModel interleaving() {
        return interleaving;
    }

    public WasmViewModel wasm() {
        return wasm;
    }

    public LedgerExplorerViewModel ledger() {
        return ledger;
    }

    public Node outputView() {
        return outputView;
    }

    public Node interleavingView() {
        return interleavingView;
    }

    public Node wasmView() {
        return wasmView;
    }

    public LedgerExplorerView ledgerView() {
        return ledgerView;
    }

    public Node toolbar() {
        return toolbar;
    }

    @Override
    public void close() {
        sessions.close();
    }
}
