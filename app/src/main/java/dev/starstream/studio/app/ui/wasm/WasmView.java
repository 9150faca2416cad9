package dev.starstream.studio.app.ui.wasm;

import static dev.starstream.studio.app.ui.run.PanelParts.label;
import static dev.starstream.studio.app.ui.run.PanelParts.spacer;

import dev.starstream.studio.app.ui.run.PanelParts;
import dev.starstream.studio.app.ui.tools.EmptyState;
import dev.starstream.studio.vm.wasm.codegen.BuildMode;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.jspecify.annotations.Nullable;

/** The WebAssembly panel (view): build switch, the listing, the caret line's code highlighted. */
public final class WasmView extends StackPane {
    private final WasmViewModel vm;
    private final ListView<WasmListing.Line> list;

    public WasmView(WasmViewModel vm) {
        this.vm = vm;
        setId("wasm-panel");
        PanelParts.styled(this);
        getStyleClass().add("run-panel");
        Label title = label("", "run-headline");
        title.setId("wasm-title");
        title.textProperty().bind(vm.titleProperty());
        ToggleGroup group = new ToggleGroup();
        HBox switcher = new HBox(0, build(group, "Release", BuildMode.RELEASE), build(group, "Debug", BuildMode.DEBUG));
        switcher.getStyleClass().add("segmented");
        Label hint = label("Move the caret in the contract to highlight its code", "panel-faint");
        HBox toolbar = new HBox(12, title, spacer(), hint, switcher);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("panel-toolbar");

        list = new ListView<>(vm.lines());
        list.setId("wasm-listing");
        list.getStyleClass().add("wasm-listing");
        list.setFixedCellSize(19);
        list.setCellFactory(v -> new LineCell());
        vm.focusFirstProperty().addListener((obs, old, now) -> {
            list.refresh();
            if (now.intValue() >= 0) {
                list.scrollTo(Math.max(0, now.intValue() - 4));
            }
        });
        vm.lines().addListener((ListChangeListener<WasmListing.Line>) c -> list.refresh());

        BorderPane pane = new BorderPane(list);
        pane.setTop(toolbar);
        EmptyState empty = new EmptyState("wasm-empty", "Build a contract to see its WebAssembly",
                "The disassembly of the current contract appears here, with its source lines as comments (Run ▸ Build Contracts, Ctrl+F9).");
        Label problem = label("", "run-message", "run-message-failed");
        problem.setId("wasm-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        StackPane problemPane = new StackPane(problem);
        problemPane.getStyleClass().add("run-body");
        Runnable show = () -> getChildren().setAll(!vm.problemProperty().get().isEmpty() ? problemPane
                : vm.lines().isEmpty() ? empty : pane);
        vm.problemProperty().addListener(o -> show.run());
        vm.lines().addListener((ListChangeListener<WasmListing.Line>) c -> show.run());
        show.run();
    }

    private ToggleButton build(ToggleGroup group, String text, BuildMode mode) {
        ToggleButton b = new ToggleButton(text);
        b.setId("wasm-build-" + mode.name().toLowerCase(Locale.ROOT));
        b.setToggleGroup(group);
        b.setFocusTraversable(false);
        b.getStyleClass().add("segment");
        b.setSelected(vm.modeProperty().get() == mode);
        b.setOnAction(e -> {
            vm.modeProperty().set(mode);
            b.setSelected(true);
        });
        return b;
    }

    private final class LineCell extends ListCell<WasmListing.Line> {
        @Override
        protected void updateItem(WasmListing.@Nullable Line line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("wasm-source", "wasm-code", "wasm-structure", "wasm-focus");
            if (empty || line == null) {
                setText(null);
                return;
            }
            setText(line.text());
            getStyleClass().add(switch (line.kind()) {
                case SOURCE -> "wasm-source";
                case CODE -> "wasm-code";
                case STRUCTURE -> "wasm-structure";
            });
            int index = getIndex();
            if (index >= vm.focusFirstProperty().get() && index <= vm.focusLastProperty().get() && vm.focusFirstProperty().get() >= 0) {
                getStyleClass().add("wasm-focus");
            }
        }
    }
}
