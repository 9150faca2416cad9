package dev.starstream.studio.editor.ui;

import dev.starstream.studio.editor.services.text.LineComments;
import dev.starstream.studio.editor.services.text.StyledRange;
import dev.starstream.studio.editor.services.text.TextChange;
import dev.starstream.studio.editor.services.text.TextEdit;
import dev.starstream.studio.editor.services.text.TextPosition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.reactfx.EventSource;
import org.reactfx.EventStream;

/**
 * The Starstream code editor: a {@link CodeArea} in a scroll pane, a slot for a bar above it (find
 * and replace), a composable gutter, and the {@link EditorComponent}s installed on it.
 *
 * <p>Every change of the text increments {@link #versionProperty()}; results computed off the
 * JavaFX thread carry the version they were computed for and are dropped when it is stale.
 *
 * <p>Decoration layers ({@link #setLayer}: semantic colours, squiggles) are style ranges for one
 * version of the text. Syntax highlighting paints them over the lexical colours; until a layer is
 * replaced, its ranges are carried over the edits made since (ranges an edit touched are dropped),
 * so decorations never sit on the wrong characters.
 */
public final class CodeEditor extends BorderPane {
    public static final String STYLESHEET =
            CodeEditor.class.getResource("code-editor.css").toExternalForm();

    private final CodeArea area = new CodeArea();
    /** Behind the text (which is transparent): the current-line band and other backdrops. */
    private final javafx.scene.layout.Pane backdrop = new javafx.scene.layout.Pane();
    private final List<EditorComponent> components = new ArrayList<>();
    private final List<IntFunction<Node>> gutter = new ArrayList<>();
    private final ReadOnlyLongWrapper version = new ReadOnlyLongWrapper(this, "version");
    private final ReadOnlyObjectWrapper<TextPosition> caret =
            new ReadOnlyObjectWrapper<>(this, "caret", new TextPosition(1, 1));
    private final ObjectProperty<@Nullable LexedText> lexed = new SimpleObjectProperty<>(this, "lexed");
    /** Recent edits, each with the version it produced (oldest first); enough to carry layers forward. */
    private final Deque<VersionedChange> changes = new ArrayDeque<>();
    private final Map<String, Layer> layers = new LinkedHashMap<>();
    private final EventSource<Void> restyleRequests = new EventSource<>();

    /** A decoration layer: style ranges for the text at {@code version}. */
    public record Layer(String name, long version, List<StyledRange> ranges) {
        public Layer {
            ranges = List.copyOf(ranges);
        }
    }

    /** A layer and the edits made since its version (to be mapped over, off the JavaFX thread). */
    public record LayerSnapshot(Layer layer, List<TextChange> since) {}

    private record VersionedChange(long version, TextChange change) {}

    private static final int CHANGE_LOG_LIMIT = 4096;

    public CodeEditor() {
        getStyleClass().add("code-editor");
        getStylesheets().add(STYLESHEET);
        area.getStyleClass().add("starstream-code");
        backdrop.getStyleClass().add("code-backdrop");
        backdrop.setMouseTransparent(true);
        setCenter(new javafx.scene.layout.StackPane(backdrop, new VirtualizedScrollPane<>(area)));
        area.plainTextChanges().subscribe(change -> {
            version.set(version.get() + 1);
            changes.addLast(new VersionedChange(version.get(),
                    new TextChange(change.getPosition(), change.getRemoved().length(), change.getInserted().length())));
            if (changes.size() > CHANGE_LOG_LIMIT) {
                changes.removeFirst();
            }
        });
        area.caretPositionProperty().addListener((obs, old, now) -> updateCaret());
        area.textProperty().addListener((obs, old, now) -> updateCaret());
    }

    public CodeArea area() {
        return area;
    }

    /** The layer behind the text: components add bands and markers here (it is as large as the editor). */
    public javafx.scene.layout.Pane backdrop() {
        return backdrop;
    }

    /**
     * Makes the text {@code text} by replacing only the part that differs (a refactoring, a reload):
     * the caret, the scroll position and the undo history outside that part stay as they are.
     */
    public void replaceTextKeepingCaret(String text) {
        String old = area.getText();
        if (old.equals(text)) {
            return;
        }
        int prefix = 0;
        int max = Math.min(old.length(), text.length());
        while (prefix < max && old.charAt(prefix) == text.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && old.charAt(old.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
            suffix++;
        }
        area.replaceText(prefix, old.length() - suffix, text.substring(prefix, text.length() - suffix));
    }

    /** Replaces the whole text (e.g. a file was loaded); the caret goes to the start, history is cleared. */
    public void replaceAllText(String text) {
        area.replaceText(text);
        area.moveTo(0);
        area.getUndoManager().forgetHistory();
        area.showParagraphAtTop(0);
    }

    /** The text (the area's text value, computed once per change and cached: a long file costs a copy per call otherwise). */
    public String getText() {
        return area.textProperty().getValue();
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

    /**
     * Sets the decoration layer {@code name} to {@code ranges}, which belong to the text at {@code
     * atVersion} (usually {@link #version()}), and repaints.
     */
    public void setLayer(String name, long atVersion, List<StyledRange> ranges) {
        layers.put(name, new Layer(name, atVersion, ranges));
        restyleRequests.push(null);
    }

    /** Sets several layers at once (one repaint), all for the text at {@code atVersion}. */
    public void setLayers(long atVersion, Map<String, List<StyledRange>> byName) {
        byName.forEach((name, ranges) -> layers.put(name, new Layer(name, atVersion, ranges)));
        restyleRequests.push(null);
    }

    public void removeLayer(String name) {
        if (layers.remove(name) != null) {
            restyleRequests.push(null);
        }
    }

    /** The layers, each with the edits made since it was computed; layers too old to carry over are left out. */
    public List<LayerSnapshot> layerSnapshots() {
        List<LayerSnapshot> out = new ArrayList<>(layers.size());
        for (Layer layer : layers.values()) {
            List<TextChange> since = changesSince(layer.version());
            if (since != null) {
                out.add(new LayerSnapshot(layer, since));
            }
        }
        return out;
    }

    /** The edits after {@code from}, oldest first; null when the log no longer reaches back that far. */
    public @Nullable List<TextChange> changesSince(long from) {
        long now = version.get();
        if (from == now) {
            return List.of();
        }
        if (from > now || changes.isEmpty() || changes.peekFirst().version() > from + 1) {
            return null;
        }
        List<TextChange> out = new ArrayList<>();
        for (VersionedChange c : changes) {
            if (c.version() > from) {
                out.add(c.change());
            }
        }
        return out;
    }

    /** Fires when the decorations changed and the text must be repainted (highlighting listens). */
    public EventStream<Void> restyleRequests() {
        return restyleRequests;
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
