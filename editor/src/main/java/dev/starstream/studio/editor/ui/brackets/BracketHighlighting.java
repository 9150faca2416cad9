package dev.starstream.studio.editor.ui.brackets;

import dev.starstream.studio.editor.services.text.BracketPair;
import dev.starstream.studio.editor.services.text.Brackets;
import dev.starstream.studio.editor.ui.CodeEditor;
import dev.starstream.studio.editor.ui.EditorComponent;
import dev.starstream.studio.editor.ui.LexedText;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import org.fxmisc.richtext.CodeArea;
import org.jspecify.annotations.Nullable;

/**
 * Marks the bracket at the caret and its partner with the style class {@value #STYLE}. Works on
 * the tokens published by syntax highlighting, so brackets inside comments never match.
 */
public final class BracketHighlighting implements EditorComponent {
    public static final String STYLE = "bracket-match";

    private final List<Integer> marked = new ArrayList<>();
    private @Nullable InvalidationListener listener;

    @Override
    public void install(CodeEditor editor) {
        listener = obs -> refresh(editor);
        editor.area().caretPositionProperty().addListener(listener);
        editor.lexedProperty().addListener(listener);
        refresh(editor);
    }

    @Override
    public void uninstall(CodeEditor editor) {
        if (listener != null) {
            editor.area().caretPositionProperty().removeListener(listener);
            editor.lexedProperty().removeListener(listener);
            listener = null;
        }
        clear(editor.area());
    }

    /** The pair currently marked, if any. */
    public Optional<BracketPair> marked() {
        return marked.size() == 2 ? Optional.of(new BracketPair(marked.get(0), marked.get(1))) : Optional.empty();
    }

    private void refresh(CodeEditor editor) {
        CodeArea area = editor.area();
        clear(area);
        LexedText lexed = editor.currentLexedText();
        if (lexed == null) {
            return;
        }
        Brackets.matchAt(lexed.text(), lexed.tokens(), area.getCaretPosition()).ifPresent(pair -> {
            mark(area, pair.open());
            mark(area, pair.close());
        });
    }

    private void mark(CodeArea area, int offset) {
        List<String> styles = new ArrayList<>(area.getStyleOfChar(offset));
        styles.remove(STYLE);
        styles.add(STYLE);
        area.setStyle(offset, offset + 1, styles);
        marked.add(offset);
    }

    private void clear(CodeArea area) {
        for (int offset : marked) {
            if (offset < area.getLength()) {
                Collection<String> current = area.getStyleOfChar(offset);
                if (current.contains(STYLE)) {
                    List<String> styles = new ArrayList<>(current);
                    styles.remove(STYLE);
                    area.setStyle(offset, offset + 1, styles);
                }
            }
        }
        marked.clear();
    }
}
