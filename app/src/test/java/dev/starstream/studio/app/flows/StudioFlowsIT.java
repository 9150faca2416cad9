package dev.starstream.studio.app.flows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.app.settings.SettingsStore;
import dev.starstream.studio.app.settings.ThemeChoice;
import dev.starstream.studio.app.ui.editors.DocumentViewModel;
import dev.starstream.studio.editor.ui.CodeEditor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** What a contract author does in the first minutes, driven through keyboard and mouse, headless. */
@ExtendWith(ApplicationExtension.class)
class StudioFlowsIT {
    private StudioFixture studio;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        studio = new StudioFixture();
        studio.show(stage);
    }

    @AfterEach
    void stop() throws IOException {
        studio.close();
    }

    private static void shortcut(FxRobot robot, KeyCode... keys) {
        KeyCode[] all = new KeyCode[keys.length + 1];
        all[0] = KeyCode.CONTROL;
        System.arraycopy(keys, 0, all, 1, keys.length);
        robot.push(all);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private TreeCell<?> treeCell(FxRobot robot, String name) {
        return robot.lookup(".tree-cell").match((TreeCell<?> c) -> c.getItem() != null && c.getItem().toString().equals(name))
                .queryAs(TreeCell.class);
    }

    private CodeEditor activeEditor(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return studio.window.activeEditor().orElseThrow(() -> new AssertionError("no editor is open"));
    }

    private DocumentViewModel activeDocument() {
        return studio.window.tabsViewModel().active();
    }

    /** Selects the file in the explorer and opens it with Enter (a double-click is timing-sensitive on a busy machine). */
    private void openFromTree(FxRobot robot, String name) {
        robot.clickOn(treeCell(robot, name));
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void createTypeSeeTheDirtyMarkerSaveAndReopen(FxRobot robot) throws Exception {
        shortcut(robot, KeyCode.N);
        robot.clickOn("#name-field").push(KeyCode.CONTROL, KeyCode.A).write("pool.star");
        Screenshots.save(robot.lookup(".dialog-pane").query().getScene(), "flow-new-file-dialog");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Path pool = studio.workspace.resolve("pool.star");
        assertThat(pool).hasContent("contract;");
        assertThat(activeDocument().name()).isEqualTo("pool.star");

        robot.clickOn(activeEditor(robot).area());
        robot.push(KeyCode.CONTROL, KeyCode.END);
        robot.write("utxo Pool {");
        robot.push(KeyCode.ENTER);
        robot.write("storage {");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(activeDocument().isDirty()).isTrue();
        assertThat(robot.lookup(".dirty-marker").match(Node::isVisible).tryQuery()).isPresent();
        assertThat(stage.getTitle()).isEqualTo("● pool.star — game — Starstream Studio");
        Screenshots.save(stage.getScene(), "flow-typing");

        shortcut(robot, KeyCode.S);
        assertThat(activeDocument().isDirty()).isFalse();
        assertThat(Files.readString(pool)).isEqualTo("contract;\nutxo Pool {\n    storage {");

        shortcut(robot, KeyCode.W);
        assertThat(studio.window.tabsViewModel().documents()).isEmpty();
        openFromTree(robot, "pool.star");
        assertThat(activeEditor(robot).getText()).isEqualTo("contract;\nutxo Pool {\n    storage {");
    }

    @Test
    void closingAnEditorWithUnsavedChangesAsksFirst(FxRobot robot) {
        openFromTree(robot, "score.star");
        robot.clickOn(activeEditor(robot).area());
        robot.write("x");
        shortcut(robot, KeyCode.W);
        assertThat(robot.lookup(".dialog-pane").tryQuery()).isPresent();
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Cancel")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(studio.window.tabsViewModel().documents()).hasSize(1);
        shortcut(robot, KeyCode.W);
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Don't Save")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(studio.window.tabsViewModel().documents()).isEmpty();
    }

    @Test
    void renameAFileFromTheTree(FxRobot robot) {
        openFromTree(robot, "score.star");
        robot.clickOn(treeCell(robot, "score.star"));
        robot.push(KeyCode.F2);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#name-field").push(KeyCode.CONTROL, KeyCode.A).write("game.star").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(studio.workspace.resolve("game.star")).exists();
        assertThat(studio.workspace.resolve("score.star")).doesNotExist();
        assertThat(treeCell(robot, "game.star")).isNotNull();
        assertThat(activeDocument().name()).isEqualTo("game.star");
    }

    @Test
    void deleteAsksForConfirmationThenCanBeUndone(FxRobot robot) {
        robot.clickOn(treeCell(robot, "score.star"));
        robot.push(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot.lookup(".dialog-pane").query().getScene(), "flow-delete-confirmation");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Delete")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(studio.workspace.resolve("score.star")).doesNotExist();
        assertThat(robot.lookup(".tree-cell").match((TreeCell<?> c) -> c.getItem() != null && c.getItem().toString().equals("score.star")).tryQuery()).isEmpty();

        shortcut(robot, KeyCode.ALT, KeyCode.Z);
        assertThat(studio.workspace.resolve("score.star")).exists();
    }

    @Test
    void switchingTheThemeFromThePaletteRestylesAndIsRemembered(FxRobot robot) throws Exception {
        openFromTree(robot, "score.star");
        Screenshots.save(stage.getScene(), "main-window-light");
        shortcut(robot, KeyCode.SHIFT, KeyCode.P);
        robot.write("dark theme");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(stage.getScene(), "command-palette");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getStylesheets()).anyMatch(s -> s.endsWith("theme-dark.css"));
        studio.services.settings().flush();
        assertThat(new SettingsStore(studio.config).load().theme()).isEqualTo(ThemeChoice.DARK);
        Thread.sleep(200); // let highlighting of the open file land before the picture
        Screenshots.save(stage.getScene(), "main-window-dark");
    }

    @Test
    void thePaletteFiltersFuzzilyAndRunsTheChosenCommand(FxRobot robot) {
        openFromTree(robot, "score.star");
        robot.clickOn(activeEditor(robot).area());
        robot.push(KeyCode.CONTROL, KeyCode.HOME);
        robot.push(KeyCode.DOWN).push(KeyCode.DOWN).push(KeyCode.DOWN).push(KeyCode.DOWN); // "contract;"
        shortcut(robot, KeyCode.SHIFT, KeyCode.P);
        robot.write("tglc");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> list = robot.lookup("#command-palette-list").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(1);
        assertThat(list.getItems().getFirst().toString()).contains("Toggle Line Comment");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(activeEditor(robot).getText()).contains("\n// contract;\n");
    }

    @Test
    void goToDefinitionOnAKeywordSaysThereIsNothingThere(FxRobot robot) {
        openFromTree(robot, "score.star");
        robot.clickOn(activeEditor(robot).area());
        robot.push(KeyCode.CONTROL, KeyCode.HOME);
        robot.push(KeyCode.F12);
        for (int k = 0; k < 200 && !robot.lookup("#status").queryLabeled().getText().equals("No definition here"); k++) {
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(robot.lookup("#status").queryLabeled().getText()).isEqualTo("No definition here");
    }

    @Test
    void findAndReplaceInTheEditor(FxRobot robot) throws Exception {
        openFromTree(robot, "score.star");
        robot.clickOn(activeEditor(robot).area());
        shortcut(robot, KeyCode.H);
        robot.write("chips");
        robot.clickOn("#find-replacement").write("points");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#find-status").queryLabeled().getText()).endsWith(" of 15");
        Screenshots.save(stage.getScene(), "find-replace");
        robot.clickOn("#find-replace-all");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(activeEditor(robot).getText()).doesNotContain("chips").contains("points");
        shortcut(robot, KeyCode.Z);
        assertThat(activeEditor(robot).getText()).contains("chips");
    }

    @Test
    void enterIndentsAndAClosingBraceDedents(FxRobot robot) {
        openFromTree(robot, "score.star");
        CodeEditor editor = activeEditor(robot);
        robot.clickOn(editor.area());
        robot.push(KeyCode.CONTROL, KeyCode.END);
        robot.write("fn f() {");
        robot.push(KeyCode.ENTER);
        robot.write("let x = 1;");
        robot.push(KeyCode.ENTER);
        robot.write("}");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(editor.getText()).endsWith("fn f() {\n    let x = 1;\n}");
    }

    @Test
    void highlightingColoursKeywordsOffTheFxThread(FxRobot robot) throws Exception {
        openFromTree(robot, "score.star");
        CodeEditor editor = activeEditor(robot);
        for (int k = 0; k < 100 && editor.currentLexedText() == null; k++) {
            TimeUnit.MILLISECONDS.sleep(20);
            WaitForAsyncUtils.waitForFxEvents();
        }
        int utxo = editor.getText().indexOf("utxo Score");
        assertThat(editor.area().getStyleOfChar(utxo)).contains("tok-keyword");
        assertThat(editor.area().getStyleOfChar(utxo + 5)).contains("tok-type");
    }
}
