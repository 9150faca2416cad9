package dev.starstream.studio.app.ui.tools;

import dev.starstream.studio.app.commands.CommandResult;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.jspecify.annotations.Nullable;

/** The Problems panel: one row per diagnostic; double-click or Enter opens its location. */
public final class ProblemsView extends StackPane {
    public ProblemsView(ProblemsViewModel vm, Consumer<CommandResult> onResult) {
        setId("problems-panel");
        ListView<Problem> list = new ListView<>(vm.problems());
        list.setId("problems-list");
        list.getStyleClass().add("tool-list");
        list.setCellFactory(v -> new ProblemCell());
        list.setPlaceholder(new EmptyState("problems-empty", "No problems", "Errors and warnings in the workspace appear here as you type."));
        list.setOnMouseClicked(e -> {
            Problem p = list.getSelectionModel().getSelectedItem();
            if (p != null && e.getClickCount() == 2) {
                onResult.accept(vm.open(p));
            }
        });
        list.setOnKeyPressed(e -> {
            Problem p = list.getSelectionModel().getSelectedItem();
            if (p != null && e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                onResult.accept(vm.open(p));
            }
        });
        getChildren().add(list);
    }

    private static final class ProblemCell extends ListCell<Problem> {
        @Override
        protected void updateItem(@Nullable Problem p, boolean empty) {
            super.updateItem(p, empty);
            if (empty || p == null) {
                setGraphic(null);
                return;
            }
            Label severity = new Label(switch (p.severity()) {
                case ERROR -> "●";
                case WARNING -> "▲";
                case INFO -> "ℹ";
            });
            severity.getStyleClass().addAll("severity", "severity-" + p.severity().name().toLowerCase(java.util.Locale.ROOT));
            Label message = new Label(p.message());
            message.getStyleClass().add("problem-message");
            Label code = new Label(p.code());
            code.getStyleClass().add("problem-code");
            Label where = new Label(p.where());
            where.getStyleClass().add("problem-where");
            HBox row = new HBox(8, severity, message, code, where);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }
}
