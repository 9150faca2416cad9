package dev.starstream.studio.app.ui.language;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.editor.services.analysis.FileAnalysis;
import dev.starstream.studio.editor.services.location.Location;
import dev.starstream.studio.editor.services.text.LineIndex;
import dev.starstream.studio.vm.lang.check.facts.OutlineItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.jspecify.annotations.Nullable;

/**
 * The Outline panel: the tree of the current file's definitions (from its latest analysis, so it
 * is there while the file has errors), the item that contains the caret, and going to an item.
 */
public final class OutlineViewModel {
    /** One row of the outline: the item and where its name is, in the analysed text. */
    public record Node(OutlineItem item, Location.TextLocation location, List<Node> children) {
        public Node {
            children = List.copyOf(children);
        }

        public String name() {
            return item.name();
        }

        @Override
        public String toString() {
            return item.name();
        }
    }

    private final Function<Location, CommandResult> navigator;
    private final ReadOnlyObjectWrapper<List<Node>> roots = new ReadOnlyObjectWrapper<>(this, "roots", List.of());
    private final ReadOnlyObjectWrapper<@Nullable Node> atCaret = new ReadOnlyObjectWrapper<>(this, "atCaret");
    /** The nodes of the latest analysis; {@link #roots} keeps older nodes of the same shape (no redraw while typing). */
    private List<Node> latest = List.of();
    private @Nullable FileAnalysis shown;
    private int caret;

    public OutlineViewModel(Function<Location, CommandResult> navigator) {
        this.navigator = navigator;
    }

    /** The top-level items (a new list whenever the outline changes). */
    public ReadOnlyObjectProperty<List<Node>> rootsProperty() {
        return roots.getReadOnlyProperty();
    }

    /** The innermost item containing the caret. */
    public ReadOnlyObjectProperty<@Nullable Node> atCaretProperty() {
        return atCaret.getReadOnlyProperty();
    }

    /** Shows the outline of {@code analysis} (null: no file, or not analysed yet). */
    public void show(@Nullable FileAnalysis analysis, Path root) {
        if (analysis == shown) {
            return;
        }
        shown = analysis;
        if (analysis == null) {
            latest = List.of();
            roots.set(List.of());
            atCaret.set(null);
            return;
        }
        LineIndex lines = LineIndex.of(analysis.text());
        Location.FileLocation file = Location.ofFile(root, analysis.file());
        latest = nodes(analysis.outline(), lines, file);
        if (!sameShape(latest, roots.get())) {
            roots.set(latest);
        }
        follow(caret);
    }

    /** Same names, kinds and details at the same places of the tree (only positions moved). */
    private static boolean sameShape(List<Node> a, List<Node> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            OutlineItem x = a.get(i).item();
            OutlineItem y = b.get(i).item();
            if (!x.name().equals(y.name()) || x.kind() != y.kind() || !x.detail().equals(y.detail())
                    || !sameShape(a.get(i).children(), b.get(i).children())) {
                return false;
            }
        }
        return true;
    }

    /** The node of the latest analysis at the place of {@code shown} in the shown tree. */
    private Node current(Node shown) {
        List<Integer> path = new ArrayList<>();
        if (!pathTo(roots.get(), shown, path)) {
            return shown;
        }
        List<Node> level = latest;
        Node at = shown;
        for (int index : path) {
            if (index >= level.size()) {
                return shown;
            }
            at = level.get(index);
            level = at.children();
        }
        return at;
    }

    private static boolean pathTo(List<Node> level, Node target, List<Integer> path) {
        for (int i = 0; i < level.size(); i++) {
            path.add(i);
            if (level.get(i) == target || pathTo(level.get(i).children(), target, path)) {
                return true;
            }
            path.removeLast();
        }
        return false;
    }

    private static List<Node> nodes(List<OutlineItem> items, LineIndex lines, Location.FileLocation file) {
        List<Node> out = new ArrayList<>(items.size());
        for (OutlineItem item : items) {
            out.add(new Node(item, new Location.TextLocation(file, lines.position(item.selection().start())),
                    nodes(item.children(), lines, file)));
        }
        return out;
    }

    /** The caret moved to {@code offset} of the current file. */
    public void follow(int offset) {
        caret = offset;
        Node best = null;
        List<Node> level = latest;
        List<Node> shownLevel = roots.get();
        boolean deeper = true;
        while (deeper) {
            deeper = false;
            for (int i = 0; i < level.size() && i < shownLevel.size(); i++) {
                Node n = level.get(i);
                if (n.item().range().start() <= offset && offset <= n.item().range().end()) {
                    best = shownLevel.get(i);
                    level = n.children();
                    shownLevel = best.children();
                    deeper = true;
                    break;
                }
            }
        }
        atCaret.set(best);
    }

    public CommandResult open(Node node) {
        return navigator.apply(current(node).location());
    }
}
