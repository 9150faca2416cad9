package dev.starstream.studio.editor.ui;

import dev.starstream.studio.editor.services.text.LineComments;
import dev.starstream.studio.editor.services.text.TextEdit;
import dev.starstream.studio.editor.services.text.TextPosition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.jspecify.annotations.Nullable;

/**
 * The Starstream code editor: a {@link CodeArea} in a scroll pane, a slot for a bar above it (find
 * and replace), a composable gutter, and the {@link EditorComponent}s installed on it.
 *
 * <p>Every change of the text increments {@link #versionProperty()}; results computed off the
 * JavaFX thread carry the version they were computed for and are dropped when it is stale.
 */
public final class CodeEditor extends BorderPane {
    public static final String STYLESHEET =
            CodeEditor.class.getResource("code-editor.css").toExternalForm();

    private final CodeArea area = new CodeArea();
    private final List<EditorComponent> components = new ArrayList<>();
    private final List<IntFunction<Node>> gutter = new ArrayList<>();
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");
    private final ReadOnlyObjectWrapper<TextPosition> caret =
            new ReadOnlyObjectWrapper<>(this, "caret", new TextPosition(1, 1));
    private final ObjectProperty<@Nullable LexedText> lexed = new SimpleObjectProperty<>(this, "lexed");

    public CodeEditor() {
        getStyleClass().add("code-editor");
        getStylesheets().add(STYLESHEET);
        area.getStyleClass().add("starstream-code");
        setCenter(new VirtualizedScrollPane<>(area));
        area.plainTextChanges().subscribe(change -> version.set(version.get() + 1));
        area.caretPositionProperty().addListener((obs, old, now) -> updateCaret());
        area.textProperty().addListener((obs, old, now) -> updateCaret());
    }

    public CodeArea area() {
        return area;
    }

    /** Replaces the whole text (e.g. a file was loaded); the caret goes to the start, history is cleared. */
    public void replaceAllText(String text) {
        area.replaceText(text);
        area.moveTo(0);
        area.getUndoManager().forgetHistory();
        area.showParagraphAtTop(0);
    }

    public String getText() {
        return area.getText();
    }

    public ReadOnlyLongProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public long version() {
        return version.get();
    }

    /** Where the caret is, 1-based. */
    public ReadOnlyObjectProperty<TextPosition> caretProperty() {
        return caret.getReadOnlyProperty();
    }

    /** The latest tokens published by the highlighting component (may lag behind the text). */
    public ObjectProperty<@Nullable LexedText> lexedProperty() {
        return lexed;
    }

    /** The tokens of the current text, or null when the latest lexing is stale. */
    public @Nullable LexedText currentLexedText() {
        LexedText l = lexed.get();
        return l != null && l.version() == version.get() ? l : null;
    }

    public void install(EditorComponent component) {
        components.add(component);
        component.install(this);
    }

    public void uninstall(EditorComponent component) {
        if (components.remove(component)) {
            component.uninstall(this);
        }
    }

    public List<EditorComponent> components() {
        return List.copyOf(components);
    }

    /** Adds a column to the gutter (left of the text); columns appear in the order added. */
    public void addGutterColumn(IntFunction<Node> column) {
        gutter.add(column);
        refreshGutter();
    }

    public void removeGutterColumn(IntFunction<Node> column) {
        gutter.remove(column);
        refreshGutter();
    }

    private void refreshGutter() {
        List<IntFunction<Node>> columns = List.copyOf(gutter);
        if (columns.isEmpty()) {
            area.setParagraphGraphicFactory(null);
            return;
        }
        area.setParagraphGraphicFactory(line -> {
            HBox box = new HBox();
            box.getStyleClass().add("gutter");
            box.setAlignment(Pos.CENTER_LEFT);
            for (IntFunction<Node> column : columns) {
                box.getChildren().add(column.apply(line));
            }
            return box;
        });
    }

    /** Shows {@code bar} above the text (null hides it). */
    public void setTopBar(@Nullable Node bar) {
        setTop(bar);
    }

    /** Applies an edit as one undoable step and sets the selection it asks for. */
    public void apply(TextEdit edit) {
        if (!edit.replacement().equals(area.getText(edit.start(), edit.end()))) {
            area.replaceText(edit.start(), edit.end(), edit.replacement());
        }
        area.selectRange(edit.anchorAfter(), edit.caretAfter());
        area.requestFollowCaret();
    }

    /** Ctrl+/: comments or uncomments the selected lines. */
    public void toggleLineComment() {
        apply(LineComments.toggle(area.getText(), area.getSelection().getStart(), area.getSelection().getEnd()));
    }

    /** Moves the caret to {@code position} and scrolls it into view. */
    public void goTo(TextPosition position) {
        int offset = position.offsetIn(area.getText());
        area.moveTo(offset);
        area.requestFollowCaret();
        area.requestFocus();
    }

    private void updateCaret() {
        int paragraph = area.getCurrentParagraph();
        int column = area.getCaretColumn();
        caret.set(new TextPosition(paragraph + 1, column + 1));
    }
}
