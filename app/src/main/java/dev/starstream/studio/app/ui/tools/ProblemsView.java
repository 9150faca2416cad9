package dev.starstream.studio.app.ui.tools;

import dev.starstream.studio.app.commands.CommandResult;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.jspecify.annotations.Nullable;

/**
 * The Problems panel: problems grouped by file (with counts), a sort choice, one click to go to a
 * problem, and "Explain" on every problem whose code has an explanation page.
 */
public final class ProblemsView extends BorderPane {
    private final TreeView<Object> tree = new TreeView<>();

    public ProblemsView(ProblemsViewModel vm, Consumer<CommandResult> onResult) {
        setId("problems-panel");
        Label summary = new Label();
        summary.setId("problems-summary");
        summary.getStyleClass().add("panel-title");
        summary.textProperty().bind(vm.summaryProperty());
        ChoiceBox<ProblemsViewModel.SortOrder> sort = new ChoiceBox<>();
        sort.getItems().setAll(ProblemsViewModel.SortOrder.values());
        sort.valueProperty().bindBidirectional(vm.sortProperty());
        sort.setId("problems-sort");
        sort.getStyleClass().add("problems-sort");
        Label sortLabel = new Label("Sort by");
        sortLabel.getStyleClass().add("problem-code");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(8, summary, spacer, sortLabel, sort);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("problems-header");

        tree.setId("problems-list");
        tree.getStyleClass().addAll("tool-list", "problems-tree");
        tree.setShowRoot(false);
        tree.setRoot(new TreeItem<>());
        tree.setCellFactory(v -> new ProblemCell(vm, onResult));
        vm.groups().addListener((ListChangeListener<ProblemsViewModel.FileGroup>) c -> rebuild(vm));
        tree.setOnMouseClicked(e -> {
            if (e.getClickCount() >= 1 && selected() instanceof Problem p && !(e.getTarget() instanceof Hyperlink)) {
                onResult.accept(vm.open(p));
            }
        });
        tree.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selected() instanceof Problem p) {
                onResult.accept(vm.open(p));
            }
        });
        EmptyState empty = new EmptyState("problems-empty", "No problems", "Errors and warnings in the workspace appear here as you type.");
        empty.visibleProperty().bind(javafx.beans.binding.Bindings.isEmpty(vm.groups()));
        tree.visibleProperty().bind(empty.visibleProperty().not());
        setTop(header);
        setCenter(new StackPane(empty, tree));
        rebuild(vm);
    }

    /** The tree: file groups (expanded) with their problems. */
    public TreeView<Object> tree() {
        return tree;
    }

    private @Nullable Object selected() {
        TreeItem<Object> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    private void rebuild(ProblemsViewModel vm) {
        TreeItem<Object> root = new TreeItem<>();
        for (ProblemsViewModel.FileGroup g : vm.groups()) {
            TreeItem<Object> file = new TreeItem<>(g);
            file.setExpanded(true);
            g.problems().forEach(p -> file.getChildren().add(new TreeItem<>(p)));
            root.getChildren().add(file);
        }
        tree.setRoot(root);
    }

    private static final class ProblemCell extends TreeCell<Object> {
        private final ProblemsViewModel vm;
        private final Consumer<CommandResult> onResult;

        ProblemCell(ProblemsViewModel vm, Consumer<CommandResult> onResult) {
            this.vm = vm;
            this.onResult = onResult;
        }

        @Override
        protected void updateItem(@Nullable Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            switch (item) {
                case ProblemsViewModel.FileGroup g -> {
                    Label name = new Label(g.name());
                    name.getStyleClass().add("problems-file");
                    Label folder = new Label(g.folder());
                    folder.getStyleClass().add("problem-where");
                    Label count = new Label(String.valueOf(g.problems().size()));
                    count.getStyleClass().add("problems-count");
                    HBox row = new HBox(8, name, folder, count);
                    row.setAlignment(Pos.CENTER_LEFT);
                    setGraphic(row);
                }
                case Problem p -> {
                    Label severity = new Label(switch (p.severity()) {
                        case ERROR -> "●";
                        case WARNING -> "▲";
                        case INFO -> "ℹ";
                    });
                    severity.getStyleClass().addAll("severity", "severity-" + p.severity().name().toLowerCase(Locale.ROOT));
                    Label message = new Label(p.message());
                    message.getStyleClass().add("problem-message");
                    message.setMinWidth(0);
                    Label code = new Label(p.code());
                    code.getStyleClass().add("problem-code");
                    Label where = new Label("Ln " + p.location().position().line() + ", Col " + p.location().position().column());
                    where.getStyleClass().add("problem-where");
                    where.setMinWidth(Region.USE_PREF_SIZE);
                    HBox row = new HBox(8, severity, message, code, where);
                    if (ProblemsViewModel.isExplainable(p)) {
                        Hyperlink explain = new Hyperlink("Explain");
                        explain.getStyleClass().add("problem-explain");
                        explain.setId("explain-" + p.code());
                        explain.setFocusTraversable(false);
                        explain.setOnAction(e -> onResult.accept(vm.explain(p)));
                        row.getChildren().add(explain);
                    }
                    row.setAlignment(Pos.CENTER_LEFT);
                    setGraphic(row);
                }
                default -> setGraphic(new Label(item.toString()));
            }
        }
    }
}
