package dev.starstream.studio.app.ui.run;

import static dev.starstream.studio.app.ui.run.PanelParts.label;
import static dev.starstream.studio.app.ui.run.PanelParts.section;
import static dev.starstream.studio.app.ui.run.PanelParts.sourceLink;
import static dev.starstream.studio.app.ui.run.PanelParts.spacer;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.run.StateDecoder;
import dev.starstream.studio.app.ui.tools.EmptyState;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/** The Run Output panel (view): the last run's outcome, events, utxos, gas; source links open files. */
public final class RunOutputView extends StackPane {
    private final RunOutputViewModel vm;
    private final Consumer<CommandResult> onResult;
    private final EmptyState empty = new EmptyState("run-output-empty", "Run a script to see its results",
            "Events, the result, created and spent utxos and gas per process appear here (Run ▸ Run, Ctrl+F5).");

    public RunOutputView(RunOutputViewModel vm, Consumer<CommandResult> onResult) {
        this.vm = vm;
        this.onResult = onResult;
        setId("run-output-panel");
        PanelParts.styled(this);
        getStyleClass().add("run-panel");
        vm.summaryProperty().addListener((obs, old, now) -> render(now));
        render(vm.summary());
    }

    private void render(@Nullable RunSummary s) {
        if (s == null) {
            getChildren().setAll(empty);
            return;
        }
        BorderPane pane = new BorderPane();
        pane.setTop(header(s));
        VBox body = new VBox(14);
        body.getStyleClass().add("run-body");
        if (!s.stack().isEmpty()) {
            body.getChildren().add(section("Process stack", s.stack().size(), s.stack().stream().map(this::stackRow).toArray(Node[]::new)));
        }
        if (!s.diagnostics().isEmpty()) {
            body.getChildren().add(section("Compile errors", s.diagnostics().size(),
                    s.diagnostics().stream().map(this::diagnosticRow).toArray(Node[]::new)));
        }
        if (s.status() == RunSummary.Status.COMMITTED || !s.events().isEmpty()) {
            String title = s.committed() ? "Events" : "Events (not committed)";
            Node[] rows = s.events().isEmpty() ? new Node[] {label("No events were emitted.", "panel-faint")}
                    : s.events().stream().map(this::eventRow).toArray(Node[]::new);
            body.getChildren().add(section(title, s.events().size(), rows));
        }
        if (s.committed()) {
            Node[] rows = s.utxos().isEmpty() ? new Node[] {label("The transaction touched no utxos.", "panel-faint")}
                    : s.utxos().stream().map(RunOutputView::utxoRow).toArray(Node[]::new);
            body.getChildren().add(section("Utxos", s.utxos().size(), rows));
        }
        if (!s.gasByProcess().isEmpty()) {
            body.getChildren().add(section("Gas by process", null, s.gasByProcess().stream().map(RunOutputView::gasRow)
                    .toArray(Node[]::new)));
        }
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("run-scroll");
        pane.setCenter(scroll);
        getChildren().setAll(pane);
    }

    private Node header(RunSummary s) {
        String kind = switch (s.status()) {
            case COMMITTED -> "committed";
            case FAILED -> "failed";
            case COMPILE_ERROR -> "compile-error";
            case REFUSED -> "refused";
        };
        Label badge = label(switch (s.status()) {
            case COMMITTED -> "✓ COMMITTED";
            case FAILED -> "✗ FAILED";
            case COMPILE_ERROR -> "✗ COMPILE ERROR";
            case REFUSED -> "! NOT RUN";
        }, "run-badge", "run-badge-" + kind);
        badge.setId("run-status");
        badge.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label title = label(s.headline(), "run-headline");
        title.setId("run-headline");
        Label target = label(s.configuration() + "  ·  " + s.target(), "panel-faint");
        Label message = label(s.message(), "run-message", "run-message-" + kind);
        message.setId("run-message");
        message.setWrapText(true);
        Node link = sourceLink(s.location(), vm::open, onResult);
        link.setId("run-source-link");
        VBox text = new VBox(2, new HBox(10, title, target), message);
        ((HBox) text.getChildren().getFirst()).setAlignment(Pos.BASELINE_LEFT);
        text.setMinWidth(0);
        HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
        HBox right = new HBox(12, link);
        right.setAlignment(Pos.CENTER_RIGHT);
        right.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        if (s.status() == RunSummary.Status.COMMITTED || s.status() == RunSummary.Status.FAILED) {
            right.getChildren().add(label(RunOutputViewModel.gasText(s), "panel-faint"));
        }
        HBox header = new HBox(12, badge, text, right);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().addAll("run-header", "run-header-" + kind);
        return header;
    }

