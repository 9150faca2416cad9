package dev.starstream.studio.editor.ui;

/**
 * A feature of the code editor (highlighting, bracket matching, a gutter column, …) that can be
 * added to and removed from a {@link CodeEditor}. {@code uninstall} must undo everything {@code
 * install} did: listeners, event filters, gutter contributions and styles.
 */
public interface EditorComponent {
    void install(CodeEditor editor);

    void uninstall(CodeEditor editor);
}
