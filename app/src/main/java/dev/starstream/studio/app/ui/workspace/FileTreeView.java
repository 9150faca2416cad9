package dev.starstream.studio.app.ui.workspace;

import dev.starstream.studio.app.commands.CommandRegistry;
import dev.starstream.studio.app.commands.StandardCommands;
import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.jspecify.annotations.Nullable;

/** The explorer's file tree: binds {@link FileNode}s to tree items; operations are registry commands. */
public final class FileTreeView extends BorderPane {
    private final FileTreeViewModel vm;
    private final CommandRegistry commands;
    private final TreeView<FileNode> tree = new TreeView<>();
    private final Map<FileNode, TreeItem<FileNode>> items = new HashMap<>();

    public FileTreeView(FileTreeViewModel vm, CommandRegistry commands) {
        this.vm = vm;
        this.commands = commands;
        getStyleClass().add("file-tree");
        tree.setId("file-tree");
        tree.setShowRoot(true);
        tree.setCellFactory(t -> new FileCell());
        Label empty = new Label("No folder open");
        empty.getStyleClass().add("empty-state-title");
        StackPane placeholder = new StackPane(empty);
        placeholder.visibleProperty().bind(vm.rootProperty().isNull());
        tree.visibleProperty().bind(vm.rootProperty().isNotNull());
        setCenter(new StackPane(placeholder, tree));

        vm.rootProperty().addListener((obs, old, now) -> showRoot(now));
        showRoot(vm.rootProperty().get());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                vm.selectedProperty().set(now == null ? null : now.getValue()));
        vm.selectedProperty().addListener((obs, old, now) -> {
            TreeItem<FileNode> item = now == null ? null : items.get(now);
            if (item != null && tree.getSelectionModel().getSelectedItem() != item) {
                tree.getSelectionModel().select(item);
                tree.scrollTo(Math.max(0, tree.getRow(item) - 3));
            }
        });
        tree.setOnKeyPressed(e -> {
            TreeItem<FileNode> item = tree.getSelectionModel().getSelectedItem();
            if (item == null) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                vm.activate(item.getValue());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                commands.execute(StandardCommands.DELETE_ENTRY);
                e.consume();
            } else if (e.getCode() == KeyCode.F2) {
                commands.execute(StandardCommands.RENAME_ENTRY);
                e.consume();
            }
        });
        tree.setContextMenu(contextMenu());
    }

    public TreeView<FileNode> tree() {
        return tree;
    }

    private ContextMenu contextMenu() {
        ContextMenu menu = new ContextMenu(
                item("New File…", StandardCommands.NEW_FILE),
                item("New Folder…", StandardCommands.NEW_FOLDER),
                new SeparatorMenuItem(),
                item("Rename…", StandardCommands.RENAME_ENTRY),
                item("Delete", StandardCommands.DELETE_ENTRY));
        menu.setId("file-tree-menu");
        return menu;
    }

    private MenuItem item(String text, String commandId) {
        MenuItem item = new MenuItem(text);
        item.setId("tree-" + commandId);
        item.setOnAction(e -> commands.execute(commandId));
        return item;
    }

    private void showRoot(@Nullable FileNode root) {
        items.clear();
        tree.setRoot(root == null ? null : itemFor(root));
    }

    private TreeItem<FileNode> itemFor(FileNode node) {
        TreeItem<FileNode> item = new TreeItem<>(node);
        items.put(node, item);
        if (node.isDirectory()) {
            item.setExpanded(node.expandedProperty().get());
            item.expandedProperty().bindBidirectional(node.expandedProperty());
            node.children().forEach(c -> item.getChildren().add(itemFor(c)));
            if (!node.isLoaded()) {
                item.getChildren().add(new TreeItem<>()); // makes the folder expandable until it is listed
            }
            node.children().addListener((ListChangeListener<FileNode>) change -> {
                item.getChildren().setAll(node.children().stream().map(c -> {
                    TreeItem<FileNode> existing = items.get(c);
                    return existing != null ? existing : itemFor(c);
                }).toList());
            });
        }
        return item;
    }

    /** A tree row: an icon by kind and the name. */
    private final class FileCell extends TreeCell<FileNode> {
        private final Label icon = new Label();

        FileCell() {
            icon.getStyleClass().add("file-icon");
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && getItem() != null && !getItem().isDirectory()) {
                    vm.activate(getItem());
                }
            });
        }

        @Override
        protected void updateItem(@Nullable FileNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeAll("star-file", "folder", "plain-file");
            if (empty || node == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(node.name());
            String kind = node.isDirectory() ? "folder" : node.isStarFile() ? "star-file" : "plain-file";
            getStyleClass().add(kind);
            icon.setText(node.isDirectory() ? "▸" : node.isStarFile() ? "✦" : "·");
            icon.getStyleClass().setAll("file-icon", kind + "-icon");
            setGraphic(node.isDirectory() ? null : icon);
        }
    }
}
