package dev.starstream.studio.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.app.AppServices;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main window opens, headless, on a workspace with its title, menus, panels and status bar. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private Stage stage;
    private AppServices services;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Path config = Files.createTempDirectory("studio-config");
        Path workspace = Files.createTempDirectory("studio-ws").resolve("workspace");
        Files.createDirectories(workspace);
        Files.writeString(workspace.resolve("score.star"), "contract;\n");
        services = AppServices.forApplication(config);
        new MainWindow(services, workspace).show(stage);
    }

    @AfterEach
    void stop() {
        services.close();
    }

    @Test
    void showsTheWorkspaceInTheTitle(FxRobot robot) {
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("workspace — Starstream Studio");
    }

    @Test
    void hasTheMenusPeopleExpect(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getMenus()).extracting(Menu::getText).containsExactly("File", "Edit", "View", "Code", "Run", "Help");
    }

    @Test
    void statusBarSaysTheWorkspaceOpened(FxRobot robot) {
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertThat(status.getText()).isEqualTo("Opened workspace");
    }

    @Test
    void panelsWithoutDataSayHowToGetIt(FxRobot robot) {
        assertThat(robot.lookup("#problems-empty").tryQuery()).isPresent();
        assertThat(robot.lookup("#ledger-utxos-empty").tryQuery()).isPresent();
        assertThat(robot.lookup("#outline-empty").tryQuery()).isPresent();
    }
}
