package dev.starstream.studio.app.ui.workspace;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** A file or folder in the explorer; a folder's children are listed when it is first expanded. */
public final class FileNode {
    private final ReadOnlyObjectWrapper<Path> path;
    private final boolean directory;
    private final ObservableList<FileNode> children = FXCollections.observableArrayList();
    private final BooleanProperty expanded = new SimpleBooleanProperty(this, "expanded");
    private boolean loaded;

    FileNode(Path path, boolean directory) {
        this.path = new ReadOnlyObjectWrapper<>(this, "path", path);
        this.directory = directory;
    }

    public Path path() {
        return path.get();
    }

    public ReadOnlyObjectProperty<Path> pathProperty() {
        return path.getReadOnlyProperty();
    }

    public String name() {
        Path name = path.get().getFileName();
        return name == null ? path.get().toString() : name.toString();
    }

    public boolean isDirectory() {
        return directory;
    }

    public boolean isStarFile() {
        return !directory && name().endsWith(".star");
    }

    /** Listed children (empty until {@link #isLoaded()}). */
    public ObservableList<FileNode> children() {
        return children;
    }

    public BooleanProperty expandedProperty() {
        return expanded;
    }

    public boolean isLoaded() {
        return loaded;
    }

    void markLoaded() {
        loaded = true;
    }

    @Override
    public String toString() {
        return name();
    }
}
