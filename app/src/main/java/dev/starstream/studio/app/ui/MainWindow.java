package dev.starstream.studio.app.ui;

import dev.starstream.studio.app.AppServices;
import dev.starstream.studio.app.commands.CommandRegistry;
import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.commands.StandardCommands;
import dev.starstream.studio.app.settings.LayoutSettings;
import dev.starstream.studio.app.settings.Settings;
import dev.starstream.studio.app.settings.WindowBounds;
import dev.starstream.studio.app.ui.editors.EditorFactory;
import dev.starstream.studio.app.ui.editors.EditorTabsView;
import dev.starstream.studio.app.ui.editors.EditorTabsViewModel;
import dev.starstream.studio.app.ui.language.LanguageUi;
import dev.starstream.studio.app.ui.language.LanguageWorkbench;
import dev.starstream.studio.app.ui.language.ProblemItems;
import dev.starstream.studio.app.ui.palette.CommandPaletteView;
import dev.starstream.studio.app.ui.palette.CommandPaletteViewModel;
import dev.starstream.studio.app.ui.run.RunWorkbench;
import dev.starstream.studio.app.ui.status.StatusBarView;
import dev.starstream.studio.app.ui.status.StatusBarViewModel;
import dev.starstream.studio.app.ui.tools.ProblemsViewModel;
import dev.starstream.studio.app.ui.tools.ToolPanels;
import dev.starstream.studio.app.ui.workspace.FileTreeView;
import dev.starstream.studio.app.ui.workspace.FileTreeViewModel;
import dev.starstream.studio.editor.services.edit.CommandStack;
import dev.starstream.studio.editor.services.location.Location;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.jspecify.annotations.Nullable;

/**
 * The main window (the view): builds the layout, binds it to the view models, restores and
 * remembers its geometry. All behaviour lives in the view models and the command registry.
 */
public final class MainWindow {
    public static final String TITLE = MainWindowViewModel.PRODUCT;

    private final AppServices services;
    private final @Nullable Path initialWorkspace;
    private @Nullable MainWindowViewModel windowModel;
    private @Nullable EditorTabsViewModel tabsModel;
    private @Nullable FileTreeViewModel treeModel;
    private @Nullable ProblemsViewModel problemsModel;
    private @Nullable LanguageWorkbench language;
    private @Nullable LanguageUi languageUi;
    private @Nullable EditorTabsView tabsView;
    private @Nullable FileTreeView treeView;
    private @Nullable ToolPanels tools;
    private @Nullable RunWorkbench run;
    private SplitPane columns = new SplitPane();
    private SplitPane leftColumn = new SplitPane();
    private SplitPane centreColumn = new SplitPane();

    public MainWindow(AppServices services, @Nullable Path initialWorkspace) {
        this.services = services;
        this.initialWorkspace = initialWorkspace;
    }

    public MainWindowViewModel viewModel() {
        if (windowModel == null) {
            throw new IllegalStateException("the window is not shown yet");
        }
        return windowModel;
    }

    public EditorTabsViewModel tabsViewModel() {
        if (tabsModel == null) {
            throw new IllegalStateException("the window is not shown yet");
        }
        return tabsModel;
    }

    public FileTreeViewModel treeViewModel() {
        if (treeModel == null) {
            throw new IllegalStateException("the window is not shown yet");
        }
        return treeModel;
    }

    public ProblemsViewModel problemsViewModel() {
        if (problemsModel == null) {
            throw new IllegalStateException("the window is not shown yet");
        }
        return problemsModel;
    }

    public LanguageWorkbench language() {
        if (language == null) {
            throw new IllegalStateException("the window is not shown yet");
        }
        return language;
    }

    public LanguageUi languageUi() {
        if (languageUi == null) {
            throw new IllegalStateException("the window is not shown yet");
        }
        return languageUi;
    }

