package dev.starstream.studio.editor.ui.find;

import dev.starstream.studio.editor.services.find.SearchQuery;
import dev.starstream.studio.editor.services.find.SearchResult;
import dev.starstream.studio.editor.services.find.TextRange;
import dev.starstream.studio.editor.services.find.TextSearch;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The find and replace bar's state and actions (no scene graph: testable without the toolkit).
 * Matches are recomputed whenever the query, an option or the text changes.
 */
public final class FindReplaceViewModel {
    private final SearchTarget target;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final StringProperty replacement = new SimpleStringProperty(this, "replacement", "");
    private final BooleanProperty matchCase = new SimpleBooleanProperty(this, "matchCase");
    private final BooleanProperty wholeWord = new SimpleBooleanProperty(this, "wholeWord");
    private final BooleanProperty regex = new SimpleBooleanProperty(this, "regex");
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible");
    private final BooleanProperty replaceVisible = new SimpleBooleanProperty(this, "replaceVisible");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyIntegerWrapper matchCount = new ReadOnlyIntegerWrapper(this, "matchCount");
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private List<TextRange> matches = List.of();
    private boolean invalid;

    public FindReplaceViewModel(SearchTarget target) {
        this.target = target;
        query.addListener((obs, old, now) -> searchFromSelection());
        matchCase.addListener((obs, old, now) -> searchFromSelection());
        wholeWord.addListener((obs, old, now) -> searchFromSelection());
        regex.addListener((obs, old, now) -> searchFromSelection());
    }

    public StringProperty queryProperty() {
        return query;
    }

    public StringProperty replacementProperty() {
        return replacement;
    }

    public BooleanProperty matchCaseProperty() {
        return matchCase;
    }

    public BooleanProperty wholeWordProperty() {
        return wholeWord;
    }

    public BooleanProperty regexProperty() {
        return regex;
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    public BooleanProperty replaceVisibleProperty() {
        return replaceVisible;
    }

    /** "3 of 12", "No results", or why the pattern is invalid. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty matchCountProperty() {
        return matchCount.getReadOnlyProperty();
    }

    /** Index of the selected match, or -1. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public List<TextRange> matches() {
        return matches;
    }

    /** Ctrl+F (or Ctrl+H with {@code withReplace}): shows the bar, seeded with a one-line selection. */
    public void open(boolean withReplace) {
        TextRange selection = target.selection();
        String selected = target.text().substring(selection.start(), selection.end());
        if (!selected.isEmpty() && !selected.contains("\n")) {
            query.set(selected);
        }
        replaceVisible.set(withReplace);
        visible.set(true);
        searchFromSelection();
    }

    public void close() {
        visible.set(false);
    }

    /** The text changed under the bar: recount, keep the selection where it is. */
    public void textChanged() {
        if (visible.get()) {
            recompute();
            current.set(indexAtOrAfter(target.selection().start(), true));
            updateStatus();
        }
    }

    public void findNext() {
        step(true);
    }

    public void findPrevious() {
        step(false);
    }

    /** Replaces the selected match (if the selection is one) and moves to the next. */
    public void replaceCurrent() {
        recompute();
        TextRange selection = target.selection();
        int index = matches.indexOf(selection);
        if (index < 0) {
            findNext();
            return;
        }
        String text = target.text();
        String with = TextSearch.expand(text, toQuery(), selection, replacement.get());
        target.replace(List.of(selection), List.of(with));
        recompute();
        int next = indexAtOrAfter(selection.start() + with.length(), false);
        select(next);
    }

    /** Replaces every match; returns how many. */
    public int replaceAll() {
        recompute();
        if (matches.isEmpty()) {
            return 0;
        }
        String text = target.text();
        List<String> replacements = new ArrayList<>(matches.size());
        for (TextRange r : matches) {
            replacements.add(TextSearch.expand(text, toQuery(), r, replacement.get()));
        }
        int count = matches.size();
        target.replace(matches, replacements);
        recompute();
        current.set(-1);
        status.set("Replaced " + count);
        return count;
    }

    private void searchFromSelection() {
        recompute();
        select(indexAtOrAfter(target.selection().start(), true));
    }

    private void step(boolean forward) {
        recompute();
        if (matches.isEmpty()) {
            updateStatus();
            return;
        }
        TextRange selection = target.selection();
        int index;
        if (forward) {
            index = indexAtOrAfter(selection.end(), false);
        } else {
            index = -1;
            for (int k = matches.size() - 1; k >= 0; k--) {
                if (matches.get(k).start() < selection.start()) {
                    index = k;
                    break;
                }
            }
            if (index < 0) {
                index = matches.size() - 1;
            }
        }
        select(index);
    }

    /** The first match starting at/after {@code offset} (wrapping to the first), or -1 if none. */
    private int indexAtOrAfter(int offset, boolean inclusive) {
        for (int k = 0; k < matches.size(); k++) {
            int start = matches.get(k).start();
            if (inclusive ? start >= offset : start >= offset && !matches.get(k).equals(target.selection())) {
                return k;
            }
        }
        return matches.isEmpty() ? -1 : 0;
    }

    private void select(int index) {
        current.set(index);
        if (index >= 0 && index < matches.size()) {
            target.select(matches.get(index));
        }
        updateStatus();
    }

    private SearchQuery toQuery() {
        return new SearchQuery(query.get(), matchCase.get(), wholeWord.get(), regex.get());
    }

    private void recompute() {
        SearchResult result = TextSearch.findAll(target.text(), toQuery());
        invalid = result instanceof SearchResult.InvalidPattern;
        matches = result.ranges();
        matchCount.set(matches.size());
        if (result instanceof SearchResult.InvalidPattern(String message)) {
            status.set("Invalid pattern: " + message);
        }
    }

    private void updateStatus() {
        if (invalid) {
            return;
        }
        if (query.get().isEmpty()) {
            status.set("");
        } else if (matches.isEmpty()) {
            status.set("No results");
        } else if (current.get() >= 0) {
            status.set((current.get() + 1) + " of " + matches.size());
        } else {
            status.set(matches.size() + " results");
        }
    }
}
