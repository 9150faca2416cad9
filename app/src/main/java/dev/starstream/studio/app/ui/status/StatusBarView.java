package dev.starstream.studio.app.ui.status;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The status bar at the bottom of the window. */
public final class StatusBarView extends HBox {
    public StatusBarView(StatusBarViewModel vm, List<Node> rightItems) {
        setId("status-bar");
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(14);

        Label message = new Label();
        message.setId("status");
        message.getStyleClass().add("status-message");
        message.textProperty().bind(vm.messageProperty());
        vm.toneProperty().addListener((obs, old, now) -> {
            message.getStyleClass().removeAll("tone-warning", "tone-error");
            if (!now.equals("NORMAL")) {
                message.getStyleClass().add("tone-" + now.toLowerCase(java.util.Locale.ROOT));
            }
        });

        Label task = new Label();
        task.setId("status-task");
        task.textProperty().bind(vm.taskTitleProperty());
        ProgressBar progress = new ProgressBar();
        progress.setPrefWidth(110);
        progress.progressProperty().bind(vm.taskProgressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("status-cancel-task");
        cancel.getStyleClass().add("link-button");
        cancel.setOnAction(e -> vm.cancelTask());
        HBox taskBox = new HBox(8, task, progress, cancel);
        taskBox.setAlignment(Pos.CENTER_LEFT);
        taskBox.visibleProperty().bind(vm.taskRunningProperty());
        taskBox.managedProperty().bind(vm.taskRunningProperty());

        Label caret = new Label();
        caret.setId("status-caret");
        caret.textProperty().bind(vm.caretProperty());

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        getChildren().addAll(message, spacer, taskBox, caret);
        getChildren().addAll(rightItems);
    }

    /** A quiet label for the right side ("UTF-8", "Spaces: 4"). */
    public static Label item(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("status-item");
        return l;
    }
}
