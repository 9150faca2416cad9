package dev.starstream.studio.editor.ui.gutter;

import dev.starstream.studio.editor.ui.CodeEditor;
import dev.starstream.studio.editor.ui.EditorComponent;
import java.util.function.IntFunction;
import javafx.scene.Node;
import org.fxmisc.richtext.LineNumberFactory;
import org.jspecify.annotations.Nullable;

/** Line numbers in the gutter, right-aligned to the width of the largest one (style class {@code lineno}). */
public final class LineNumbers implements EditorComponent {
    private @Nullable IntFunction<Node> column;

    @Override
    public void install(CodeEditor editor) {
        column = LineNumberFactory.get(editor.area(), digits -> "%1$" + Math.max(digits, 2) + "s");
        editor.addGutterColumn(column);
    }

    @Override
    public void uninstall(CodeEditor editor) {
        if (column != null) {
            editor.removeGutterColumn(column);
            column = null;
        }
    }
}