    /** Builds the window into {@code stage}, shows it and opens the initial workspace. */
    public void show(Stage stage) {
        CommandRegistry registry = services.commands();
        DialogService dialogs = new FxDialogService(stage);
        StatusBarViewModel status = new StatusBarViewModel(services.tasks().monitor(), services.uiExecutor());
        registry.addResultListener(status::show);

        EditorTabsViewModel tabs = new EditorTabsViewModel(dialogs, services.uiExecutor(),
                message -> status.show(message, StatusBarViewModel.Tone.NORMAL));
        FileTreeViewModel tree = new FileTreeViewModel(dialogs, services.uiExecutor(), tabs::open, new CommandStack(100));
        MainWindowViewModel window = new MainWindowViewModel(services.settings(), services::openWorkspace, tabs, tree,
                dialogs, services.uiExecutor());
        ProblemsViewModel problems = new ProblemsViewModel(this::navigate);
        CommandPaletteViewModel palette = new CommandPaletteViewModel(registry);
        this.windowModel = window;
        this.tabsModel = tabs;
        this.treeModel = tree;
        this.problemsModel = problems;

        LanguageWorkbench language = new LanguageWorkbench(services::languageService, services.uiExecutor(), tabs,
                window.workspaceProperty());
        this.language = language;
        language.latestProperty().addListener((obs, old, now) -> problems.publish(ProblemItems.of(now)));
        EditorFactory editors = new EditorFactory(services.tokenizer(), services.highlightExecutor(),
                services.uiExecutor(), window.themeProperty());
        LanguageUi languageUi = new LanguageUi(language, tabs, window, services.settings(), dialogs, stage, services.tokenizer(),
                services.uiExecutor(), this::navigate, status::show);
        this.languageUi = languageUi;
        editors.addExtension(languageUi.editorExtension());
        problems.setExplainer(languageUi::explain);
        EditorTabsView tabsView = new EditorTabsView(tabs, editors, EditorTabsView.welcome(
                welcomeAction("Open Folder…", StandardCommands.OPEN_FOLDER, "Ctrl+O"),
                welcomeAction("New File…", StandardCommands.NEW_FILE, "Ctrl+N"),
                welcomeAction("Show All Commands", StandardCommands.COMMAND_PALETTE, "Ctrl+Shift+P")));
        this.tabsView = tabsView;
        FileTreeView treeView = new FileTreeView(tree, registry);
        this.treeView = treeView;
        ToolPanels tools = new ToolPanels(problems, status::show);
        this.tools = tools;

        WorkbenchCommands.register(registry, window, tabs, tree, palette, services.settings(), new WorkbenchCommands.Views() {
            @Override
            public Optional<EditorFactory.Built> activeEditor() {
                return tabsView.activeBuilt();
            }

            @Override
            public void showPalette() {
                palette.open();
            }

            @Override
            public void focusExplorer() {
                treeView.tree().requestFocus();
            }

            @Override
            public void showToolTab(String id) {
                tools.select(id);
            }

            @Override
            public void quit() {
                stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST));
            }
        });

        RunWorkbench run = new RunWorkbench(new RunWorkbench.Context(services.tasks(), services.uiExecutor(),
                services.panelExecutor(), services::openSession, registry, tabs, window.workspaceProperty(), window.themeProperty(),
                dialogs, () -> stage, this::navigate, tools::select, status::show));
        this.run = run;
        tools.install("run-output", run.outputView(), run.output().tabTitleProperty());
        tools.install("interleaving", run.interleavingView(), null);
        tools.install("wasm", run.wasmView(), null);
        tools.installLedger(run.ledgerView());
        languageUi.connect(registry, tabsView::activeEditor, tools::select);
        tools.bottomTabs().getTabs().add(1, languageUi.referencesTab());

        MenuBar menuBar = new Menus(registry, status::show)
                .build(window.recentWorkspaces(), path -> status.show(window.openWorkspace(path)), services.settings());
        BorderPane main = new BorderPane();
        main.setId("main-window");
        main.setTop(new VBox(menuBar, toolbar(registry, status, run.toolbar())));

        leftColumn = new SplitPane(
                section("Explorer", "explorer", treeView, window),
                section("Outline", "outline", languageUi.outlineView(), null));
        leftColumn.setOrientation(Orientation.VERTICAL);
        leftColumn.setId("left-column");
        centreColumn = new SplitPane(tabsView, tools.bottomTabs());
        centreColumn.setOrientation(Orientation.VERTICAL);
        centreColumn.setId("centre-column");
        columns = new SplitPane(leftColumn, centreColumn, section("Ledger", "ledger", tools.ledger(), null));
        columns.setId("columns");
        SplitPane.setResizableWithParent(leftColumn, false);
        main.setCenter(columns);

        tabs.activeProperty().addListener((obs, old, now) -> bindCaret(status));
        main.setBottom(new StatusBarView(status, List.of(
                ProblemItems.statusItem(language, () -> registry.execute(StandardCommands.SHOW_PROBLEMS)),
                StatusBarView.item("Spaces: 4"), StatusBarView.item("UTF-8"), StatusBarView.item("Starstream"))));

        CommandPaletteView paletteView = new CommandPaletteView(palette, status::show);
        StackPane root = new StackPane(main, paletteView);
        root.getStyleClass().add("studio-root");

        Settings settings = services.settings().current();
        WindowBounds bounds = settings.window();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(bounds.width(), screen.getWidth()), Math.min(bounds.height(), screen.getHeight()));
        Theme.apply(scene, window.themeProperty().get());
        window.themeProperty().addListener((obs, old, now) -> Theme.apply(scene, now));
        stage.setScene(scene);
        stage.titleProperty().bind(window.titleProperty());
        if (bounds.hasPosition()) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.setMaximized(bounds.maximized());
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        applyLayout(settings.layout());
        stage.setOnCloseRequest(e -> {
            if (!window.requestQuit()) {
                e.consume();
                return;
            }
            remember(stage);
            run.close();
        });
        stage.show();
        applyLayout(settings.layout());

        if (initialWorkspace != null) {
            status.show(window.openWorkspace(initialWorkspace));
        }
    }

    private void bindCaret(StatusBarViewModel status) {
        status.caretProperty().unbind();
        status.caretProperty().set("");
        if (tabsView != null) {
            tabsView.activeEditor().ifPresent(editor -> status.caretProperty().bind(
                    javafx.beans.binding.Bindings.createStringBinding(() -> editor.caretProperty().get().toString(),
                            editor.caretProperty())));
        }
        if (run != null && tabsView != null && tabsModel != null) {
            var doc = tabsModel.active();
            run.followCaret(tabsView.activeEditor().map(dev.starstream.studio.editor.ui.CodeEditor::caretProperty).orElse(null),
                    doc == null ? null : doc.path());
        }
    }

    private CommandResult navigate(Location location) {
        return switch (location) {
            case Location.WorkspaceLocation w -> CommandResult.DONE;
            case Location.FileLocation f -> tabsViewModel().open(f.absolute());
            case Location.TextLocation t -> tabsViewModel().reveal(t.file().absolute(), t.position());
        };
    }

    private Node welcomeAction(String text, String commandId, String shortcut) {
        Button button = new Button(text + "    " + shortcut);
        button.getStyleClass().add("welcome-action");
        button.setId("welcome-" + commandId);
        button.setOnAction(e -> services.commands().execute(commandId));
        return button;
    }

    private ToolBar toolbar(CommandRegistry registry, StatusBarViewModel status, Node runConfigurations) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        ToolBar bar = new ToolBar(
                toolButton(registry, "Open", StandardCommands.OPEN_FOLDER),
                toolButton(registry, "Save", StandardCommands.SAVE),
                toolButton(registry, "Save All", StandardCommands.SAVE_ALL),
                new javafx.scene.control.Separator(Orientation.VERTICAL),
                toolButton(registry, "Undo", StandardCommands.UNDO),
                toolButton(registry, "Redo", StandardCommands.REDO),
                toolButton(registry, "Find", StandardCommands.FIND),
                new javafx.scene.control.Separator(Orientation.VERTICAL),
                runConfigurations,
                toolButton(registry, "▶  Run", StandardCommands.RUN_SCRIPT),
                toolButton(registry, "Build", StandardCommands.BUILD),
                spacer,
                toolButton(registry, "◐  Theme", StandardCommands.TOGGLE_THEME),
                toolButton(registry, "⌘  Commands", StandardCommands.COMMAND_PALETTE));
        bar.setId("toolbar");
        bar.getItems().stream().filter(n -> n.getId() != null && n.getId().equals("tool-" + StandardCommands.RUN_SCRIPT))
                .forEach(n -> n.getStyleClass().add("accent-button"));
        return bar;
    }

    private static Button toolButton(CommandRegistry registry, String text, String commandId) {
        Button b = new Button(text);
        b.setId("tool-" + commandId);
        b.getStyleClass().add("tool-button");
        b.setFocusTraversable(false);
        var command = registry.get(commandId);
        b.setTooltip(new Tooltip(command.title() + (command.shortcut() == null ? "" : "  (" + command.shortcutText() + ")")));
        b.setOnAction(e -> registry.execute(commandId));
        return b;
    }

    private static BorderPane section(String title, String id, Node content, @Nullable MainWindowViewModel window) {
        javafx.scene.control.Label label = new javafx.scene.control.Label(title.toUpperCase(java.util.Locale.ROOT));
        label.getStyleClass().add("section-title");
        HBox header = new HBox(label);
        header.getStyleClass().add("section-header");
        if (window != null) {
            javafx.scene.control.Label name = new javafx.scene.control.Label();
            name.getStyleClass().add("section-subtitle");
            name.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                    () -> window.workspace() == null ? "" : window.workspace().name(), window.workspaceProperty()));
            header.getChildren().add(name);
        }
        BorderPane pane = new BorderPane(content);
        pane.setTop(header);
        pane.setId(id + "-section");
        pane.getStyleClass().add("side-section");
        return pane;
    }

    private void applyLayout(LayoutSettings layout) {
        columns.setDividerPositions(layout.left(), layout.right());
        leftColumn.setDividerPositions(layout.explorer());
        centreColumn.setDividerPositions(layout.bottom());
    }

    /** Stores the window's bounds and divider positions in the settings. */
    private void remember(Stage stage) {
        double[] cols = columns.getDividerPositions();
        LayoutSettings layout = new LayoutSettings(
                cols.length > 0 ? cols[0] : Double.NaN,
                cols.length > 1 ? cols[1] : Double.NaN,
                leftColumn.getDividerPositions().length > 0 ? leftColumn.getDividerPositions()[0] : Double.NaN,
                centreColumn.getDividerPositions().length > 0 ? centreColumn.getDividerPositions()[0] : Double.NaN);
        WindowBounds bounds = stage.isMaximized()
                ? services.settings().current().window().withMaximized(true)
                : new WindowBounds(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
        services.settings().update(s -> s.withLayout(layout).withWindow(bounds));
    }

    /** The divider positions now (for tests). */
    public LayoutSettings currentLayout() {
        double[] cols = columns.getDividerPositions();
        return new LayoutSettings(cols[0], cols[1], leftColumn.getDividerPositions()[0], centreColumn.getDividerPositions()[0]);
    }

    /** Stores geometry now, as closing the window does (for tests). */
    public void rememberLayout(Stage stage) {
        remember(stage);
    }

    /** The editor of the active tab. */
    public Optional<dev.starstream.studio.editor.ui.CodeEditor> activeEditor() {
        return tabsView == null ? Optional.empty() : tabsView.activeEditor();
    }

    public @Nullable ToolPanels tools() {
        return tools;
    }

    /** The running side of the window (run configurations, run output, ledger). */
    public RunWorkbench run() {
        if (run == null) {
            throw new IllegalStateException("the window is not shown yet");
        }
        return run;
    }
}
