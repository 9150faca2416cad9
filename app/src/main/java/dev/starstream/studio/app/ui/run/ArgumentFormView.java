package dev.starstream.studio.app.ui.run;

import static dev.starstream.studio.app.ui.run.PanelParts.label;

import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/** The argument form (view): one row per parameter, nested fields for structs, tuples and enum payloads. */
final class ArgumentFormView extends VBox {
    ArgumentFormView(ArgumentFormViewModel vm) {
        setSpacing(6);
        getStyleClass().add("argument-form");
        if (vm.parameters().isEmpty()) {
            getChildren().add(label(vm.script().name() + " takes no arguments.", "panel-faint"));
        }
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(6);
        javafx.scene.layout.ColumnConstraints nameColumn = new javafx.scene.layout.ColumnConstraints();
        nameColumn.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints fieldColumn = new javafx.scene.layout.ColumnConstraints();
        fieldColumn.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(nameColumn, fieldColumn);
        int row = 0;
        for (ArgumentFormViewModel.Parameter p : vm.parameters()) {
            Label name = label(p.name(), "form-label");
            Label type = label(p.type(), "form-type");
            VBox names = new VBox(0, name, type);
            Node field = field(p.field(), "arg-" + p.name());
            GridPane.setHgrow(field, Priority.ALWAYS);
            grid.addRow(row++, names, field);
        }
        getChildren().add(grid);
        Label problems = label("", "field-problem");
        problems.setId("argument-problems");
        problems.setWrapText(true);
        problems.textProperty().bind(vm.problemsProperty());
        getChildren().add(problems);
    }

    /** The control(s) of a field; {@code id} names the top control for tests and accessibility. */
    static Node field(ArgumentField field, String id) {
        return switch (field) {
            case ArgumentField.IntField i -> {
                TextField text = new TextField();
                text.setId(id);
                text.textProperty().bindBidirectional(i.textProperty());
                text.setPromptText(i.range());
                text.setTooltip(new Tooltip(i.range()));
                text.setPrefColumnCount(14);
                yield text;
            }
            case ArgumentField.BoolField b -> {
                CheckBox box = new CheckBox("true");
                box.setId(id);
                box.selectedProperty().bindBidirectional(b.valueProperty());
                yield box;
            }
            case ArgumentField.UnitField u -> label("()", "mono");
            case ArgumentField.TextField t -> {
                TextField text = new TextField();
                text.setId(id);
                text.textProperty().bindBidirectional(t.textProperty());
                text.setPromptText("a " + dev.starstream.studio.vm.lang.types.Type.display(t.type()) + " literal");
                yield text;
            }
            case ArgumentField.TupleField t -> {
                VBox box = new VBox(4);
                for (int k = 0; k < t.elements().size(); k++) {
                    box.getChildren().add(row("." + k, field(t.elements().get(k), id + "-" + k)));
                }
                yield nested(box);
            }
            case ArgumentField.StructField s -> {
                VBox box = new VBox(4, label(dev.starstream.studio.vm.lang.types.Type.display(s.type()) + " {", "form-type"));
                s.fields().forEach(f -> box.getChildren().add(row(f.name(), field(f.field(), id + "-" + f.name()))));
                yield nested(box);
            }
            case ArgumentField.EnumField e -> enumField(e, id);
            case ArgumentField.HandleField h -> {
                ComboBox<String> combo = new ComboBox<>();
                combo.setId(id);
                combo.setEditable(true);
                combo.getItems().setAll(h.choices().stream().map(ArgumentField.HandleChoice::selector).toList());
                combo.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
                    @Override
                    protected void updateItem(String item, boolean empty) {
                        super.updateItem(item, empty);
                        setText(empty || item == null ? null : h.choices().stream().filter(c -> c.selector().equals(item))
                                .map(ArgumentField.HandleChoice::label).findFirst().orElse(item));
                    }
                });
                combo.valueProperty().bindBidirectional(h.selectorProperty());
                combo.setMaxWidth(Double.MAX_VALUE);
                combo.setPromptText("newest " + dev.starstream.studio.vm.lang.types.Type.display(h.type()));
                combo.setTooltip(new Tooltip("Pick a live utxo from the ledger (followed across transactions), the newest of the "
                        + "type when the run starts, or type a utxo id"));
                yield combo;
            }
            case ArgumentField.KeyField k -> {
                ComboBox<String> combo = new ComboBox<>();
                combo.setId(id);
                combo.setEditable(true);
                combo.getItems().setAll(k.choices());
                combo.valueProperty().bindBidirectional(k.textProperty());
                combo.setPromptText("@walletKey or 64 hex digits");
                combo.setMaxWidth(Double.MAX_VALUE);
                yield combo;
            }
        };
    }

    private static Node enumField(ArgumentField.EnumField e, String id) {
        ComboBox<String> variants = new ComboBox<>();
        variants.setId(id);
        variants.getItems().setAll(e.variantNames());
        variants.getSelectionModel().select(e.variantProperty().get());
        variants.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (now.intValue() >= 0) {
                e.variantProperty().set(now.intValue());
            }
        });
        VBox payload = new VBox(4);
        Runnable fill = () -> {
            List<ArgumentField.Named> fields = e.payload(Math.max(0, e.variantProperty().get()));
            payload.getChildren().setAll(fields.stream().map(f -> row(f.name(), field(f.field(), id + "-" + f.name()))).toList());
        };
        e.variantProperty().addListener((obs, old, now) -> {
            variants.getSelectionModel().select(now.intValue());
            fill.run();
        });
        fill.run();
        VBox box = new VBox(4, variants, payload);
        return box;
    }

    private static Node row(String name, Node field) {
        Label label = label(name, "form-sublabel");
        label.setMinWidth(70);
        HBox row = new HBox(8, label, field);
        HBox.setHgrow(field, Priority.ALWAYS);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static Node nested(VBox box) {
        StackPane frame = new StackPane(box);
        frame.getStyleClass().add("form-nested");
        frame.setPadding(new Insets(6, 8, 6, 8));
        return frame;
    }
}
