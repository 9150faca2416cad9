package dev.starstream.studio.app.ui;

import dev.starstream.studio.app.cli.StudioVersion;
import java.nio.file.Path;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.jspecify.annotations.Nullable;

/** The main window of the IDE: menus, workspace, editors, tool panels and the status bar. */
public final class MainWindow {
    public static final String TITLE = "Starstream Studio";

    private final @Nullable Path workspace;

    public MainWindow(@Nullable Path workspace) {
        this.workspace = workspace;
    }

    /** Builds the window's content into {@code stage} and shows it. */
    public void show(Stage stage) {
        stage.setTitle(workspace == null ? TITLE : TITLE + " — " + workspace.getFileName());
        stage.setScene(new Scene(buildRoot(stage), 1280, 800));
        stage.show();
    }

    private BorderPane buildRoot(Stage stage) {
        BorderPane root = new BorderPane();
        root.setId("main-window");
        root.setTop(buildMenuBar(stage));

        Label workspaceLabel = new Label(workspace == null ? "No workspace open" : workspace.toString());
        workspaceLabel.setId("workspace-label");
        StackPane left = new StackPane(workspaceLabel);
        left.setPadding(new Insets(8));

        Label welcome = new Label("Welcome to Starstream Studio");
        welcome.setId("welcome");
        welcome.setStyle("-fx-font-size: 20px;");
        StackPane centre = new StackPane(welcome);

        SplitPane split = new SplitPane(left, centre);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.22);
        root.setCenter(split);

        Label status = new Label("Starstream Studio " + StudioVersion.current());
        status.setId("status");
        HBox statusBar = new HBox(status);
        statusBar.setPadding(new Insets(2, 8, 2, 8));
        root.setBottom(statusBar);
        return root;
    }

    private static MenuBar buildMenuBar(Stage stage) {
        MenuItem exit = new MenuItem("Exit");
        exit.setOnAction(e -> stage.hide());
        Menu file = new Menu("File", null, exit);
        Menu help = new Menu("Help", null, new MenuItem("About Starstream Studio"));
        return new MenuBar(file, help);
    }
}
