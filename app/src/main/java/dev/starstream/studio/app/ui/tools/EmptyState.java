package dev.starstream.studio.app.ui.tools;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** What a panel shows when it has nothing to show yet: a title and one line saying how to fill it. */
public final class EmptyState extends VBox {
    public EmptyState(String id, String title, String hint) {
        setId(id);
        getStyleClass().add("empty-state");
        setAlignment(Pos.CENTER);
        setSpacing(6);
        Label t = new Label(title);
        t.getStyleClass().add("empty-state-title");
        Label h = new Label(hint);
        h.getStyleClass().add("empty-state-text");
        h.setWrapText(true);
        getChildren().addAll(t, h);
    }
}
