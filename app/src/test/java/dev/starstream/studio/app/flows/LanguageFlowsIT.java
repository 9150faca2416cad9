package dev.starstream.studio.app.flows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.editor.ui.CodeEditor;
import dev.starstream.studio.editor.ui.analysis.AnalysisDecorations;
import java.io.IOException;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
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

/** The language features as a contract author meets them, driven through keyboard and mouse, headless. */
@ExtendWith(ApplicationExtension.class)
class LanguageFlowsIT {
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

    /** Waits (up to 10 s, polling on the FX thread) until {@code condition} holds. */
    static void eventually(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            WaitForAsyncUtils.waitForFxEvents();
            if (WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(condition))) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        throw new AssertionError("not within 10 s: " + what);
    }

    private CodeEditor open(FxRobot robot, String name) throws Exception {
        robot.clickOn(robot.lookup(".tree-cell").match((TreeCell<?> c) -> c.getItem() != null && c.getItem().toString().equals(name))
                .queryAs(TreeCell.class));
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        CodeEditor editor = studio.window.activeEditor().orElseThrow();
        eventually("the first analysis is shown", () -> decorations(editor).applied() != null);
        return editor;
    }

    static AnalysisDecorations decorations(CodeEditor editor) {
        return editor.components().stream().filter(AnalysisDecorations.class::isInstance).map(AnalysisDecorations.class::cast)
                .findFirst().orElseThrow();
    }

    private ListView<?> problems(FxRobot robot) {
        return robot.lookup("#problems-list").queryAs(ListView.class);
    }

    @Test
    void typingAnErrorShowsASquiggleAndAProblemAndFixingItClearsBoth(FxRobot robot) throws Exception {
        CodeEditor editor = open(robot, "score.star");
        int argument = editor.getText().indexOf("plus_chips(2)") + "plus_chips(".length();
        assertThat(problems(robot).getItems()).isEmpty();

        robot.interact(() -> editor.area().selectRange(argument, argument + 1));
        robot.write("true");

        eventually("the problem is listed", () -> problems(robot).getItems().size() == 1);
        eventually("the squiggle is drawn", () -> editor.area().getStyleOfChar(argument + 1).contains("diag-error"));
        assertThat(problems(robot).getItems().getFirst().toString()).contains("E0031");
        assertThat(decorations(editor).markers()).containsKey(59);
        assertThat(robot.lookup("#status-errors").queryLabeled().getText()).isEqualTo("✖ 1");
        Screenshots.save(stage.getScene(), "editor-squiggle-light");

        robot.interact(() -> editor.area().selectRange(argument, argument + "true".length()));
        robot.write("2");

        eventually("the problem is gone", () -> problems(robot).getItems().isEmpty());
        eventually("the squiggle is gone", () -> !editor.area().getStyleOfChar(argument).contains("diag-error"));
        assertThat(decorations(editor).markers()).isEmpty();
        assertThat(robot.lookup("#status-errors").queryLabeled().getText()).isEqualTo("✖ 0");
    }

    @Test
    void namesAreColouredByWhatTheyDenote(FxRobot robot) throws Exception {
        CodeEditor editor = open(robot, "score.star");
        eventually("semantic colours", () -> editor.area().getStyleOfChar(editor.getText().indexOf("chips = 0") + 1).contains("sem-storage"));
        String text = editor.getText();
        assertThat(editor.area().getStyleOfChar(text.indexOf("amount: i64);") + 1)).doesNotContain("sem-storage");
        assertThat(editor.area().getStyleOfChar(text.indexOf("pub amount") + 5)).contains("sem-parameter");
        assertThat(editor.area().getStyleOfChar(text.indexOf("emit Finished") + 6)).contains("sem-event");
        assertThat(editor.area().getStyleOfChar(text.indexOf("Score::new") + 1)).contains("tok-type");
    }
}
