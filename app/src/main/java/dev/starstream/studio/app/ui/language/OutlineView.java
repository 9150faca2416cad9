package dev.starstream.studio.app.ui.language;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.ui.tools.EmptyState;
import dev.starstream.studio.vm.lang.check.facts.OutlineItem;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.jspecify.annotations.Nullable;

/** The Outline panel: the current file's definitions as a tree; a click goes there; the item at the caret is selected. */
public final class OutlineView extends StackPane {
    private final TreeView<OutlineViewModel.Node> tree = new TreeView<>();
    private boolean following;

    public OutlineView(OutlineViewModel vm, Consumer<CommandResult> onResult) {
        setId("outline-panel");
        tree.setId("outline-tree");
        tree.setShowRoot(false);
        tree.getStyleClass().add("outline-tree");
        tree.setCellFactory(v -> new OutlineCell());
        EmptyState empty = new EmptyState("outline-empty", "No outline",
                "Open a .star file: its functions, utxos, ABIs and types appear here.");
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> vm.rootsProperty().get().isEmpty(),
                vm.rootsProperty()));
        tree.visibleProperty().bind(empty.visibleProperty().not());
        getChildren().addAll(empty, tree);
        vm.rootsProperty().addListener((obs, old, now) -> {
            TreeItem<OutlineViewModel.Node> root = new TreeItem<>();
            add(root, now);
            tree.setRoot(root);
            select(vm.atCaretProperty().get());
        });
        vm.atCaretProperty().addListener((obs, old, now) -> select(now));
        tree.setOnMouseClicked(e -> {
            TreeItem<OutlineViewModel.Node> item = tree.getSelectionModel().getSelectedItem();
            if (item != null && item.getValue() != null && e.getClickCount() >= 1 && !following) {
                onResult.accept(vm.open(item.getValue()));
            }
        });
        tree.setOnKeyPressed(e -> {
            TreeItem<OutlineViewModel.Node> item = tree.getSelectionModel().getSelectedItem();
            if (item != null && item.getValue() != null && e.getCode() == KeyCode.ENTER) {
                onResult.accept(vm.open(item.getValue()));
            }
        });
    }

    public TreeView<OutlineViewModel.Node> tree() {
        return tree;
    }

    private static void add(TreeItem<OutlineViewModel.Node> parent, List<OutlineViewModel.Node> nodes) {
        for (OutlineViewModel.Node n : nodes) {
            TreeItem<OutlineViewModel.Node> item = new TreeItem<>(n);
            item.setExpanded(true);
            add(item, n.children());
            parent.getChildren().add(item);
        }
    }

    private void select(OutlineViewModel.@Nullable Node node) {
        if (node == null || tree.getRoot() == null) {
            return;
        }
        TreeItem<OutlineViewModel.Node> item = find(tree.getRoot(), node);
        if (item != null && tree.getSelectionModel().getSelectedItem() != item) {
            following = true;
            tree.getSelectionModel().select(item);
            following = false;
            int row = tree.getRow(item);
            if (row >= 0) {
                tree.scrollTo(Math.max(0, row - 3));
            }
        }
    }

    private static @Nullable TreeItem<OutlineViewModel.Node> find(TreeItem<OutlineViewModel.Node> at, OutlineViewModel.Node node) {
        if (at.getValue() != null && at.getValue().item().equals(node.item())) {
            return at;
        }
        for (TreeItem<OutlineViewModel.Node> child : at.getChildren()) {
            TreeItem<OutlineViewModel.Node> found = find(child, node);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static final class OutlineCell extends TreeCell<OutlineViewModel.Node> {
        @Override
        protected void updateItem(OutlineViewModel.@Nullable Node node, boolean empty) {
            super.updateItem(node, empty);
            if (empty || node == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            OutlineItem.Kind kind = node.item().kind();
            Label icon = new Label(icon(kind));
            icon.getStyleClass().addAll("outline-icon", "outline-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            icon.setMinWidth(16);
            icon.setAlignment(Pos.CENTER);
            Label name = new Label(node.name());
            name.getStyleClass().add("outline-name");
            Label detail = new Label(node.item().detail());
            detail.getStyleClass().add("outline-detail");
            HBox row = new HBox(6, icon, name, detail);
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
            setText(null);
        }

        private static String icon(OutlineItem.Kind kind) {
            return switch (kind) {
                case FUNCTION -> "ƒ";
                case METHOD -> "m";
                case STRUCT -> "S";
                case FIELD -> "f";
                case ENUM -> "E";
                case ENUM_MEMBER -> "v";
                case CLASS -> "U";
                case INTERFACE -> "I";
                case EVENT -> "!";
            };
        }
    }
}
