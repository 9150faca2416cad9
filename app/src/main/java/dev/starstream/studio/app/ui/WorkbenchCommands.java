package dev.starstream.studio.app.ui;

import static dev.starstream.studio.app.commands.StandardCommands.*;

import dev.starstream.studio.app.commands.CommandRegistry;
import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.commands.IdeCommand;
import dev.starstream.studio.app.settings.SettingsService;
import dev.starstream.studio.app.settings.ThemeChoice;
import dev.starstream.studio.app.ui.editors.EditorFactory;
import dev.starstream.studio.app.ui.editors.EditorTabsViewModel;
import dev.starstream.studio.app.ui.palette.CommandPaletteViewModel;
import dev.starstream.studio.app.ui.workspace.FileTreeViewModel;
import dev.starstream.studio.editor.ui.CodeEditor;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Declares every command of the workbench and binds it to the view models and views. Commands
 * whose service does not exist yet are declared too, and say so when run; the language service
 * and the runtime take them over with {@link CommandRegistry#rebind}.
 */
public final class WorkbenchCommands {
    static final String LANGUAGE_MISSING = " needs the Starstream language service, which is not connected yet";
    static final String RUNTIME_MISSING = " needs the Starstream runtime, which is not connected yet";

    /** What the commands need from the window's views. */
    public interface Views {
        Optional<EditorFactory.Built> activeEditor();

        void showPalette();

        void focusExplorer();

        void showToolTab(String id);

        void quit();
    }

    private WorkbenchCommands() {}

    public static void register(
            CommandRegistry registry,
            MainWindowViewModel window,
            EditorTabsViewModel tabs,
            FileTreeViewModel tree,
            CommandPaletteViewModel palette,
            SettingsService settings,
            Views views) {
        register(registry, OPEN_FOLDER, "Open Folder…", "File", "Shortcut+O", window::chooseWorkspace);
        register(registry, NEW_FILE, "New File…", "File", "Shortcut+N", tree::newFile);
        register(registry, NEW_FOLDER, "New Folder…", "File", null, tree::newFolder);
        register(registry, SAVE, "Save", "File", "Shortcut+S", tabs::saveActive);
        register(registry, SAVE_ALL, "Save All", "File", "Shortcut+Shift+S", tabs::saveAll);
        register(registry, CLOSE_TAB, "Close Editor", "File", "Shortcut+W", tabs::closeActive);
        register(registry, RENAME_ENTRY, "Rename File or Folder…", "File", null, tree::rename);
        register(registry, DELETE_ENTRY, "Delete File or Folder", "File", null, tree::delete);
        register(registry, UNDO_FILE_OPERATION, "Undo File Operation", "File", "Shortcut+Alt+Z", tree::undo);
        register(registry, REDO_FILE_OPERATION, "Redo File Operation", "File", "Shortcut+Alt+Shift+Z", tree::redo);
        register(registry, QUIT, "Quit", "File", "Shortcut+Q", () -> {
            views.quit();
            return CommandResult.DONE;
        });

        register(registry, UNDO, "Undo", "Edit", "Shortcut+Z", () -> withEditor(views, e -> e.area().undo()));
        register(registry, REDO, "Redo", "Edit", "Shortcut+Y", () -> withEditor(views, e -> e.area().redo()));
        register(registry, FIND, "Find", "Edit", "Shortcut+F", () -> withFind(views, false));
        register(registry, REPLACE, "Replace", "Edit", "Shortcut+H", () -> withFind(views, true));
        register(registry, TOGGLE_COMMENT, "Toggle Line Comment", "Edit", "Shortcut+Slash",
                () -> withEditor(views, CodeEditor::toggleLineComment));
        register(registry, TOGGLE_FORMAT_ON_SAVE, "Toggle Format on Save", "Edit", null, () -> {
            boolean on = settings.update(s -> s.withFormatOnSave(!s.formatOnSave())).formatOnSave();
            return CommandResult.info("Format on save " + (on ? "on" : "off")
                    + (on ? " (formatting starts once the language service is connected)" : ""));
        });

        register(registry, COMMAND_PALETTE, "Show All Commands", "View", "Shortcut+Shift+P", () -> {
            views.showPalette();
            return CommandResult.DONE;
        });
        register(registry, TOGGLE_THEME, "Toggle Light/Dark Theme", "View", null, () -> {
            window.toggleTheme();
            return CommandResult.DONE;
        });
        register(registry, LIGHT_THEME, "Light Theme", "View", null, () -> theme(window, ThemeChoice.LIGHT));
        register(registry, DARK_THEME, "Dark Theme", "View", null, () -> theme(window, ThemeChoice.DARK));
        register(registry, FOCUS_EXPLORER, "Focus Explorer", "View", "Shortcut+Shift+E", () -> {
            views.focusExplorer();
            return CommandResult.DONE;
        });
        register(registry, FOCUS_EDITOR, "Focus Editor", "View", null, () -> withEditor(views, e -> e.area().requestFocus()));
        register(registry, SHOW_PROBLEMS, "Problems", "View", "Shortcut+Shift+M", () -> tool(views, "problems"));
        register(registry, SHOW_RUN_OUTPUT, "Run Output", "View", null, () -> tool(views, "run-output"));
        register(registry, SHOW_INTERLEAVING, "Interleaving", "View", null, () -> tool(views, "interleaving"));
        register(registry, SHOW_WASM, "WebAssembly", "View", null, () -> tool(views, "wasm"));
        register(registry, NEXT_TAB, "Next Editor", "View", "Shortcut+Page_Down", () -> {
            tabs.activateNext(1);
            return CommandResult.DONE;
        });
        register(registry, PREVIOUS_TAB, "Previous Editor", "View", "Shortcut+Page_Up", () -> {
            tabs.activateNext(-1);
            return CommandResult.DONE;
        });

        unavailable(registry, GO_TO_DEFINITION, "Go to Definition", "F12");
        unavailable(registry, FIND_REFERENCES, "Find References", "Shift+F12");
        unavailable(registry, RENAME_SYMBOL, "Rename Symbol", "F2");
        unavailable(registry, COMPLETE, "Trigger Completion", "Shortcut+Space");
        unavailable(registry, FORMAT_DOCUMENT, "Format Document", "Shortcut+Shift+F");
        unavailable(registry, CHECK_WORKSPACE, "Check Workspace", null);

        registry.registerUnavailable(new IdeCommand(RUN_SCRIPT, "Run Script…", "Run", "Shortcut+F5"), "Running a script" + RUNTIME_MISSING);
        registry.registerUnavailable(new IdeCommand(BUILD, "Build Contracts", "Run", "Shortcut+F9"), "Building contracts" + RUNTIME_MISSING);
        registry.registerUnavailable(new IdeCommand(CANCEL_RUN, "Cancel Run", "Run", "Shortcut+F2"), "Nothing is running");
        registry.registerUnavailable(new IdeCommand(EDIT_RUN_CONFIGURATIONS, "Edit Run Configurations…", "Run", null),
                "Run configurations" + RUNTIME_MISSING);
        registry.registerUnavailable(new IdeCommand(MINE_BLOCK, "Mine Block", "Ledger", null), "Mining" + RUNTIME_MISSING);
        registry.registerUnavailable(new IdeCommand(TAKE_SNAPSHOT, "Take Ledger Snapshot…", "Ledger", null),
                "Snapshots" + RUNTIME_MISSING);
        registry.registerUnavailable(new IdeCommand(NEW_WALLET_KEY, "New Wallet Key…", "Ledger", null), "Wallet keys" + RUNTIME_MISSING);
        registry.registerUnavailable(new IdeCommand(REFRESH_LEDGER, "Refresh Ledger", "Ledger", null), "The ledger" + RUNTIME_MISSING);

        register(registry, ABOUT, "About Starstream Studio", "Help", null,
                () -> CommandResult.info("Starstream Studio " + dev.starstream.studio.app.cli.StudioVersion.current()));
    }

    private static void register(CommandRegistry registry, String id, String title, String category,
            @Nullable String shortcut, dev.starstream.studio.app.commands.CommandHandler handler) {
        registry.register(new IdeCommand(id, title, category, shortcut), handler);
    }

    private static void unavailable(CommandRegistry registry, String id, String title, @Nullable String shortcut) {
        registry.registerUnavailable(new IdeCommand(id, title, "Code", shortcut), title + LANGUAGE_MISSING);
    }

    private static CommandResult theme(MainWindowViewModel window, ThemeChoice theme) {
        window.themeProperty().set(theme);
        return CommandResult.DONE;
    }

    private static CommandResult tool(Views views, String id) {
        views.showToolTab(id);
        return CommandResult.DONE;
    }

    private static CommandResult withEditor(Views views, java.util.function.Consumer<CodeEditor> action) {
        Optional<EditorFactory.Built> built = views.activeEditor();
        if (built.isEmpty()) {
            return CommandResult.unavailable("No file is open");
        }
        action.accept(built.get().editor());
        return CommandResult.DONE;
    }

    private static CommandResult withFind(Views views, boolean replace) {
        Optional<EditorFactory.Built> built = views.activeEditor();
        if (built.isEmpty()) {
            return CommandResult.unavailable("No file is open");
        }
        built.get().find().open(replace);
        return CommandResult.DONE;
    }
}
