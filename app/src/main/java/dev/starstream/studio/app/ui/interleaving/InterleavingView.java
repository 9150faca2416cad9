package dev.starstream.studio.app.ui.interleaving;

import static dev.starstream.studio.app.ui.run.PanelParts.label;
import static dev.starstream.studio.app.ui.run.PanelParts.spacer;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.settings.ThemeChoice;
import dev.starstream.studio.app.ui.run.PanelParts;
import dev.starstream.studio.app.ui.tools.EmptyState;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/** The Interleaving panel (view): a toolbar (diagram / table / text, zoom), the chosen view, and the hovered act. */
public final class InterleavingView extends StackPane {
    private final InterleavingViewModel vm;
    private final InterleavingCanvas canvas;

    public InterleavingView(InterleavingViewModel vm, ObservableValue<ThemeChoice> theme, Consumer<CommandResult> onResult) {
        this.vm = vm;
        setId("interleaving-panel");
        PanelParts.styled(this);
        getStyleClass().add("run-panel");
        this.canvas = new InterleavingCanvas(vm, theme, act -> onResult.accept(vm.open(act)));

        Label title = label("", "run-headline");
        title.setId("interleaving-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.diagram().title(), vm.diagramProperty()));
        ToggleGroup modes = new ToggleGroup();
        HBox switcher = new HBox(0, mode(modes, "Diagram", InterleavingViewModel.Mode.DIAGRAM),
                mode(modes, "Table", InterleavingViewModel.Mode.TABLE), mode(modes, "Text", InterleavingViewModel.Mode.TEXT));
        switcher.getStyleClass().add("segmented");
        Label zoom = label("", "panel-muted");
        zoom.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "%.0f%%", vm.zoomProperty().get() * 100),
                vm.zoomProperty()));
        zoom.setMinWidth(40);
        zoom.setAlignment(Pos.CENTER);
        HBox zoomBox = new HBox(2, small("−", "Zoom out (Ctrl+wheel)", vm::zoomOut), zoom, small("+", "Zoom in (Ctrl+wheel)", vm::zoomIn),
                small("1:1", "Actual size", vm::resetZoom));
        zoomBox.setAlignment(Pos.CENTER);
        zoomBox.visibleProperty().bind(vm.modeProperty().isEqualTo(InterleavingViewModel.Mode.DIAGRAM));
        HBox legend = new HBox(10, legend("call", "legend-resume"), legend("return", "legend-yield"), legend("effect", "legend-effect"),
                legend("create", "legend-create"), legend("bind", "legend-bind"));
        legend.setAlignment(Pos.CENTER_LEFT);
        HBox toolbar = new HBox(12, title, spacer(), legend, zoomBox, switcher);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("panel-toolbar");

        Label hover = label("", "interleaving-hover", "mono");
        hover.setId("interleaving-hover");
        hover.textProperty().bind(Bindings.createStringBinding(() -> vm.hoverTextProperty().get().isEmpty()
                ? (vm.diagram().hasLocations() ? "Hover over an arrow to see the operation and its payload; click it to open its source line."
                        : "Hover over an arrow to see the operation and its payload. Runs in debug mode link every act to its source.")
                : vm.hoverTextProperty().get().replace("\n", "  ·  "), vm.hoverTextProperty(), vm.diagramProperty()));
        hover.setMaxWidth(Double.MAX_VALUE);
        HBox status = new HBox(hover);
        status.getStyleClass().add("panel-statusline");

        StackPane body = new StackPane();
        Node table = table(onResult);
        TextArea text = new TextArea();
        text.setId("interleaving-text");
        text.setEditable(false);
        text.getStyleClass().addAll("mono", "interleaving-text");
        text.textProperty().bind(Bindings.createStringBinding(() -> vm.diagram().text(), vm.diagramProperty()));
        Runnable showMode = () -> body.getChildren().setAll(switch (vm.modeProperty().get()) {
            case DIAGRAM -> canvas;
            case TABLE -> table;
            case TEXT -> text;
        });
        vm.modeProperty().addListener(o -> showMode.run());
        showMode.run();

        BorderPane pane = new BorderPane(body);
        pane.setTop(toolbar);
        pane.setBottom(status);
        EmptyState empty = new EmptyState("interleaving-empty", "Run a script to see its interleaving",
                "One lane per process, with the resumes, yields, effects and returns between them (Run ▸ Run, Ctrl+F5).");
        Runnable show = () -> getChildren().setAll(vm.diagram().isEmpty() ? empty : pane);
        vm.diagramProperty().addListener(o -> show.run());
        show.run();
    }

    /** The canvas part (for tests: hit testing and revealing acts). */
    InterleavingCanvas canvas() {
        return canvas;
    }

    private ToggleButton mode(ToggleGroup group, String text, InterleavingViewModel.Mode mode) {
        ToggleButton b = new ToggleButton(text);
        b.setId("interleaving-mode-" + mode.name().toLowerCase(Locale.ROOT));
        b.setToggleGroup(group);
        b.setFocusTraversable(false);
        b.getStyleClass().add("segment");
        b.setSelected(vm.modeProperty().get() == mode);
        b.setOnAction(e -> {
            vm.modeProperty().set(mode);
            b.setSelected(true);
        });
        vm.modeProperty().addListener((obs, old, now) -> b.setSelected(now == mode));
        return b;
    }

    private static Button small(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("small-button");
        b.setFocusTraversable(false);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Node legend(String text, String style) {
        Label swatch = label("", "legend-swatch", style);
        HBox box = new HBox(4, swatch, label(text, "panel-faint"));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private Node table(Consumer<CommandResult> onResult) {
        TableView<InterleavingDiagram.Row> table = new TableView<>();
        table.setId("interleaving-table");
        table.getStyleClass().add("interleaving-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<InterleavingDiagram.Row, String> step = new TableColumn<>("Step");
        step.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(Integer.toString(c.getValue().step())));
        step.setPrefWidth(60);
        step.setMaxWidth(80);
        TableColumn<InterleavingDiagram.Row, String> process = new TableColumn<>("Process");
        process.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().process()));
        process.setPrefWidth(140);
        TableColumn<InterleavingDiagram.Row, String> operation = new TableColumn<>("Operation");
        operation.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().operation()));
        operation.setPrefWidth(420);
        TableColumn<InterleavingDiagram.Row, String> source = new TableColumn<>("Source");
        source.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(c.getValue().location() == null ? ""
                : c.getValue().location().file().relative().toString().replace('\\', '/') + ":" + c.getValue().location().position().line()));
        source.setPrefWidth(140);
        table.getColumns().addAll(java.util.List.of(step, process, operation, source));
        Runnable fill = () -> table.getItems().setAll(vm.diagram().rows());
        vm.diagramProperty().addListener(o -> fill.run());
        fill.run();
        table.setOnMouseClicked(e -> {
            InterleavingDiagram.Row row = table.getSelectionModel().getSelectedItem();
            if (row != null && e.getClickCount() == 2) {
                onResult.accept(vm.open(row));
            }
        });
        return table;
    }
}
