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
            roots.set(List.of());
            atCaret.set(null);
            return;
        }
        LineIndex lines = LineIndex.of(analysis.text());
        Location.FileLocation file = Location.ofFile(root, analysis.file());
        roots.set(nodes(analysis.outline(), lines, file));
        follow(caret);
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
        List<Node> level = roots.get();
        boolean deeper = true;
        while (deeper) {
            deeper = false;
            for (Node n : level) {
                if (n.item().range().start() <= offset && offset <= n.item().range().end()) {
                    best = n;
                    level = n.children();
                    deeper = true;
                    break;
                }
            }
        }
        atCaret.set(best);
    }

    public CommandResult open(Node node) {
        return navigator.apply(node.location());
    }
}
