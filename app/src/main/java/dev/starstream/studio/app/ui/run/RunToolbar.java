package dev.starstream.studio.app.ui.run;

import dev.starstream.studio.app.run.RunConfiguration;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import org.jspecify.annotations.Nullable;

/** The toolbar's run configuration picker: the workspace's configurations, the selected one runs on Ctrl+F5. */
public final class RunToolbar extends ComboBox<RunConfiguration> {
    public RunToolbar(RunConfigurationsViewModel vm) {
        super(vm.configurations());
        setId("run-configurations");
        PanelParts.styled(this);
        getStyleClass().add("run-config-combo");
        setFocusTraversable(false);
        setPromptText("No run configuration");
        setTooltip(new Tooltip("The run configuration Ctrl+F5 runs"));
        setCellFactory(list -> new Cell(true));
        setButtonCell(new Cell(false));
        valueProperty().bindBidirectional(vm.selectedProperty());
        disableProperty().bind(vm.runningProperty());
    }

    private static final class Cell extends ListCell<RunConfiguration> {
        private final boolean detailed;

        Cell(boolean detailed) {
            this.detailed = detailed;
        }

        @Override
        protected void updateItem(@Nullable RunConfiguration item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(detailed ? null : "No run configuration");
                setTooltip(null);
                return;
            }
            setText(detailed ? item.name() + "    " + item.target() : "▶  " + item.name());
            setTooltip(new Tooltip(item.target()));
        }
    }
}
