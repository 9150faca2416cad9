package dev.starstream.studio.app.ui.editors;

import dev.starstream.studio.app.settings.ThemeChoice;
import dev.starstream.studio.app.ui.Theme;
import dev.starstream.studio.editor.services.syntax.Tokenizer;
import dev.starstream.studio.editor.ui.CodeEditor;
import dev.starstream.studio.editor.ui.brackets.BracketHighlighting;
import dev.starstream.studio.editor.ui.currentline.CurrentLineHighlight;
import dev.starstream.studio.editor.ui.find.FindReplace;
import dev.starstream.studio.editor.ui.gutter.LineNumbers;
import dev.starstream.studio.editor.ui.syntax.SyntaxHighlighter;
import dev.starstream.studio.editor.ui.syntax.SyntaxHighlighting;
import dev.starstream.studio.editor.ui.typing.SmartTyping;
import java.time.Duration;
import java.util.concurrent.Executor;
import javafx.beans.value.ObservableValue;

/**
 * Builds code editors with the standard components, following the theme; {@link Extension}s add
 * the components that need to know the document (the language features).
 */
public final class EditorFactory {
    /** Adds components to the editor of a document, and takes them off when the tab closes. */
    public interface Extension {
        void extend(DocumentViewModel document, Built built);

        /** The tab of {@code document} closed; its editor is discarded. */
        default void discard(DocumentViewModel document, Built built) {}
    }

    /** The pause in typing after which highlighting runs. */
    public static final Duration HIGHLIGHT_DEBOUNCE = Duration.ofMillis(40);

    private final SyntaxHighlighter highlighter;
    private final Executor highlightExecutor;
    private final Executor fxExecutor;
    private final ObservableValue<ThemeChoice> theme;
    private final java.util.List<Extension> extensions = new java.util.ArrayList<>();

    public EditorFactory(Tokenizer tokenizer, Executor highlightExecutor, Executor fxExecutor, ObservableValue<ThemeChoice> theme) {
        this.highlighter = new SyntaxHighlighter(tokenizer);
        this.highlightExecutor = highlightExecutor;
        this.fxExecutor = fxExecutor;
        this.theme = theme;
    }

    public void addExtension(Extension extension) {
        extensions.add(extension);
    }

    /** An editor for {@code document}, with the standard components and every extension's. */
    public Built create(DocumentViewModel document) {
        Built built = create(document.text());
        extensions.forEach(e -> e.extend(document, built));
        return built;
    }

    /** Called when the editor of {@code document} is discarded. */
    public void discard(DocumentViewModel document, Built built) {
        extensions.forEach(e -> e.discard(document, built));
    }

    /** An editor and its find component (commands open the find bar through it). */
    public record Built(CodeEditor editor, FindReplace find) {}

    public Built create(String text) {
        CodeEditor editor = new CodeEditor();
        editor.replaceAllText(text);
        CurrentLineHighlight currentLine = new CurrentLineHighlight();
        currentLine.fillProperty().set(Theme.currentLine(theme.getValue()));
        theme.addListener((obs, old, now) -> currentLine.fillProperty().set(Theme.currentLine(now)));
        FindReplace find = new FindReplace();
        editor.install(new LineNumbers());
        editor.install(currentLine);
        editor.install(new SyntaxHighlighting(highlighter, highlightExecutor, fxExecutor, HIGHLIGHT_DEBOUNCE));
        editor.install(new BracketHighlighting());
        editor.install(new SmartTyping());
        editor.install(find);
        return new Built(editor, find);
    }
}
