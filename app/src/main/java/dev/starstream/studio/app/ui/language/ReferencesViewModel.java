package dev.starstream.studio.app.ui.language;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.editor.services.location.Location;
import dev.starstream.studio.editor.services.navigation.Reference;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The References panel: the occurrences of the last searched symbol; activating one opens it. */
public final class ReferencesViewModel {
    private final ObservableList<Reference> items = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final Function<Location, CommandResult> navigator;

    public ReferencesViewModel(Function<Location, CommandResult> navigator) {
        this.navigator = navigator;
    }

    public ObservableList<Reference> items() {
        return FXCollections.unmodifiableObservableList(items);
    }

    /** "3 references to `Point`" (empty before the first search). */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public void show(String name, List<Reference> found) {
        items.setAll(found);
        long uses = found.stream().filter(r -> !r.definition()).count();
        long files = found.stream().map(r -> r.location().file()).distinct().count();
        title.set(uses + (uses == 1 ? " reference" : " references") + " to `" + name + "`"
                + (files > 1 ? " in " + files + " files" : ""));
    }

    public CommandResult open(Reference reference) {
        return navigator.apply(reference.location());
    }
}
