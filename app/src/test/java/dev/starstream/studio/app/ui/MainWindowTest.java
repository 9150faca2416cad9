package dev.starstream.studio.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The main window opens, headless, with its title, menus and status bar. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        new MainWindow(Path.of("samples", "workspace")).show(stage);
    }

    @Test
    void showsTheWorkspaceInTheTitle(FxRobot robot) {
        assertThat(stage.isShowing()).isTrue();
        assertThat(stage.getTitle()).isEqualTo("Starstream Studio — workspace");
    }

    @Test
    void hasFileAndHelpMenus(FxRobot robot) {
        MenuBar bar = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(bar.getMenus()).extracting(m -> m.getText()).containsExactly("File", "Help");
    }

    @Test
    void statusBarNamesTheProduct(FxRobot robot) {
        Label status = robot.lookup("#status").queryAs(Label.class);
        assertThat(status.getText()).startsWith("Starstream Studio ");
    }
}
