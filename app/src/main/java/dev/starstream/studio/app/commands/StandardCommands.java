package dev.starstream.studio.app.commands;

/**
 * The ids of the IDE's commands. Services take over a command by {@link CommandRegistry#rebind
 * rebinding} its id; the language service owns the {@code language.*} ones.
 */
public final class StandardCommands {
    public static final String OPEN_FOLDER = "file.openFolder";
    public static final String NEW_FILE = "file.newFile";
    public static final String NEW_FOLDER = "file.newFolder";
    public static final String SAVE = "file.save";
    public static final String SAVE_ALL = "file.saveAll";
    public static final String CLOSE_TAB = "file.closeTab";
    public static final String RENAME_ENTRY = "file.rename";
    public static final String DELETE_ENTRY = "file.delete";
    public static final String UNDO_FILE_OPERATION = "file.undoOperation";
    public static final String REDO_FILE_OPERATION = "file.redoOperation";
    public static final String QUIT = "file.quit";

    public static final String UNDO = "edit.undo";
    public static final String REDO = "edit.redo";
    public static final String FIND = "edit.find";
    public static final String REPLACE = "edit.replace";
    public static final String TOGGLE_COMMENT = "edit.toggleComment";
    public static final String TOGGLE_FORMAT_ON_SAVE = "edit.formatOnSave";

    public static final String COMMAND_PALETTE = "view.commandPalette";
    public static final String TOGGLE_THEME = "view.toggleTheme";
    public static final String LIGHT_THEME = "view.lightTheme";
    public static final String DARK_THEME = "view.darkTheme";
    public static final String FOCUS_EXPLORER = "view.focusExplorer";
    public static final String FOCUS_EDITOR = "view.focusEditor";
    public static final String SHOW_PROBLEMS = "view.problems";
    public static final String SHOW_RUN_OUTPUT = "view.runOutput";
    public static final String SHOW_INTERLEAVING = "view.interleaving";
    public static final String SHOW_WASM = "view.wasm";
    public static final String NEXT_TAB = "view.nextTab";
    public static final String PREVIOUS_TAB = "view.previousTab";

    public static final String GO_TO_DEFINITION = "language.goToDefinition";
    public static final String FIND_REFERENCES = "language.findReferences";
    public static final String RENAME_SYMBOL = "language.renameSymbol";
    public static final String COMPLETE = "language.complete";
    public static final String FORMAT_DOCUMENT = "language.formatDocument";
    public static final String CHECK_WORKSPACE = "language.check";

    public static final String RUN_SCRIPT = "run.script";
    public static final String BUILD = "run.build";
    public static final String CANCEL_RUN = "run.cancel";
    public static final String EDIT_RUN_CONFIGURATIONS = "run.editConfigurations";
    public static final String MINE_BLOCK = "ledger.mine";
    public static final String TAKE_SNAPSHOT = "ledger.snapshot";
    public static final String NEW_WALLET_KEY = "ledger.newKey";
    public static final String REFRESH_LEDGER = "ledger.refresh";

    public static final String ABOUT = "help.about";

    private StandardCommands() {}
}
