package dev.starstream.studio.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.jspecify.annotations.Nullable;

/** {@link DialogService} with JavaFX dialogs, owned by the main window (and styled by its theme). */
public final class FxDialogService implements DialogService {
    private final Window owner;

    public FxDialogService(Window owner) {
        this.owner = owner;
    }

    private <T> void prepare(Dialog<T> dialog, String title) {
        dialog.initOwner(owner);
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(title);
        if (owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        dialog.getDialogPane().getStyleClass().add("studio-dialog");
    }

    @Override
    public SaveChoice askSaveChanges(String action, List<String> files) {
        ButtonType save = new ButtonType(files.size() == 1 ? "Save" : "Save All", ButtonData.YES);
        ButtonType discard = new ButtonType("Don't Save", ButtonData.NO);
        ButtonType cancel = new ButtonType("Cancel", ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", save, discard, cancel);
        prepare(alert, action);
        alert.setHeaderText(files.size() == 1
                ? "Save the changes to " + files.getFirst() + "?"
                : "Save the changes to " + files.size() + " files?");
        alert.setContentText((files.size() > 1 ? String.join(", ", files) + "\n\n" : "")
                + "Your changes are lost if you don't save them.");
        ButtonType answer = alert.showAndWait().orElse(cancel);
        return answer == save ? SaveChoice.SAVE : answer == discard ? SaveChoice.DISCARD : SaveChoice.CANCEL;
    }

    @Override
    public boolean confirm(String title, String message, String confirmLabel) {
        ButtonType go = new ButtonType(confirmLabel, ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType("Cancel", ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, go, cancel);
        prepare(alert, title);
        alert.setHeaderText(title + "?");
        return alert.showAndWait().orElse(cancel) == go;
    }

    @Override
    public Optional<String> askName(String title, String prompt, String initial, Function<String, @Nullable String> validator) {
        Dialog<String> dialog = new Dialog<>();
        prepare(dialog, title);
        dialog.setHeaderText(title);
        ButtonType ok = new ButtonType("OK", ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);
        TextField field = new TextField(initial);
        field.setId("name-field");
        field.setPrefColumnCount(28);
        Label problem = new Label();
        problem.setId("name-problem");
        problem.getStyleClass().add("field-problem");
        VBox content = new VBox(8, new Label(prompt), field, problem);
        dialog.getDialogPane().setContent(content);
        var okButton = dialog.getDialogPane().lookupButton(ok);
        Runnable validate = () -> {
            String why = validator.apply(field.getText());
            problem.setText(why == null ? "" : why);
            okButton.setDisable(why != null);
        };
        field.textProperty().addListener((obs, old, now) -> validate.run());
        validate.run();
        dialog.setResultConverter(button -> button == ok ? field.getText() : null);
        dialog.setOnShown(e -> {
            field.requestFocus();
            int dot = initial.lastIndexOf('.');
            field.selectRange(0, dot > 0 ? dot : initial.length());
        });
        return dialog.showAndWait();
    }

    @Override
    public ReloadChoice askReload(String file) {
        ButtonType reload = new ButtonType("Reload from Disk", ButtonData.YES);
        ButtonType keep = new ButtonType("Keep My Changes", ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.WARNING, "", reload, keep);
        prepare(alert, "File changed on disk");
        alert.setHeaderText(file + " changed on disk");
        alert.setContentText("It also has unsaved changes here. Reload it (losing them) or keep your version?");
        return alert.showAndWait().orElse(keep) == reload ? ReloadChoice.RELOAD : ReloadChoice.KEEP_MINE;
    }

    @Override
    public Optional<Path> chooseFolder(String title, @Nullable Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && Files.isDirectory(initial)) {
            chooser.setInitialDirectory(initial.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(java.io.File::toPath);
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        prepare(alert, title);
        alert.setHeaderText(title);
        alert.showAndWait();
    }
}
