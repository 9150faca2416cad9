package dev.starstream.studio.editor.ui.completion;

import dev.starstream.studio.editor.services.completion.CompletionItem;
import dev.starstream.studio.editor.services.completion.CompletionList;
import dev.starstream.studio.editor.services.text.TextEdit;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.jspecify.annotations.Nullable;

/**
 * The completion popup's state (no toolkit needed): the proposals for the identifier being typed,
 * the selected one, and what accepting it does to the text. As the user keeps typing the list is
 * filtered and ranked again locally; it closes when the caret leaves the identifier or nothing
 * matches any more.
 */
public final class CompletionModel {
    private final ObservableList<CompletionItem> items = FXCollections.observableArrayList();
    /** One read-only view, kept: a fresh wrapper per call would drop its listeners when collected. */
    private final ObservableList<CompletionItem> readOnlyItems = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyIntegerWrapper selectedIndex = new ReadOnlyIntegerWrapper(this, "selectedIndex", -1);
    private final ReadOnlyObjectWrapper<@Nullable CompletionItem> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private @Nullable CompletionList list;

    public CompletionModel() {
        selectedIndex.addListener((obs, old, now) -> selected.set(now.intValue() >= 0 && now.intValue() < items.size()
                ? items.get(now.intValue()) : null));
    }

    public ObservableList<CompletionItem> items() {
        return readOnlyItems;
    }

    public ReadOnlyIntegerProperty selectedIndexProperty() {
        return selectedIndex.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<@Nullable CompletionItem> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public boolean isShowing() {
        return showing.get();
    }

    /** Where the replaced identifier starts (for placing the popup). */
    public int anchor() {
        return list == null ? 0 : list.replaceStart();
    }

    /**
     * Shows {@code proposals}, computed for a text the editor may have moved past: they are
     * filtered for the editor's {@code text} and {@code caret} now. False when nothing is shown.
     */
    public boolean show(CompletionList proposals, String text, int caret) {
        list = proposals;
        return refine(text, caret);
    }

    /** Follows typing: re-filters for the identifier now before the caret; closes when that is no longer possible. */
    public boolean refine(String text, int caret) {
        CompletionList current = list;
        if (current == null || caret < current.replaceStart() || caret > text.length()) {
            close();
            return false;
        }
        String prefix = text.substring(current.replaceStart(), caret);
        if (!prefix.chars().allMatch(c -> c == '_' || Character.isLetterOrDigit(c))) {
            close();
            return false;
        }
        CompletionList refined = current.refine(prefix, caret);
        if (refined.isEmpty()) {
            close();
            return false;
        }
        CompletionItem keep = selected.get();
        items.setAll(refined.items());
        int index = keep == null || prefix.length() > 0 ? 0 : Math.max(0, items.indexOf(keep));
        selectedIndex.set(-1);
        selectedIndex.set(index);
        showing.set(true);
        return true;
    }

    /** Moves the selection by {@code delta} (wrapping at the ends for single steps). */
    public void move(int delta) {
        if (items.isEmpty()) {
            return;
        }
        int next = selectedIndex.get() + delta;
        if (Math.abs(delta) == 1) {
            next = Math.floorMod(next, items.size());
        } else {
            next = Math.clamp(next, 0, items.size() - 1);
        }
        selectedIndex.set(next);
    }

    public void select(int index) {
        if (index >= 0 && index < items.size()) {
            selectedIndex.set(index);
        }
    }

    /** Accepting the selected proposal: the edit that writes it over the typed prefix; the popup closes. */
    public Optional<TextEdit> accept(String text, int caret) {
        CompletionItem item = selected.get();
        CompletionList current = list;
        close();
        if (item == null || current == null || caret < current.replaceStart()) {
            return Optional.empty();
        }
        int end = caret;
        while (end < text.length() && (text.charAt(end) == '_' || Character.isLetterOrDigit(text.charAt(end)))) {
            end++; // completing inside a name replaces all of it
        }
        String insert = item.insertText();
        return Optional.of(TextEdit.of(current.replaceStart(), end, insert, current.replaceStart() + insert.length()));
    }

    public void close() {
        showing.set(false);
        items.clear();
        selectedIndex.set(-1);
        list = null;
    }
}
