package dev.starstream.studio.app.ui.run;

import static dev.starstream.studio.app.ui.run.PanelParts.label;

import dev.starstream.studio.app.run.RunConfiguration;
import dev.starstream.studio.app.run.RunConfigurations;
import dev.starstream.studio.vm.runtime.RunMode;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/**
 * Run ▸ Edit Run Configurations… (view): the configurations on the left, the edited one on the right
 * (name, contract, script, the argument form, signers, gas limit, mode). Save keeps them in the
 * workspace; Save and Run also runs the edited one.
 */
public final class RunConfigurationDialog {
    /** What the user chose: the configurations to save, and whether to run the selected one. */
    public record Choice(RunConfigurations configurations, boolean run) {}

    public static final ButtonType SAVE_AND_RUN = new ButtonType("Save and Run", ButtonBar.ButtonData.OTHER);

    private RunConfigurationDialog() {}

    public static Optional<Choice> show(Window owner, RunConfigurationEditorViewModel vm) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Run Configurations");
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        if (owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.getDialogPane().getStylesheets().add(PanelParts.STYLESHEET);
        dialog.getDialogPane().getStyleClass().add("run-config-dialog");
        dialog.getDialogPane().getButtonTypes().setAll(SAVE_AND_RUN, ButtonType.OK, ButtonType.CANCEL);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText("Save");
        dialog.getDialogPane().setContent(content(vm));
        dialog.getDialogPane().setPrefSize(880, 560);
        for (ButtonType type : new ButtonType[] {ButtonType.OK, SAVE_AND_RUN}) {
            Button button = (Button) dialog.getDialogPane().lookupButton(type);
            button.setId(type == ButtonType.OK ? "run-config-save" : "run-config-save-run");
            button.addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
                if (!vm.apply()) {
                    e.consume();
                }
            });
            button.disableProperty().bind(vm.problemsProperty().isNotEmpty().and(vm.selectedProperty().isNotNull()));
        }
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() == ButtonType.CANCEL) {
            return Optional.empty();
        }
        return Optional.of(new Choice(vm.result(), answer.get() == SAVE_AND_RUN));
    }

    /** The dialog's content (also used by tests without a dialog). */
    public static Node content(RunConfigurationEditorViewModel vm) {
        ListView<RunConfiguration> list = new ListView<>(vm.configurations());
        list.setId("run-config-list");
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(@Nullable RunConfiguration item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.name());
            }
        });
        list.getSelectionModel().select(vm.selectedProperty().get());
        vm.selectedProperty().addListener((obs, old, now) -> list.getSelectionModel().select(now));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now != vm.selectedProperty().get()) {
                if (vm.apply()) {
                    vm.selectedProperty().set(list.getSelectionModel().getSelectedItem());
                } else {
                    list.getSelectionModel().select(vm.selectedProperty().get());
                }
            }
        });
        Button add = small("New", "New configuration", vm::add);
        add.setId("run-config-add");
        Button copy = small("Copy", "Duplicate the configuration", vm::duplicate);
        Button delete = small("Delete", "Delete the configuration", vm::delete);
        delete.setId("run-config-delete");
        HBox listButtons = new HBox(4, add, copy, delete);
        listButtons.setPadding(new Insets(6, 0, 0, 0));
        BorderPane left = new BorderPane(list);
        left.setBottom(listButtons);
        left.setMinWidth(230);
        left.setPrefWidth(240);
        left.setMaxWidth(320);
        SplitPane.setResizableWithParent(left, false);

        TextField name = new TextField();
        name.setId("run-config-name");
        name.textProperty().bindBidirectional(vm.nameProperty());
        ComboBox<String> contract = new ComboBox<>(vm.contracts());
        contract.setId("run-config-contract");
        contract.valueProperty().bindBidirectional(vm.contractProperty());
        contract.setMaxWidth(Double.MAX_VALUE);
        ComboBox<String> script = new ComboBox<>(vm.scripts());
        script.setId("run-config-script");
        script.valueProperty().bindBidirectional(vm.scriptProperty());
        script.setMaxWidth(Double.MAX_VALUE);
        Label compile = label("", "field-problem");
        compile.setId("run-config-compile");
        compile.setWrapText(true);
        compile.textProperty().bind(vm.compileStatusProperty());

        VBox form = new VBox();
        form.setId("run-config-form");
        Runnable showForm = () -> form.getChildren().setAll(vm.formProperty().get() == null ? new VBox()
                : new ArgumentFormView(vm.formProperty().get()));
        vm.formProperty().addListener(o -> showForm.run());
        showForm.run();

        FlowPane signers = new FlowPane(10, 4);
        signers.setId("run-config-signers");
        Runnable showSigners = () -> {
            signers.getChildren().clear();
            vm.signers().forEach(s -> {
                CheckBox box = new CheckBox("@" + s.name());
                box.selectedProperty().bindBidirectional(s.signs());
                signers.getChildren().add(box);
            });
            if (vm.signers().isEmpty()) {
                signers.getChildren().add(label("No wallet keys (create one in the Ledger panel's Wallet tab)", "panel-faint"));
            }
        };
        vm.signers().addListener((javafx.collections.ListChangeListener<RunConfigurationEditorViewModel.Signer>) c -> showSigners.run());
        showSigners.run();
        TextField gas = new TextField();
        gas.setId("run-config-gas");
        gas.textProperty().bindBidirectional(vm.gasLimitProperty());
        ToggleGroup modes = new ToggleGroup();
        ToggleButton debug = new ToggleButton("Debug build");
        ToggleButton release = new ToggleButton("Release build");
        debug.setToggleGroup(modes);
        release.setToggleGroup(modes);
        debug.getStyleClass().add("segment");
        release.getStyleClass().add("segment");
        Runnable showMode = () -> modes.selectToggle(vm.modeProperty().get() == RunMode.DEBUG ? debug : release);
        vm.modeProperty().addListener(o -> showMode.run());
        showMode.run();
        debug.setOnAction(e -> vm.modeProperty().set(RunMode.DEBUG));
        release.setOnAction(e -> vm.modeProperty().set(RunMode.RUN));
        HBox mode = new HBox(0, debug, release);
        mode.getStyleClass().add("segmented");

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        int row = 0;
        grid.addRow(row++, label("Name", "form-label"), name);
        grid.addRow(row++, label("Contract", "form-label"), contract);
        grid.addRow(row++, label("Script", "form-label"), new VBox(4, script, compile));
        grid.addRow(row++, label("Arguments", "form-label"), form);
        grid.addRow(row++, label("Signers", "form-label"), signers);
        grid.addRow(row++, label("Gas limit", "form-label"), gas);
        Label modeHint = label("Debug runs record every statement, so each act of the interleaving links to its source line.",
                "panel-faint");
        modeHint.setWrapText(true);
        grid.addRow(row++, label("Mode", "form-label"), new VBox(3, mode, modeHint));
        javafx.scene.layout.ColumnConstraints labels = new javafx.scene.layout.ColumnConstraints(90);
        javafx.scene.layout.ColumnConstraints fields = new javafx.scene.layout.ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);
        Label problems = label("", "field-problem");
        problems.setId("run-config-problems");
        problems.setWrapText(true);
        problems.textProperty().bind(vm.problemsProperty());
        VBox right = new VBox(10, grid, problems);
        right.setPadding(new Insets(4, 8, 8, 16));
        ScrollPane scroll = new ScrollPane(right);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("run-scroll");
        SplitPane split = new SplitPane(left, scroll);
        split.setDividerPositions(0.28);
        split.setId("run-config-editor");
        return split;
    }

    private static Button small(String text, String tip, Runnable action) {
        Button b = new Button(text);
        b.getStyleClass().add("small-button");
        b.setTooltip(new javafx.scene.control.Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
