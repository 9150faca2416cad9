package dev.starstream.studio.app.ui.tools;

import dev.starstream.studio.app.commands.CommandResult;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/**
 * The tool panels around the editors. Panels whose data comes from services that are not
 * connected yet (run output, interleaving, WebAssembly, ledger, outline) show what will appear
 * and how to get it, never invented data.
 */
public final class ToolPanels {
    private final TabPane bottom = new TabPane();
    private final Node outline;
    private final javafx.scene.layout.StackPane ledger = new javafx.scene.layout.StackPane();

    public ToolPanels(ProblemsViewModel problems, Consumer<CommandResult> onResult) {
        bottom.setId("tool-tabs");
        bottom.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        bottom.getStyleClass().add("tool-tabs");
        Tab problemsTab = tab("problems", "Problems", new ProblemsView(problems, onResult));
        problemsTab.textProperty().bind(problems.tabTitleProperty());
        bottom.getTabs().addAll(
                problemsTab,
                tab("run-output", "Run Output", new EmptyState("run-output-empty",
                        "Run a script to see its results",
                        "Events, the result, created and spent utxos and gas per process appear here (Run ▸ Run Script, Ctrl+F5).")),
                tab("interleaving", "Interleaving", new EmptyState("interleaving-empty",
                        "Run a script to see its interleaving",
                        "One lane per process, with the resumes, yields, effects and returns between them.")),
                tab("wasm", "WebAssembly", new EmptyState("wasm-empty",
                        "Build a contract to see its WebAssembly",
                        "The disassembly of the current contract appears here (Run ▸ Build Contracts).")));
        outline = new EmptyState("outline-empty", "No outline yet",
                "Functions, utxos, ABIs and types of the current file appear here once the language service is connected.");
        ledger.getChildren().setAll(new EmptyState("ledger-empty", "The ledger is empty",
                "Utxos, blocks, transactions, wallet keys and snapshots appear here after the first transaction runs."));
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId("tool-tab-" + id);
        return tab;
    }

    public TabPane bottomTabs() {
        return bottom;
    }

    public Node outline() {
        return outline;
    }

    public Node ledger() {
        return ledger;
    }

    /** Puts {@code content} into the bottom tool tab {@code id}, titled by {@code title} when given. */
    public void install(String id, Node content, javafx.beans.value.@org.jspecify.annotations.Nullable ObservableValue<String> title) {
        bottom.getTabs().stream().filter(t -> ("tool-tab-" + id).equals(t.getId())).findFirst().ifPresent(t -> {
            t.setContent(content);
            if (title != null) {
                t.textProperty().bind(title);
            }
        });
    }

    /** Puts {@code content} into the right-hand ledger section. */
    public void installLedger(Node content) {
        ledger.getChildren().setAll(content);
    }

    /** Shows the tool tab {@code id} (problems, run-output, interleaving, wasm). */
    public void select(String id) {
        bottom.getTabs().stream().filter(t -> ("tool-tab-" + id).equals(t.getId())).findFirst()
                .ifPresent(t -> bottom.getSelectionModel().select(t));
    }
}
