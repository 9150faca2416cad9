package dev.starstream.studio.app.ui.language;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.ui.tools.EmptyState;
import dev.starstream.studio.editor.services.navigation.Reference;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.jspecify.annotations.Nullable;

/** The References panel: a title and one row per occurrence (file:line, the line with the name marked); a click opens it. */
public final class ReferencesView extends BorderPane {
    public ReferencesView(ReferencesViewModel vm, Consumer<CommandResult> onResult) {
        setId("references-panel");
        Label title = new Label();
        title.setId("references-title");
        title.getStyleClass().add("panel-title");
        title.textProperty().bind(vm.titleProperty());
        title.visibleProperty().bind(vm.titleProperty().isNotEmpty());
        title.managedProperty().bind(title.visibleProperty());
        ListView<Reference> list = new ListView<>(vm.items());
        list.setId("references-list");
        list.getStyleClass().add("tool-list");
        list.setCellFactory(v -> new ReferenceCell());
        list.setPlaceholder(new EmptyState("references-empty", "No references yet",
                "Put the caret on a name and press Shift+F12 to list where it is used."));
        list.setOnMouseClicked(e -> {
            Reference r = list.getSelectionModel().getSelectedItem();
            if (r != null && e.getClickCount() >= 1) {
                onResult.accept(vm.open(r));
            }
        });
        list.setOnKeyPressed(e -> {
            Reference r = list.getSelectionModel().getSelectedItem();
            if (r != null && e.getCode() == KeyCode.ENTER) {
                onResult.accept(vm.open(r));
            }
        });
        setTop(title);
        setCenter(list);
    }

    private static final class ReferenceCell extends ListCell<Reference> {
        @Override
        protected void updateItem(@Nullable Reference r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setGraphic(null);
                return;
            }
            Label where = new Label(r.where());
            where.getStyleClass().add("problem-where");
            where.setMinWidth(150);
            int column = r.location().position().column() - 1;
            String line = r.lineText();
            int from = Math.clamp(column, 0, line.length());
            int to = Math.clamp(column + (r.end() - r.start()), from, line.length());
            Text before = new Text(line.substring(0, from).stripLeading());
            Text name = new Text(line.substring(from, to));
            name.getStyleClass().add("reference-name");
            Text after = new Text(line.substring(to));
            before.getStyleClass().add("reference-line");
            after.getStyleClass().add("reference-line");
            TextFlow preview = new TextFlow(before, name, after);
            Label kind = new Label(r.definition() ? "definition" : "");
            kind.getStyleClass().add("problem-code");
            HBox row = new HBox(10, where, preview, kind);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
