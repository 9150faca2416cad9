package dev.starstream.studio.app.ui.editors;

import dev.starstream.studio.editor.services.text.TextPosition;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.jspecify.annotations.Nullable;

/**
 * One open file: its path, the text being edited, the text last saved (or read), and whether
 * they differ. The editor view writes {@link #textProperty()} as the user types; a reload writes
 * it from here and the view follows.
 */
public final class DocumentViewModel {
    private final ReadOnlyObjectWrapper<Path> path;
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name");
    private final StringProperty text = new SimpleStringProperty(this, "text");
    /** Null when the file no longer exists on disk (deleted by someone else). */
    private final ReadOnlyObjectWrapper<@Nullable String> savedText = new ReadOnlyObjectWrapper<>(this, "savedText");
    private final BooleanBinding dirty;
    private final ObjectProperty<@Nullable TextPosition> revealRequest = new SimpleObjectProperty<>(this, "revealRequest");

    public DocumentViewModel(Path path, String text) {
        this.path = new ReadOnlyObjectWrapper<>(this, "path", path);
        this.name.bind(Bindings.createStringBinding(() -> String.valueOf(this.path.get().getFileName()), this.path));
        this.text.set(text);
        this.savedText.set(text);
        this.dirty = Bindings.createBooleanBinding(
                () -> savedText.get() == null || !savedText.get().equals(this.text.get()), this.text, savedText);
    }

    public ReadOnlyObjectProperty<Path> pathProperty() {
        return path.getReadOnlyProperty();
    }

    public Path path() {
        return path.get();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public String name() {
        return name.get();
    }

    public StringProperty textProperty() {
        return text;
    }

    public String text() {
        return text.get();
    }

    /** True when the text differs from the file (or the file is gone). */
    public ObservableBooleanValue dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Whether the file was deleted on disk while open. */
    public boolean isMissingOnDisk() {
        return savedText.get() == null;
    }

    /** A request for the view to show a position (go to a problem, an outline item). */
    public ObjectProperty<@Nullable TextPosition> revealRequestProperty() {
        return revealRequest;
    }

    void markSaved(String written) {
        savedText.set(written);
    }

    void reloaded(String fromDisk) {
        savedText.set(fromDisk);
        text.set(fromDisk);
    }

    void missingOnDisk() {
        savedText.set(null);
    }

    void moved(Path newPath) {
        path.set(newPath);
    }
}
