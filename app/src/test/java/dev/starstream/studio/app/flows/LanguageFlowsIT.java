package dev.starstream.studio.app.flows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.app.settings.ThemeChoice;
import dev.starstream.studio.app.ui.language.LanguageActions;
import dev.starstream.studio.app.ui.language.LanguageEditorExtension;
import dev.starstream.studio.app.ui.language.OutlineViewModel;
import dev.starstream.studio.editor.services.completion.CompletionItem;
import dev.starstream.studio.editor.ui.CodeEditor;
import dev.starstream.studio.editor.ui.analysis.AnalysisDecorations;
import dev.starstream.studio.editor.ui.completion.CompletionPopup;
import dev.starstream.studio.editor.ui.hover.HoverPopup;
import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
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

    private java.util.List<dev.starstream.studio.app.ui.tools.Problem> problems(FxRobot robot) {
        return studio.window.problemsViewModel().problems();
    }

    @Test
    void typingAnErrorShowsASquiggleAndAProblemAndFixingItClearsBoth(FxRobot robot) throws Exception {
        CodeEditor editor = open(robot, "score.star");
        int argument = editor.getText().indexOf("plus_chips(2)") + "plus_chips(".length();
        assertThat(problems(robot)).isEmpty();

        robot.interact(() -> editor.area().selectRange(argument, argument + 1));
        robot.write("true");

        eventually("the problem is listed", () -> problems(robot).size() == 1);
        eventually("the squiggle is drawn", () -> editor.area().getStyleOfChar(argument + 1).contains("diag-error"));
        assertThat(problems(robot).getFirst().toString()).contains("E0031");
        assertThat(decorations(editor).markers()).containsKey(56);
        assertThat(robot.lookup("#status-errors").queryLabeled().getText()).isEqualTo("✖ 1");
        Screenshots.save(stage.getScene(), "editor-squiggle-light");

        robot.interact(() -> editor.area().selectRange(argument, argument + "true".length()));
        robot.write("2");

        eventually("the problem is gone", () -> problems(robot).isEmpty());
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

    /** Every text shown under {@code node}, concatenated. */
    static String texts(javafx.scene.Node node) {
        StringBuilder out = new StringBuilder();
        if (node instanceof javafx.scene.text.Text t) {
            out.append(t.getText());
        } else if (node instanceof javafx.scene.Parent p) {
            p.getChildrenUnmodifiable().forEach(child -> out.append(texts(child)));
        }
        return out.toString();
    }

    /** Scrolls {@code offset} into view and returns the screen bounds of its character. */
    private static Bounds boundsOf(CodeEditor editor, int offset) throws Exception {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            editor.area().showParagraphAtCenter(editor.area().offsetToPosition(offset,
                    org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
            return true;
        }));
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> editor.area().getCharacterBoundsOnScreen(offset, offset + 1)
                .orElseThrow()));
    }

    @Test
    void completeAMethodNameOnAHandle(FxRobot robot) throws Exception {
        CodeEditor editor = open(robot, "score.star");
        int end = editor.getText().indexOf("score.mult_mult(2);") + "score.mult_mult(2);".length();
        robot.interact(() -> editor.area().moveTo(end));
        robot.push(KeyCode.ENTER);
        robot.write("score.");
        CompletionPopup popup = LanguageEditorExtension.completion(editor).orElseThrow();
        eventually("the completion popup", popup::isShowing);
        assertThat(popup.model().items()).extracting(CompletionItem::label).containsExactly("finish", "mult_mult", "plus_chips", "plus_mult");

        robot.write("pm");
        eventually("the list is filtered", () -> popup.model().items().size() == 1);
        Screenshots.saveWithPopups(stage.getScene(), "completion-popup-light");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(editor.getText()).contains("score.mult_mult(2);\n    score.plus_mult\n");
        assertThat(popup.isShowing()).isFalse();
    }

    @Test
    void ctrlSpaceProposesNamesInScope(FxRobot robot) throws Exception {
        CodeEditor editor = open(robot, "score.star");
        int end = editor.getText().indexOf("score.mult_mult(2);") + "score.mult_mult(2);".length();
        robot.interact(() -> editor.area().moveTo(end));
        robot.push(KeyCode.ENTER);
        robot.write("sc");
        robot.push(KeyCode.CONTROL, KeyCode.SPACE);
        CompletionPopup popup = LanguageEditorExtension.completion(editor).orElseThrow();
        eventually("the completion popup", popup::isShowing);
        assertThat(popup.model().items().getFirst().label()).isEqualTo("score");
        robot.push(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(popup.isShowing()).isFalse();
    }

    @Test
    void goToDefinitionWithF12AndCtrlClick(FxRobot robot) throws Exception {
        CodeEditor editor = open(robot, "score.star");
        String text = editor.getText();
        robot.interact(() -> editor.area().moveTo(text.indexOf("score.plus_chips(40)") + "score.plus".length()));
        robot.push(KeyCode.F12);
        eventually("the caret is at the ABI method", () -> editor.caretProperty().get().line() == 10);

        int use = text.indexOf("Score::new") + 2;
        Bounds at = boundsOf(editor, use);
        robot.moveTo(new Point2D(at.getCenterX(), at.getCenterY()));
        robot.press(KeyCode.CONTROL).clickOn(new Point2D(at.getCenterX(), at.getCenterY())).release(KeyCode.CONTROL);
        eventually("the caret is at the utxo", () -> editor.caretProperty().get().line() == 21);
    }

    @Test
    void renameASymbolAcrossTwoFilesAndUndoIt(FxRobot robot) throws Exception {
        Files.writeString(studio.workspace.resolve("shapes.star"), "/// A point.\nstruct Point { x: i64, y: i64 }\n");
        Files.writeString(studio.workspace.resolve("geometry.star"), """
                import { Point } from "./shapes.star";

                script fn norm(p: Point) -> i64 {
                    p.x + p.y
                }
                """);
        eventually("the new files are listed", () -> robot.lookup(".tree-cell")
                .match((TreeCell<?> c) -> c.getItem() != null && c.getItem().toString().equals("geometry.star")).tryQuery().isPresent());
        CodeEditor editor = open(robot, "geometry.star");
        robot.interact(() -> editor.area().moveTo(editor.getText().indexOf("Point)") + 1));
        robot.push(KeyCode.F2);
        eventually("the rename dialog", () -> robot.lookup("#name-field").tryQuery().isPresent());
        robot.clickOn("#name-field").push(KeyCode.CONTROL, KeyCode.A).write("Vector").push(KeyCode.ENTER);

        eventually("the open file is renamed", () -> editor.getText().contains("norm(p: Vector)"));
        assertThat(editor.getText()).contains("import { Vector } from");
        eventually("the other file is renamed on disk",
                () -> Files.readString(studio.workspace.resolve("shapes.star")).contains("struct Vector {"));
        assertThat(studio.window.tabsViewModel().active().isDirty()).isTrue();

        robot.interact(() -> studio.services.commands().execute(LanguageActions.UNDO_REFACTORING));
        eventually("undone", () -> editor.getText().contains("norm(p: Point)")
                && Files.readString(studio.workspace.resolve("shapes.star")).contains("struct Point {"));
    }

    @Test
    void theOutlineListsTheFileAndAClickGoesThere(FxRobot robot) throws Exception {
        CodeEditor editor = open(robot, "score.star");
        OutlineViewModel outline = studio.window.languageUi().outline();
        eventually("the outline", () -> outline.rootsProperty().get().size() == 4); // ScoreProgress, Score, example, finish
        TreeView<?> tree = robot.lookup("#outline-tree").queryAs(TreeView.class);
        robot.interact(() -> tree.scrollTo(tree.getExpandedItemCount() - 1));
        robot.clickOn(robot.lookup(".tree-cell").match((TreeCell<?> c) -> c.getTreeView() == tree && c.getItem() != null
                && c.getItem().toString().equals("example")).queryAs(TreeCell.class));
        eventually("the caret is at example", () -> editor.caretProperty().get().line() == 54);

        robot.interact(() -> editor.area().moveTo(editor.getText().indexOf("chips = chips + amount")));
        eventually("the outline follows the caret", () -> outline.atCaretProperty().get() != null
                && outline.atCaretProperty().get().name().equals("plus_chips"));
    }

    @Test
    void hoverShowsTheDeclarationAndDocComment(FxRobot robot) throws Exception {
        CodeEditor editor = open(robot, "score.star");
        int use = editor.getText().indexOf("yield(ScoreProgress)") + "yield(".length() + 3;
        Bounds at = boundsOf(editor, use);
        robot.moveTo(new Point2D(at.getMinX() - 40, at.getCenterY()));
        robot.moveTo(new Point2D(at.getCenterX(), at.getCenterY()));
        HoverPopup hover = editor.components().stream().filter(HoverPopup.class::isInstance).map(HoverPopup.class::cast).findFirst()
                .orElseThrow();
        eventually("the hover", hover::isShowing);
        assertThat(texts(robot.lookup("#hover-popup").query())).contains("abi ScoreProgress", "What a score utxo offers");
        Screenshots.saveWithPopups(stage.getScene(), "hover-light");
    }

    @Test
    void screenshotsOfTheLanguageFeaturesInTheDarkTheme(FxRobot robot) throws Exception {
        robot.interact(() -> studio.window.viewModel().themeProperty().set(ThemeChoice.DARK));
        CodeEditor editor = open(robot, "score.star");
        int argument = editor.getText().indexOf("plus_chips(2)") + "plus_chips(".length();
        robot.interact(() -> editor.area().selectRange(argument, argument + 1));
        robot.write("true");
        eventually("the problem is listed", () -> problems(robot).size() == 1);
        eventually("the squiggle is drawn", () -> editor.area().getStyleOfChar(argument + 1).contains("diag-error"));
        Screenshots.save(stage.getScene(), "editor-squiggle-dark");
        Bounds squiggle = boundsOf(editor, argument + 1);
        robot.moveTo(new Point2D(squiggle.getMinX() - 60, squiggle.getCenterY()));
        robot.moveTo(new Point2D(squiggle.getCenterX(), squiggle.getCenterY()));
        HoverPopup hover = editor.components().stream().filter(HoverPopup.class::isInstance).map(HoverPopup.class::cast).findFirst()
                .orElseThrow();
        eventually("the hover on the squiggle", hover::isShowing);
        assertThat(texts(robot.lookup("#hover-popup").query())).contains("error[E0031]", "mismatched argument");
        Screenshots.saveWithPopups(stage.getScene(), "hover-diagnostic-dark");
        robot.moveTo(new Point2D(squiggle.getMinX(), squiggle.getMaxY() + 200));
        robot.interact(() -> editor.area().requestFocus());
        robot.push(KeyCode.END);
        robot.push(KeyCode.ENTER);
        robot.write("score.");
        CompletionPopup popup = LanguageEditorExtension.completion(editor).orElseThrow();
        eventually("the completion popup", popup::isShowing);
        Screenshots.saveWithPopups(stage.getScene(), "completion-popup-dark");
    }

    @Test
    void aProblemIsOneClickFromItsPlaceAndItsExplanation(FxRobot robot) throws Exception {
        CodeEditor editor = open(robot, "score.star");
        int argument = editor.getText().indexOf("plus_chips(2)") + "plus_chips(".length();
        robot.interact(() -> editor.area().selectRange(argument, argument + 1));
        robot.write("true");
        eventually("the problem is listed", () -> problems(robot).size() == 1);
        robot.interact(() -> editor.area().moveTo(0));

        TreeView<?> tree = robot.lookup("#problems-list").queryAs(TreeView.class);
        eventually("the problem row", () -> robot.lookup(".tree-cell").match((TreeCell<?> c) -> c.getTreeView() == tree
                && c.getItem() instanceof dev.starstream.studio.app.ui.tools.Problem).tryQuery().isPresent());
        Screenshots.save(stage.getScene(), "problems-panel-light");
        robot.clickOn(robot.lookup(".tree-cell").match((TreeCell<?> c) -> c.getTreeView() == tree
                && c.getItem() instanceof dev.starstream.studio.app.ui.tools.Problem).queryAs(TreeCell.class).lookup(".problem-message"));
        eventually("the caret is at the problem", () -> editor.area().getCaretPosition() == argument);

        robot.clickOn("#explain-E0031");
        eventually("the explanation window", () -> studio.window.languageUi().explanations().stage() != null
                && studio.window.languageUi().explanations().stage().isShowing());
        javafx.stage.Stage explanation = studio.window.languageUi().explanations().stage();
        assertThat(explanation.getTitle()).isEqualTo("E0031: Argument of the wrong type");
        assertThat(texts(explanation.getScene().getRoot())).contains("How to fix");
        Screenshots.save(explanation.getScene(), "explanation-light");
    }
}
