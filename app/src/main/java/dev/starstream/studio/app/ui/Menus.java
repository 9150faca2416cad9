package dev.starstream.studio.app.ui;

import static dev.starstream.studio.app.commands.StandardCommands.*;

import dev.starstream.studio.app.commands.CommandRegistry;
import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.commands.IdeCommand;
import dev.starstream.studio.app.settings.SettingsService;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/** The menu bar, built from the command registry (so menus, shortcuts and the palette agree). */
final class Menus {
    private static final String SEPARATOR = "-";

    private final CommandRegistry registry;
    private final Consumer<CommandResult> onResult;

    Menus(CommandRegistry registry, Consumer<CommandResult> onResult) {
        this.registry = registry;
        this.onResult = onResult;
    }

    MenuBar build(ObservableList<String> recent, Consumer<Path> openRecent, SettingsService settings) {
        Menu recentMenu = new Menu("Open Recent");
        recentMenu.setId("menu-recent");
        Runnable fillRecent = () -> {
            recentMenu.getItems().clear();
            for (String folder : recent) {
                MenuItem item = new MenuItem(folder);
                item.setMnemonicParsing(false);
                item.setOnAction(e -> openRecent.accept(Path.of(folder)));
                recentMenu.getItems().add(item);
            }
            recentMenu.setDisable(recent.isEmpty());
        };
        fillRecent.run();
        recent.addListener((ListChangeListener<String>) c -> fillRecent.run());

        Menu file = menu("File", List.of(OPEN_FOLDER));
        file.getItems().add(recentMenu);
        file.getItems().addAll(items(List.of(SEPARATOR, NEW_FILE, NEW_FOLDER, SEPARATOR, SAVE, SAVE_ALL, CLOSE_TAB,
                SEPARATOR, UNDO_FILE_OPERATION, REDO_FILE_OPERATION, SEPARATOR, QUIT)));

        Menu edit = menu("Edit", List.of(UNDO, REDO, SEPARATOR, FIND, REPLACE, SEPARATOR, TOGGLE_COMMENT, SEPARATOR));
        CheckMenuItem formatOnSave = new CheckMenuItem("Format on Save");
        formatOnSave.setId("menu-" + TOGGLE_FORMAT_ON_SAVE);
        formatOnSave.setSelected(settings.current().formatOnSave());
        settings.addSettingsListener(s -> dev.starstream.studio.app.concurrent.FxThread.run(() -> formatOnSave.setSelected(s.formatOnSave())));
        formatOnSave.setOnAction(e -> onResult.accept(registry.execute(TOGGLE_FORMAT_ON_SAVE)));
        edit.getItems().add(formatOnSave);

        Menu view = menu("View", List.of(COMMAND_PALETTE, SEPARATOR, FOCUS_EXPLORER, FOCUS_EDITOR, SEPARATOR,
                SHOW_PROBLEMS, SHOW_RUN_OUTPUT, SHOW_INTERLEAVING, SHOW_WASM, SEPARATOR, NEXT_TAB, PREVIOUS_TAB,
                SEPARATOR, LIGHT_THEME, DARK_THEME, TOGGLE_THEME));
        Menu code = menu("Code", List.of(GO_TO_DEFINITION, FIND_REFERENCES, RENAME_SYMBOL, COMPLETE, SEPARATOR,
                FORMAT_DOCUMENT, CHECK_WORKSPACE));
        Menu run = menu("Run", List.of(RUN_SCRIPT, CANCEL_RUN, EDIT_RUN_CONFIGURATIONS, SEPARATOR, BUILD, SEPARATOR,
                MINE_BLOCK, TAKE_SNAPSHOT, NEW_WALLET_KEY, REFRESH_LEDGER));
        Menu help = menu("Help", List.of(ABOUT));
        MenuBar bar = new MenuBar(file, edit, view, code, run, help);
        bar.setId("menu-bar");
        return bar;
    }

    private Menu menu(String title, List<String> ids) {
        Menu menu = new Menu(title);
        menu.setId("menu-" + title.toLowerCase(java.util.Locale.ROOT));
        menu.getItems().addAll(items(ids));
        return menu;
    }

    private List<MenuItem> items(List<String> ids) {
        return ids.stream().map(id -> id.equals(SEPARATOR) ? new SeparatorMenuItem() : item(registry.get(id))).toList();
    }

    private MenuItem item(IdeCommand command) {
        MenuItem item = new MenuItem(command.title());
        item.setId("menu-" + command.id());
        if (command.shortcut() != null) {
            item.setAccelerator(KeyCombination.valueOf(command.shortcut()));
        }
        item.setOnAction(e -> onResult.accept(registry.execute(command.id())));
        return item;
    }
}
