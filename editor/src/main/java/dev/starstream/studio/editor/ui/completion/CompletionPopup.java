package dev.starstream.studio.editor.ui.completion;

import dev.starstream.studio.editor.services.completion.CompletionItem;
import dev.starstream.studio.editor.services.completion.CompletionKind;
import dev.starstream.studio.editor.services.completion.CompletionList;
import dev.starstream.studio.editor.services.syntax.Tokenizer;
import dev.starstream.studio.editor.ui.CodeEditor;
import dev.starstream.studio.editor.ui.EditorComponent;
import dev.starstream.studio.editor.ui.markdown.MarkdownView;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.value.ChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Popup;
import org.jspecify.annotations.Nullable;
import org.reactfx.Subscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The completion popup: opened by {@link #trigger()} (Ctrl+Space) or by typing {@code .} or
 * {@code ::}; proposals come from a {@link CompletionSource} off the JavaFX thread; the list
 * filters as you type; Up/Down/Page keys select, Enter or Tab accepts, Escape closes; the selected
 * proposal's documentation shows beside the list.
 */
public final class CompletionPopup implements EditorComponent {
    private static final Logger LOG = LoggerFactory.getLogger(CompletionPopup.class);
    private static final double LIST_WIDTH = 380;

    private final CompletionSource source;
    private final Executor fxExecutor;
    private final Tokenizer tokenizer;
    private final CompletionModel model = new CompletionModel();
    private final Popup popup = new Popup();
    private final ListView<CompletionItem> list = new ListView<>(model.items());
    private final MarkdownView documentation;
    private final ScrollPane documentationPane;
    private @Nullable CodeEditor editor;
    private @Nullable Subscription typing;
    private @Nullable EventHandler<KeyEvent> keys;
    private @Nullable ChangeListener<Integer> caretListener;
    private @Nullable ChangeListener<Boolean> focusListener;
    private long request;

    public CompletionPopup(CompletionSource source, Executor fxExecutor, Tokenizer tokenizer) {
        this.source = source;
        this.fxExecutor = fxExecutor;
        this.tokenizer = tokenizer;
        this.documentation = new MarkdownView(tokenizer, 340);
        this.documentationPane = new ScrollPane(documentation);
        list.setId("completion-list");
        list.getStyleClass().add("completion-list");
        list.setCellFactory(v -> new ItemCell());
        list.setPrefWidth(LIST_WIDTH);
        list.setFocusTraversable(false);
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                acceptSelected();
            }
        });
        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> model.select(now.intValue()));
        model.selectedIndexProperty().addListener((obs, old, now) -> {
            int i = now.intValue();
            if (i >= 0 && list.getSelectionModel().getSelectedIndex() != i) {
                list.getSelectionModel().select(i);
                list.scrollTo(Math.max(0, i - 3));
            }
        });
        model.selectedProperty().addListener((obs, old, now) -> showDocumentation(now));
        documentationPane.getStyleClass().add("completion-documentation");
        documentationPane.setId("completion-documentation");
        documentationPane.setFitToWidth(true);
        documentationPane.setPrefWidth(360);
        documentationPane.setMaxHeight(260);
        documentationPane.managedProperty().bind(documentationPane.visibleProperty());
        HBox content = new HBox(list, documentationPane);
        content.getStyleClass().add("completion-popup");
        content.setId("completion-popup");
        content.getStylesheets().add(MarkdownView.STYLESHEET);
        content.setFillHeight(false);
        popup.getContent().add(content);
        popup.setAutoHide(true);
        popup.setOnAutoHide(e -> model.close());
        model.showingProperty().addListener((obs, old, now) -> {
            if (!now) {
                popup.hide();
            }
        });
        model.items().addListener((javafx.collections.ListChangeListener<CompletionItem>) c ->
                list.setPrefHeight(Math.min(10, Math.max(1, model.items().size())) * 26 + 4));
    }

    /** The popup's state (for tests and the command that triggers it). */
    public CompletionModel model() {
        return model;
    }

    public boolean isShowing() {
        return popup.isShowing() && model.isShowing();
    }

    @Override
    public void install(CodeEditor target) {
        editor = target;
        typing = target.area().plainTextChanges().subscribe(change -> {
            if (model.isShowing()) {
                refine();
            } else if (isTrigger(target.getText(), change.getPosition(), change.getInserted())) {
                trigger();
            }
        });
        keys = this::onKey;
        target.addEventFilter(KeyEvent.KEY_PRESSED, keys); // on the editor: before the text area's own filters (Enter, Tab)
        caretListener = (obs, old, now) -> {
            if (model.isShowing()) {
                refine();
            }
        };
        target.area().caretPositionProperty().addListener(caretListener);
        focusListener = (obs, old, now) -> {
            if (!now) {
                model.close();
            }
        };
        target.area().focusedProperty().addListener(focusListener);
    }

    @Override
    public void uninstall(CodeEditor target) {
        if (typing != null) {
            typing.unsubscribe();
        }
        if (keys != null) {
            target.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
        }
        if (caretListener != null) {
            target.area().caretPositionProperty().removeListener(caretListener);
        }
        if (focusListener != null) {
            target.area().focusedProperty().removeListener(focusListener);
        }
        model.close();
        editor = null;
    }

    /** Typing {@code .} or the second {@code :} of {@code ::} opens completion. */
    static boolean isTrigger(String text, int position, String inserted) {
        if (inserted.equals(".")) {
            return !(position > 0 && Character.isDigit(text.charAt(position - 1)));
        }
        return inserted.equals(":") && position > 0 && text.charAt(position - 1) == ':';
    }

    /** Asks for proposals at the caret and shows them when they arrive (if the editor has not moved on). */
    public void trigger() {
        CodeEditor target = editor;
        if (target == null) {
            return;
        }
        long id = ++request;
        String text = target.getText();
        int caret = target.area().getCaretPosition();
        source.complete(text, caret).whenCompleteAsync((proposals, error) -> {
            if (error != null) {
                LOG.warn("completion failed", error);
                return;
            }
            if (id != request || editor != target) {
                return; // a newer request was made
            }
            show(target, proposals);
        }, fxExecutor);
    }

    private void show(CodeEditor target, CompletionList proposals) {
        if (!model.show(proposals, target.getText(), target.area().getCaretPosition())) {
            return;
        }
        list.getSelectionModel().select(model.selectedIndexProperty().get());
        if (!popup.isShowing()) {
            if (target.getScene() != null) {
                popup.getScene().getStylesheets().setAll(target.getScene().getStylesheets());
            }
            Bounds at = target.area().getCharacterBoundsOnScreen(model.anchor(), model.anchor() + 1)
                    .or(() -> target.area().getCaretSelectionBind().getCaretBounds()).orElse(null);
            if (at == null || target.getScene() == null || target.getScene().getWindow() == null) {
                return;
            }
            popup.show(target.getScene().getWindow(), at.getMinX() - 26, at.getMaxY() + 2);
            if (popup.getY() < at.getMaxY()) {
                popup.setY(at.getMinY() - popup.getHeight() - 2); // no room below the line: show it above
            }
        }
    }

    private void refine() {
        CodeEditor target = editor;
        if (target != null) {
            model.refine(target.getText(), target.area().getCaretPosition());
        }
    }

    private void onKey(KeyEvent e) {
        if (!model.isShowing()) {
            return;
        }
        switch (e.getCode()) {
            case UP -> model.move(-1);
            case DOWN -> model.move(1);
            case PAGE_UP -> model.move(-8);
            case PAGE_DOWN -> model.move(8);
            case ENTER, TAB -> acceptSelected();
            case ESCAPE -> model.close();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void acceptSelected() {
        CodeEditor target = editor;
        if (target == null) {
            return;
        }
        model.accept(target.getText(), target.area().getCaretPosition()).ifPresent(target::apply);
    }

    private void showDocumentation(@Nullable CompletionItem item) {
        String doc = item == null ? null : item.documentation();
        documentationPane.setVisible(doc != null);
        if (doc != null) {
            documentation.setMarkdown(doc);
        }
    }

    /** A row: an icon for the kind, the name, and the detail (type or signature) on the right. */
    private static final class ItemCell extends ListCell<CompletionItem> {
        @Override
        protected void updateItem(@Nullable CompletionItem item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label icon = new Label(icon(item.kind()));
            icon.getStyleClass().addAll("completion-icon", "completion-icon-" + item.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            icon.setMinWidth(18);
            icon.setAlignment(Pos.CENTER);
            Label name = new Label(item.label());
            name.getStyleClass().add("completion-label");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label detail = new Label(item.detail());
            detail.getStyleClass().add("completion-detail");
            detail.setMinWidth(0);
            Region spacer = new Region();
            HBox.setHgrow(spacer, Priority.ALWAYS);
            HBox row = new HBox(8, icon, name, spacer, detail);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
        }

        private static String icon(CompletionKind kind) {
            return switch (kind) {
                case KEYWORD -> "k";
                case LOCAL -> "x";
                case PARAMETER -> "p";
                case STORAGE -> "s";
                case FIELD -> "f";
                case FUNCTION -> "ƒ";
                case METHOD -> "m";
                case CONSTRUCTOR -> "c";
                case STRUCT -> "S";
                case ENUM -> "E";
                case VARIANT -> "v";
                case TYPE -> "T";
                case UTXO -> "U";
                case TOKEN -> "◎";
                case ABI -> "I";
                case EVENT -> "!";
                case EFFECT -> "⚡";
                case RUNTIME_FUNCTION -> "r";
                case NAMESPACE -> "::";
            };
        }
    }
}