    private Node stackRow(RunSummary.StackRow row) {
        HBox box = new HBox(10, label("at", "panel-faint"), label(row.function(), "mono"), label("in " + row.process(), "panel-muted"),
                spacer(), sourceLink(row.location(), vm::open, onResult));
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("panel-row");
        return box;
    }

    private Node diagnosticRow(RunSummary.DiagnosticRow row) {
        Label severity = label(row.severity().equals("error") ? "●" : "▲", "severity", "severity-" + row.severity());
        HBox box = new HBox(10, severity, label(row.message(), "panel-text"), label(row.code(), "panel-faint"), spacer(),
                sourceLink(row.location(), vm::open, onResult));
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("panel-row");
        return box;
    }

    private Node eventRow(RunSummary.EventRow row) {
        Label name = label(row.name(), "event-name");
        Label args = label("(" + row.arguments() + ")", "mono");
        HBox call = new HBox(0, name, args);
        call.setAlignment(Pos.BASELINE_LEFT);
        HBox box = new HBox(10, label("⚡", "event-icon"), call, label(row.abi(), "abi-chip"), label("by " + row.process(), "panel-muted"),
                spacer(), sourceLink(row.location(), vm::open, onResult));
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().addAll("panel-row", "event-row");
        return box;
    }

    static Node utxoRow(RunSummary.UtxoRow row) {
        String fate = row.fate().name().toLowerCase(Locale.ROOT);
        Label chip = label(fate, "fate-chip", "fate-" + fate);
        Label type = label(row.type() + (row.token() ? " token" : ""), "utxo-type");
        HBox top = new HBox(8, chip, type);
        if (row.id() != null) {
            top.getChildren().add(PanelParts.labelWithTip(RunOutputViewModel.shortId(row.id()), row.id(), "mono", "panel-faint"));
        }
        if (row.before() != null) {
            top.getChildren().add(PanelParts.labelWithTip("from " + RunOutputViewModel.shortId(row.before()), row.before(),
                    "mono", "panel-faint"));
        }
        top.getChildren().add(spacer());
        row.abis().forEach(abi -> top.getChildren().add(label(abi, "abi-chip")));
        if (row.owner() != null) {
            top.getChildren().add(PanelParts.labelWithTip("owned by " + (row.ownerType() == null ? "" : row.ownerType() + " ")
                    + RunOutputViewModel.shortId(row.owner()), row.owner(),
                    "panel-muted"));
        }
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, top);
        if (!row.storage().isEmpty()) {
            box.getChildren().add(storage(row.storage()));
        }
        box.getStyleClass().addAll("panel-card", "utxo-card");
        return box;
    }

    /** Storage fields as {@code name: value} pairs that wrap. */
    static Node storage(java.util.List<StateDecoder.Field> fields) {
        FlowPane flow = new FlowPane(16, 2);
        for (StateDecoder.Field f : fields) {
            HBox pair = new HBox(4, label(f.name() + ":", "field-name"), PanelParts.labelWithTip(f.value(), f.type(), "mono", "field-value"));
            pair.setAlignment(Pos.BASELINE_LEFT);
            flow.getChildren().add(pair);
        }
        flow.getStyleClass().add("storage-fields");
        return flow;
    }

    private static Node gasRow(RunSummary.GasRow row) {
        ProgressBar bar = new ProgressBar(row.share());
        bar.setPrefWidth(180);
        bar.getStyleClass().add("gas-bar");
        Label name = label(row.process(), "mono");
        name.setMinWidth(160);
        HBox box = new HBox(10, name, bar, label(String.format(Locale.ROOT, "%,d", row.gas()), "panel-muted"));
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("panel-row");
        return box;
    }
}
