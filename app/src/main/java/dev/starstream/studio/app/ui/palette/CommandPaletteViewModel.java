package dev.starstream.studio.app.ui.palette;

import dev.starstream.studio.app.commands.CommandRegistry;
import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.commands.FuzzyMatcher;
import dev.starstream.studio.app.commands.IdeCommand;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The command palette: every registered command, filtered fuzzily by the query, best match first;
 * Enter runs the selected one.
 */
public final class CommandPaletteViewModel {
    private final CommandRegistry registry;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible");
    private final ObservableList<IdeCommand> items = FXCollections.observableArrayList();
    private final IntegerProperty selectedIndex = new SimpleIntegerProperty(this, "selectedIndex", -1);

    private record Scored(IdeCommand command, int score, int order) {}

    public CommandPaletteViewModel(CommandRegistry registry) {
        this.registry = registry;
        query.addListener((obs, old, now) -> filter());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    public ObservableList<IdeCommand> items() {
        return items;
    }

    public IntegerProperty selectedIndexProperty() {
        return selectedIndex;
    }

    public void open() {
        query.set("");
        filter();
        visible.set(true);
    }

    public void close() {
        visible.set(false);
    }

    public void moveSelection(int delta) {
        if (!items.isEmpty()) {
            selectedIndex.set(Math.floorMod(selectedIndex.get() + delta, items.size()));
        }
    }

    /** Runs the selected command and closes the palette. */
    public CommandResult runSelected() {
        int index = selectedIndex.get();
        if (index < 0 || index >= items.size()) {
            return CommandResult.unavailable("No command matches “" + query.get() + "”");
        }
        IdeCommand command = items.get(index);
        close();
        return registry.execute(command.id());
    }

    /** The query's matched character positions in {@code command}'s label (for bold letters). */
    public List<Integer> highlights(IdeCommand command) {
        return FuzzyMatcher.positions(query.get(), command.label());
    }

    private void filter() {
        List<IdeCommand> all = registry.all();
        List<IdeCommand> matching = new java.util.ArrayList<>();
        List<Scored> scored = new java.util.ArrayList<>();
        for (int k = 0; k < all.size(); k++) {
            IdeCommand c = all.get(k);
            OptionalInt label = FuzzyMatcher.score(query.get(), c.label());
            OptionalInt title = FuzzyMatcher.score(query.get(), c.title());
            int best = Math.max(label.orElse(Integer.MIN_VALUE), title.orElse(Integer.MIN_VALUE));
            if (label.isPresent() || title.isPresent()) {
                scored.add(new Scored(c, best, k));
            }
        }
        if (query.get().isBlank()) {
            scored.sort(Comparator.comparing((Scored s) -> s.command().label()));
        } else {
            scored.sort(Comparator.comparingInt((Scored s) -> -s.score()).thenComparingInt(Scored::order));
        }
        scored.forEach(s -> matching.add(s.command()));
        items.setAll(matching);
        selectedIndex.set(items.isEmpty() ? -1 : 0);
    }
}
