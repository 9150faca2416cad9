package dev.starstream.studio.app.ui.language;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableNumberValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** The problem counts in the status bar: errors and warnings of the workspace; a click shows the Problems panel. */
final class ProblemCountsView extends Button {
    ProblemCountsView(ObservableNumberValue errors, ObservableNumberValue warnings, Runnable showProblems) {
        setId("status-problems");
        getStyleClass().addAll("status-item", "status-problems");
        setFocusTraversable(false);
        Label errorLabel = new Label();
        errorLabel.setId("status-errors");
        errorLabel.getStyleClass().add("status-errors");
        errorLabel.textProperty().bind(Bindings.createStringBinding(() -> "✖ " + errors.longValue(), errors));
        Label warningLabel = new Label();
        warningLabel.setId("status-warnings");
        warningLabel.getStyleClass().add("status-warnings");
        warningLabel.textProperty().bind(Bindings.createStringBinding(() -> "▲ " + warnings.longValue(), warnings));
        errors.addListener((obs, old, now) -> mark(errorLabel, now.longValue()));
        warnings.addListener((obs, old, now) -> mark(warningLabel, now.longValue()));
        setGraphic(new HBox(8, errorLabel, warningLabel));
        getStylesheets().add(LanguageUi.STYLESHEET);
        setTooltip(new Tooltip("Problems in the workspace (Ctrl+Shift+M)"));
        setOnAction(e -> showProblems.run());
    }

    private static void mark(Label label, long count) {
        label.getStyleClass().remove("has-problems");
        if (count > 0) {
            label.getStyleClass().add("has-problems");
        }
    }
}
