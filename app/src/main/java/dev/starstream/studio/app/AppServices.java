package dev.starstream.studio.app;

import dev.starstream.studio.app.commands.CommandRegistry;
import dev.starstream.studio.app.run.WorkspaceSession;
import dev.starstream.studio.app.concurrent.FxThread;
import dev.starstream.studio.app.concurrent.PoolTaskExecutor;
import dev.starstream.studio.app.concurrent.TaskExecutor;
import dev.starstream.studio.app.concurrent.ThreadPools;
import dev.starstream.studio.app.settings.SettingsService;
import dev.starstream.studio.app.settings.SettingsStore;
import dev.starstream.studio.editor.services.analysis.LanguageService;
import dev.starstream.studio.editor.services.analysis.Scheduler;
import dev.starstream.studio.editor.services.syntax.LexerTokenizer;
import dev.starstream.studio.editor.services.syntax.Tokenizer;
import dev.starstream.studio.editor.services.workspace.BasicWorkspace;
import dev.starstream.studio.editor.services.workspace.FileOutcome;
import dev.starstream.studio.editor.services.workspace.Workspace;
import dev.starstream.studio.editor.services.workspace.WorkspaceConfig;
import dev.starstream.studio.vm.lang.check.workspace.SourceProvider;
import dev.starstream.studio.vm.runtime.ContractCache;
import dev.starstream.studio.vm.runtime.TransactionRunner;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The composition root: every service of the application, built once, here, by constructor
 * injection. Views and view models receive what they need from it; nothing looks services up.
 *
 * <p>Highlighting uses the language's own lexer ({@code vm.lang.parser.Lexing}). The language
 * service checks on one "analysis" thread, {@link #ANALYSIS_DEBOUNCE} after typing pauses.
 */
public final class AppServices implements AutoCloseable {
    /** The pause in typing after which the workspace is checked again. */
    public static final Duration ANALYSIS_DEBOUNCE = Duration.ofMillis(50);

    private final ThreadPools pools;
    private final Executor uiExecutor;
    private final ExecutorService highlightExecutor;
    private final ExecutorService watchExecutor;
    private final ExecutorService analysisExecutor;
    private final ScheduledExecutorService analysisTimer;
    private final TaskExecutor tasks;
    private final SettingsService settings;
    private final CommandRegistry commands;
    private final Tokenizer tokenizer;
    private final WorkspaceConfig workspaceConfig;
    private final TransactionRunner runner;
    private final ExecutorService panelExecutor;

    public AppServices(Path configDirectory, Executor uiExecutor) {
        this.pools = new ThreadPools();
        this.uiExecutor = uiExecutor;
        this.highlightExecutor = pools.single("highlight");
        this.watchExecutor = pools.single("workspace-watcher");
        this.analysisExecutor = pools.single("analysis");
        this.analysisTimer = pools.scheduled("analysis-timer");
        this.tasks = new PoolTaskExecutor(pools.fixed("task", 2), uiExecutor);
        this.settings = new SettingsService(new SettingsStore(configDirectory), pools.single("settings-io"));
        this.commands = new CommandRegistry();
        this.tokenizer = new LexerTokenizer();
        this.workspaceConfig = WorkspaceConfig.defaults();
        this.runner = new TransactionRunner(new ContractCache());
        this.panelExecutor = pools.single("panels");
    }

    /** The services of the running application (results delivered on the JavaFX thread). */
    public static AppServices forApplication(Path configDirectory) {
        return new AppServices(configDirectory, FxThread.executor());
    }

    public Executor uiExecutor() {
        return uiExecutor;
    }

    public Executor highlightExecutor() {
        return highlightExecutor;
    }

    public TaskExecutor tasks() {
        return tasks;
    }

    public SettingsService settings() {
        return settings;
    }

    public CommandRegistry commands() {
        return commands;
    }

    public Tokenizer tokenizer() {
        return tokenizer;
    }

    /** The language service of a workspace folder (checks on the analysis thread). */
    public LanguageService languageService(Path root) {
        return new LanguageService(root, SourceProvider.disk(), analysisExecutor, Scheduler.of(analysisTimer), ANALYSIS_DEBOUNCE);
    }

    /** Opens a folder as a workspace, watched for changes made outside the IDE. */
    public FileOutcome<Workspace> openWorkspace(Path folder) {
        try {
            return FileOutcome.done(new BasicWorkspace(folder, workspaceConfig, watchExecutor));
        } catch (IllegalArgumentException e) {
            return FileOutcome.failed(e.getMessage());
        }
    }

    /** Reads the ledger, disassembles, lays out interleavings for the panels (one thread, in order). */
    public Executor panelExecutor() {
        return panelExecutor;
    }

    /** Runs transactions (loaded contracts are cached across runs and workspaces). */
    public TransactionRunner runner() {
        return runner;
    }

    /** Opens the run session of a workspace: its ledger (created when missing), wallet and run configurations. */
    public WorkspaceSession openSession(Path root) {
        return WorkspaceSession.open(root, runner);
    }

    @Override
    public void close() {
        settings.flush();
        pools.close();
    }
}
