package dev.starstream.studio.editor.ui.navigation;

import dev.starstream.studio.editor.ui.CodeEditor;
import dev.starstream.studio.editor.ui.EditorComponent;
import java.util.function.BiConsumer;
import javafx.event.EventHandler;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.jspecify.annotations.Nullable;

/** Ctrl+click (Cmd+click) on a name goes to its definition. */
public final class DefinitionClick implements EditorComponent {
    private final BiConsumer<String, Integer> goToDefinition;
    private @Nullable EventHandler<MouseEvent> handler;

    /** @param goToDefinition receives the editor's text and the clicked offset */
    public DefinitionClick(BiConsumer<String, Integer> goToDefinition) {
        this.goToDefinition = goToDefinition;
    }

    @Override
    public void install(CodeEditor editor) {
        handler = e -> {
            if (e.getButton() != MouseButton.PRIMARY || !e.isShortcutDown() || e.getClickCount() != 1) {
                return;
            }
            var hit = editor.area().hit(e.getX(), e.getY());
            int offset = hit.getCharacterIndex().orElse(hit.getInsertionIndex());
            e.consume();
            editor.area().moveTo(offset);
            goToDefinition.accept(editor.getText(), offset);
        };
        editor.area().addEventFilter(MouseEvent.MOUSE_CLICKED, handler);
    }

    @Override
    public void uninstall(CodeEditor editor) {
        if (handler != null) {
            editor.area().removeEventFilter(MouseEvent.MOUSE_CLICKED, handler);
            handler = null;
        }
    }

}
