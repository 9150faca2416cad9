package dev.starstream.studio.editor.ui.currentline;

import dev.starstream.studio.editor.ui.CodeEditor;
import dev.starstream.studio.editor.ui.EditorComponent;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.jspecify.annotations.Nullable;

/**
 * A band behind the caret's line. Its colour is a property (the theme sets it), because
 * RichTextFX paints the band with a fill rather than through CSS.
 */
public final class CurrentLineHighlight implements EditorComponent {
    private final ObjectProperty<Paint> fill = new SimpleObjectProperty<>(this, "fill", Color.rgb(0, 0, 0, 0.05));
    private @Nullable ChangeListener<Paint> listener;

    public ObjectProperty<Paint> fillProperty() {
        return fill;
    }

    @Override
    public void install(CodeEditor editor) {
        editor.area().setLineHighlighterFill(fill.get());
        editor.area().setLineHighlighterOn(true);
        listener = (obs, old, now) -> {
            editor.area().setLineHighlighterOn(false);
            editor.area().setLineHighlighterFill(now);
            editor.area().setLineHighlighterOn(true);
        };
        fill.addListener(listener);
    }

    @Override
    public void uninstall(CodeEditor editor) {
        if (listener != null) {
            fill.removeListener(listener);
            listener = null;
        }
        editor.area().setLineHighlighterOn(false);
    }
}
