package dev.starstream.studio.app.flows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.app.AppServices;
import dev.starstream.studio.app.run.RunConfiguration;
import dev.starstream.studio.app.settings.ThemeChoice;
import dev.starstream.studio.app.ui.MainWindow;
import dev.starstream.studio.app.ui.ledger.LedgerContents;
import dev.starstream.studio.app.ui.run.RunFixtures;
import dev.starstream.studio.app.ui.run.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Running scripts from the IDE, headless: the sample workspace, its saved configurations, the ledger explorer. */
@ExtendWith(ApplicationExtension.class)
class RunFlowsIT {
    private Path config;
    private Path temp;
    private AppServices services;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        config = Files.createTempDirectory("studio-config");
        temp = Files.createTempDirectory("studio-run-flow");
        Path workspace = RunFixtures.samples(temp);
        services = AppServices.forApplication(config);
        // A roomy bottom panel, as people arrange it when they run things (and for the screenshots).
        services.settings().update(s -> s.withLayout(new dev.starstream.studio.app.settings.LayoutSettings(0.15, 0.77, 0.6, 0.42)));
        window = new MainWindow(services, workspace);
        window.show(stage);
        stage.setWidth(1560);
        stage.setHeight(940);
    }

    @AfterEach
    void stop() throws IOException {
        services.close();
        for (Path root : new Path[] {config, temp}) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void sessionOpen() {
        await("the workspace's ledger is open", () -> window.run().sessions().session() != null
                && !window.run().configurations().configurations().isEmpty());
    }

    /** Picks {@code name} in the toolbar and runs it with Ctrl+F5; waits for its output. */
    private RunSummary run(FxRobot robot, String name) {
        sessionOpen();
        RunConfiguration c = window.run().configurations().current().find(name).orElseThrow();
        RunSummary before = window.run().output().summary();
        robot.interact(() -> window.run().configurations().selectedProperty().set(c));
        robot.push(KeyCode.CONTROL, KeyCode.F5);
        await(name + " has run", () -> window.run().output().summary() != before && window.run().output().summary() != null
                && window.run().output().summary().configuration().equals(name));
        return window.run().output().summary();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private void theme(FxRobot robot, ThemeChoice theme) {
        robot.interact(() -> window.viewModel().themeProperty().set(theme));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void tool(FxRobot robot, String id) {
        robot.interact(() -> window.tools().select(id));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void runningAConfigurationShowsItsEventInRunOutputAndItsNewUtxoInTheLedgerExplorer(FxRobot robot) throws Exception {
        RunSummary summary = run(robot, "Effects: settle");
        assertThat(summary.status()).isEqualTo(RunSummary.Status.COMMITTED);
        assertThat(text(robot, "#run-status")).isEqualTo("✓ COMMITTED");
        assertThat(text(robot, "#run-message")).isEqualTo("settle() = 15");
        assertThat(robot.lookup(".event-name").queryAs(Labeled.class).getText()).isEqualTo("Charged");
        await("the explorer shows the new Bill", () -> window.run().ledger().utxos().stream().anyMatch(u -> u.type().equals("Bill")));
        ListView<?> utxos = robot.lookup("#ledger-utxos").queryAs(ListView.class);
        assertThat(utxos.getItems()).singleElement().satisfies(item -> {
            LedgerContents.UtxoItem u = (LedgerContents.UtxoItem) item;
            assertThat(u.type()).isEqualTo("Bill");
            assertThat(u.fields()).extracting(f -> f.name() + "=" + f.value()).containsExactly("due=15");
        });
        Thread.sleep(300);
        Screenshots.save(stage.getScene(), "run-output-light");
        tool(robot, "interleaving");
        await("the interleaving is drawn", () -> !window.run().interleaving().diagram().isEmpty());
        Screenshots.save(stage.getScene(), "interleaving-light");
        theme(robot, ThemeChoice.DARK);
        Screenshots.save(stage.getScene(), "interleaving-dark");
        tool(robot, "run-output");
        Screenshots.save(stage.getScene(), "run-output-dark");
        tool(robot, "wasm");
        await("the disassembly is listed", () -> !window.run().wasm().lines().isEmpty());
        Screenshots.save(stage.getScene(), "wasm-dark");
        theme(robot, ThemeChoice.LIGHT);
        Screenshots.save(stage.getScene(), "wasm-light");

        robot.interact(() -> window.run().ledgerView().select("ledger-tab-blocks"));
        robot.clickOn(robot.lookup("#ledger-blocks .tree-cell").match((javafx.scene.control.TreeCell<?> c) ->
                c.getItem() instanceof LedgerContents.TxItem).queryAs(javafx.scene.Node.class));
        await("the transaction's details are shown", () -> window.run().ledger().transactionProperty().get() != null);
        assertThat(window.run().ledger().transactionProperty().get().events()).extracting(e -> e.name()).containsExactly("Charged");
        Screenshots.save(stage.getScene(), "ledger-transaction-light");
    }

    @Test
    void revertingToASnapshotUpdatesTheExplorer(FxRobot robot) {
        run(robot, "Score: example");
        await("the explorer shows the score", () -> window.run().ledger().utxos().size() == 1);
        robot.interact(() -> window.run().ledgerView().select("ledger-tab-snapshots"));
        robot.clickOn("#ledger-take-snapshot");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#name-field").push(KeyCode.CONTROL, KeyCode.A).write("one-score").push(KeyCode.ENTER);
        await("the snapshot is listed", () -> window.run().ledger().snapshots().size() == 1);

        run(robot, "Counter: count to fifteen");
        run(robot, "Pool: open the pool");
        await("the explorer shows five utxos", () -> window.run().ledger().utxos().size() == 5);
        robot.interact(() -> window.run().ledgerView().select("ledger-tab-utxos"));
        Screenshots.save(stage.getScene(), "ledger-explorer-light");
        theme(robot, ThemeChoice.DARK);
        Screenshots.save(stage.getScene(), "ledger-explorer-dark");
        theme(robot, ThemeChoice.LIGHT);

        robot.interact(() -> window.run().ledgerView().select("ledger-tab-snapshots"));
        robot.clickOn(robot.lookup("#ledger-snapshots .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.clickOn("#ledger-revert");
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(robot.lookup(".dialog-pane").query().getScene(), "ledger-revert-confirmation");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Revert")).queryButton());
        await("the explorer is back to one utxo", () -> window.run().ledger().utxos().size() == 1);
        assertThat(window.run().ledger().utxos().getFirst().type()).isEqualTo("Score");
        assertThat(text(robot, "#ledger-summary")).startsWith("block 1 · 1 live utxo");
    }

    @Test
    void aFailingRunShowsItsReasonAndItsSourceLinkOpensTheFileAtTheLine(FxRobot robot) {
        run(robot, "Pay: lock 100 for alice");
        RunSummary failed = run(robot, "Pay: claim without a signature");
        assertThat(failed.status()).isEqualTo(RunSummary.Status.FAILED);
        assertThat(text(robot, "#run-status")).isEqualTo("✗ FAILED");
        assertThat(text(robot, "#run-headline")).isEqualTo("Failed: MissingSignature");
        assertThat(text(robot, "#run-source-link")).isEqualTo("pay_to_key.star:43:13");
        Screenshots.save(stage.getScene(), "run-output-failed-light");
        robot.clickOn("#run-source-link");
        await("the file is open", () -> window.tabsViewModel().active() != null
                && window.tabsViewModel().active().name().equals("pay_to_key.star"));
        await("the caret is on the failing line", () -> window.activeEditor().orElseThrow().caretProperty().get().line() == 43);
    }

    @Test
    void theConfigurationEditorGeneratesAFormFromTheScriptsParameters(FxRobot robot) {
        sessionOpen();
        robot.interact(() -> window.run().configurations().selectedProperty()
                .set(window.run().configurations().current().find("Pool: swap").orElseThrow()));
        // The dialog waits for its answer, so it is opened after this event rather than inside it.
        javafx.application.Platform.runLater(
                () -> services.commands().execute(dev.starstream.studio.app.commands.StandardCommands.EDIT_RUN_CONFIGURATIONS));
        await("the form is built", () -> robot.lookup("#arg-pool_gold").tryQuery().isPresent());
        assertThat(robot.lookup("#run-config-name").queryTextInputControl().getText()).isEqualTo("Pool: swap");
        Screenshots.save(robot.lookup(".dialog-pane").query().getScene(), "run-configurations-light");
        robot.clickOn(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals("Cancel")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
    }
}
