package dev.starstream.studio.editor.ui.find;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The find and replace bar shown above the text: binds to a {@link FindReplaceViewModel}. */
public final class FindReplaceBar extends VBox {
    private final TextField queryField = new TextField();
    private final TextField replaceField = new TextField();

    public FindReplaceBar(FindReplaceViewModel vm, Runnable onClose) {
        getStyleClass().add("find-bar");
        setId("find-bar");

        queryField.setId("find-query");
        queryField.setPromptText("Find");
        queryField.textProperty().bindBidirectional(vm.queryProperty());
        HBox.setHgrow(queryField, Priority.ALWAYS);
        queryField.setMaxWidth(360);

        ToggleButton matchCase = toggle("Aa", "Match case", "find-match-case");
        matchCase.selectedProperty().bindBidirectional(vm.matchCaseProperty());
        ToggleButton wholeWord = toggle("W", "Whole word", "find-whole-word");
        wholeWord.selectedProperty().bindBidirectional(vm.wholeWordProperty());
        ToggleButton regex = toggle(".*", "Regular expression", "find-regex");
        regex.selectedProperty().bindBidirectional(vm.regexProperty());

        Label status = new Label();
        status.setId("find-status");
        status.getStyleClass().add("find-status");
        status.textProperty().bind(vm.statusProperty());
        status.setMinWidth(Region.USE_PREF_SIZE);

        Button previous = button("↑", "Previous match (Shift+Enter)", "find-previous");
        previous.setOnAction(e -> vm.findPrevious());
        Button next = button("↓", "Next match (Enter)", "find-next");
        next.setOnAction(e -> vm.findNext());
        Button close = button("✕", "Close (Escape)", "find-close");
        close.setOnAction(e -> onClose.run());

        HBox findRow = new HBox(6, queryField, matchCase, wholeWord, regex, status, spacer(), previous, next, close);
        findRow.setAlignment(Pos.CENTER_LEFT);
        findRow.getStyleClass().add("find-row");

        replaceField.setId("find-replacement");
        replaceField.setPromptText("Replace");
        replaceField.textProperty().bindBidirectional(vm.replacementProperty());
        replaceField.setMaxWidth(360);
        HBox.setHgrow(replaceField, Priority.ALWAYS);
        Button replace = button("Replace", "Replace this match", "find-replace-one");
        replace.setOnAction(e -> vm.replaceCurrent());
        Button replaceAll = button("Replace All", "Replace every match", "find-replace-all");
        replaceAll.setOnAction(e -> vm.replaceAll());
        HBox replaceRow = new HBox(6, replaceField, replace, replaceAll);
        replaceRow.setAlignment(Pos.CENTER_LEFT);
        replaceRow.getStyleClass().add("find-row");
        replaceRow.visibleProperty().bind(vm.replaceVisibleProperty());
        replaceRow.managedProperty().bind(vm.replaceVisibleProperty());

        getChildren().addAll(findRow, replaceRow);

        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                onClose.run();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.getTarget() == queryField) {
                if (e.isShiftDown()) {
                    vm.findPrevious();
                } else {
                    vm.findNext();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && e.getTarget() == replaceField) {
                vm.replaceCurrent();
                e.consume();
            }
        });
    }

    /** Puts the keyboard focus in the query (or replacement) field with its text selected. */
    public void focusQuery(boolean replacement) {
        TextField field = replacement ? replaceField : queryField;
        field.requestFocus();
        field.selectAll();
    }

    private static ToggleButton toggle(String text, String tip, String id) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("find-toggle");
        b.setFocusTraversable(false);
        return b;
    }

    private static Button button(String text, String tip, String id) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.getStyleClass().add("find-button");
        return b;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.SOMETIMES);
        return r;
    }
}
