package dev.starstream.studio.app.ui.palette;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.commands.IdeCommand;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.jspecify.annotations.Nullable;

/**
 * The command palette, drawn over the top of the window: a query field and the matching commands
 * with their shortcuts. Escape or a click outside closes it.
 */
public final class CommandPaletteView extends StackPane {
    private static final double ROW_HEIGHT = 30;
    private static final int MAX_ROWS = 12;

    private final CommandPaletteViewModel vm;
    private final TextField field = new TextField();
    private final ListView<IdeCommand> list = new ListView<>();

    public CommandPaletteView(CommandPaletteViewModel vm, Consumer<CommandResult> onResult) {
        this.vm = vm;
        setId("command-palette-layer");
        getStyleClass().add("palette-layer");
        visibleProperty().bind(vm.visibleProperty());
        setAlignment(Pos.TOP_CENTER);
        setOnMouseClicked(e -> {
            if (e.getTarget() == this) {
                vm.close();
            }
        });

        field.setId("command-palette-query");
        field.setPromptText("Type a command");
        field.textProperty().bindBidirectional(vm.queryProperty());
        list.setId("command-palette-list");
        list.setItems(vm.items());
        list.setCellFactory(v -> new CommandCell());
        list.setFixedCellSize(ROW_HEIGHT);
        list.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> Math.min(MAX_ROWS, Math.max(1, vm.items().size())) * ROW_HEIGHT + 4, vm.items()));
        list.setFocusTraversable(false);
        Label empty = new Label("No matching commands");
        empty.getStyleClass().add("empty-state-text");
        list.setPlaceholder(empty);
        vm.selectedIndexProperty().addListener((obs, old, now) -> showSelection());
        vm.items().addListener((javafx.collections.ListChangeListener<IdeCommand>) c -> showSelection());
        list.setOnMouseClicked(e -> {
            int index = list.getSelectionModel().getSelectedIndex();
            if (index >= 0) {
                vm.selectedIndexProperty().set(index);
                onResult.accept(vm.runSelected());
            }
        });

        VBox box = new VBox(field, list);
        box.setId("command-palette");
        box.getStyleClass().add("palette");
        box.setMaxWidth(620);
        box.setMaxHeight(Region.USE_PREF_SIZE);
        getChildren().add(box);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case ESCAPE -> vm.close();
                case DOWN -> vm.moveSelection(1);
                case UP -> vm.moveSelection(-1);
                case ENTER -> onResult.accept(vm.runSelected());
                default -> {
                    return;
                }
            }
            e.consume();
        });
        vm.visibleProperty().addListener((obs, old, shown) -> {
            if (shown) {
                field.requestFocus();
            }
        });
    }

    private void showSelection() {
        int index = vm.selectedIndexProperty().get();
        list.getSelectionModel().select(index);
        if (index >= 0) {
            list.scrollTo(Math.max(0, index - MAX_ROWS / 2));
        }
    }

    /** A command: its label with matched letters in bold, and its shortcut on the right. */
    private final class CommandCell extends ListCell<IdeCommand> {
        @Override
        protected void updateItem(@Nullable IdeCommand command, boolean empty) {
            super.updateItem(command, empty);
            if (empty || command == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            String label = command.label();
            List<Integer> bold = vm.highlights(command);
            TextFlow flow = new TextFlow();
            for (int k = 0; k < label.length(); k++) {
                Text t = new Text(String.valueOf(label.charAt(k)));
                t.getStyleClass().add(bold.contains(k) ? "palette-match" : "palette-text");
                flow.getChildren().add(t);
            }
            Label shortcut = new Label(command.shortcutText());
            shortcut.getStyleClass().add("palette-shortcut");
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(8, flow, spacer, shortcut);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
            setId("palette-item-" + command.id());
        }
    }

    /** Focuses the query field. */
    public void focusQuery() {
        field.requestFocus();
        if (field.getText() != null) {
            field.positionCaret(field.getText().length());
        }
    }
}
