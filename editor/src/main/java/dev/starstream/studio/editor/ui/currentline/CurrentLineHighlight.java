package dev.starstream.studio.editor.ui.currentline;

import dev.starstream.studio.editor.ui.CodeEditor;
import dev.starstream.studio.editor.ui.EditorComponent;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Bounds;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.jspecify.annotations.Nullable;
import org.reactfx.Subscription;

/**
 * A band behind the caret's line, across the whole editor. It is a region in the editor's backdrop
 * placed at the caret paragraph's bounds after each layout, which costs nothing per keystroke
 * (RichTextFX's own line highlighter recomputes the line layout on every change: ~7 ms a keystroke
 * in a 2,000-line file). Its colour is a property, set by the theme.
 */
public final class CurrentLineHighlight implements EditorComponent {
    private final ObjectProperty<Paint> fill = new SimpleObjectProperty<>(this, "fill", Color.rgb(0, 0, 0, 0.05));
    private final Region band = new Region();
    private @Nullable Subscription layout;
    private @Nullable InvalidationListener moved;

    public CurrentLineHighlight() {
        band.getStyleClass().add("current-line");
        band.setManaged(false);
        band.setMouseTransparent(true);
        band.backgroundProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(
                () -> new Background(new BackgroundFill(fill.get(), null, null)), fill));
    }

    public ObjectProperty<Paint> fillProperty() {
        return fill;
    }

    @Override
    public void install(CodeEditor editor) {
        editor.backdrop().getChildren().add(band);
        layout = editor.area().viewportDirtyEvents().subscribe(e -> place(editor));
        moved = obs -> place(editor);
        editor.area().currentParagraphProperty().addListener(moved);
        editor.backdrop().widthProperty().addListener(moved);
        editor.area().focusedProperty().addListener(moved);
        editor.area().selectionProperty().addListener(moved);
        place(editor);
    }

    @Override
    public void uninstall(CodeEditor editor) {
        if (layout != null) {
            layout.unsubscribe();
            layout = null;
        }
        if (moved != null) {
            editor.area().currentParagraphProperty().removeListener(moved);
            editor.backdrop().widthProperty().removeListener(moved);
            editor.area().focusedProperty().removeListener(moved);
            editor.area().selectionProperty().removeListener(moved);
            moved = null;
        }
        editor.backdrop().getChildren().remove(band);
    }

    private void place(CodeEditor editor) {
        var scene = editor.area().getScene();
        if (scene == null || scene.getWindow() == null || !scene.getWindow().isShowing()) {
            band.setVisible(false); // not on screen yet: placed after the first layout
            return;
        }
        if (editor.area().getSelection().getLength() > 0) {
            band.setVisible(false);
            return;
        }
        Optional<Bounds> line = editor.area().getParagraphBoundsOnScreen(editor.area().getCurrentParagraph());
        if (line.isEmpty()) {
            band.setVisible(false);
            return;
        }
        Bounds local = editor.backdrop().screenToLocal(line.get());
        if (local == null) {
            band.setVisible(false);
            return;
        }
        band.setVisible(true);
        band.resizeRelocate(0, local.getMinY(), editor.backdrop().getWidth(), local.getHeight());
    }
}
