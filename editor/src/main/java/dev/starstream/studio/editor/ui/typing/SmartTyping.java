package dev.starstream.studio.editor.ui.typing;

import dev.starstream.studio.editor.services.text.Indentation;
import dev.starstream.studio.editor.services.text.TextEdit;
import dev.starstream.studio.editor.ui.CodeEditor;
import dev.starstream.studio.editor.ui.EditorComponent;
import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.fxmisc.richtext.CodeArea;
import org.jspecify.annotations.Nullable;

/**
 * Enter keeps the indentation (one level more after an opening bracket, and splits a bracket
 * pair onto three lines); a {@code }} typed on a blank line dedents it; Tab inserts spaces to the
 * next multiple of four or indents the selected lines; Shift+Tab dedents them.
 */
public final class SmartTyping implements EditorComponent {
    private @Nullable EventHandler<KeyEvent> pressed;
    private @Nullable EventHandler<KeyEvent> typed;

    @Override
    public void install(CodeEditor editor) {
        CodeArea area = editor.area();
        pressed = e -> {
            if (!area.isEditable() || e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
                return;
            }
            int start = area.getSelection().getStart();
            int end = area.getSelection().getEnd();
            TextEdit edit = null;
            if (e.getCode() == KeyCode.ENTER && !e.isShiftDown()) {
                edit = Indentation.newLine(area.getText(), start, end);
            } else if (e.getCode() == KeyCode.TAB) {
                edit = e.isShiftDown()
                        ? Indentation.dedent(area.getText(), start, end)
                        : Indentation.indent(area.getText(), start, end);
            }
            if (edit != null) {
                editor.apply(edit);
                e.consume();
            }
        };
        typed = e -> {
            if (area.isEditable() && "}".equals(e.getCharacter()) && area.getSelection().getLength() == 0) {
                editor.apply(Indentation.closingBrace(area.getText(), area.getCaretPosition()));
                e.consume();
            }
        };
        area.addEventFilter(KeyEvent.KEY_PRESSED, pressed);
        area.addEventFilter(KeyEvent.KEY_TYPED, typed);
    }

    @Override
    public void uninstall(CodeEditor editor) {
        if (pressed != null) {
            editor.area().removeEventFilter(KeyEvent.KEY_PRESSED, pressed);
            pressed = null;
        }
        if (typed != null) {
            editor.area().removeEventFilter(KeyEvent.KEY_TYPED, typed);
            typed = null;
        }
    }
}
