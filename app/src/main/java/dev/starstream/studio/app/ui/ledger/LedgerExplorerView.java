package dev.starstream.studio.app.ui.ledger;

import static dev.starstream.studio.app.ui.run.PanelParts.label;
import static dev.starstream.studio.app.ui.run.PanelParts.labelWithTip;
import static dev.starstream.studio.app.ui.run.PanelParts.spacer;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.run.StateDecoder;
import dev.starstream.studio.app.ui.run.PanelParts;
import dev.starstream.studio.app.ui.run.RunOutputViewModel;
import dev.starstream.studio.app.ui.tools.EmptyState;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/** The Ledger explorer (view): summary and actions on top; utxos, blocks, wallet and snapshots in tabs. */
public final class LedgerExplorerView extends BorderPane {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
            .withZone(ZoneId.systemDefault());

    private final LedgerExplorerViewModel vm;
    private final Consumer<CommandResult> onResult;
    private final TabPane tabs = new TabPane();

    public LedgerExplorerView(LedgerExplorerViewModel vm, Consumer<CommandResult> onResult) {
        this.vm = vm;
        this.onResult = onResult;
        setId("ledger-explorer");
        PanelParts.styled(this);
        getStyleClass().add("ledger-explorer");

        Label summary = label("", "ledger-summary");
        summary.setId("ledger-summary");
        summary.textProperty().bind(vm.summaryProperty());
        Label problem = label("", "ledger-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        HBox actions = new HBox(4,
                action("Mine Block", "ledger-mine", "Seal the pending transactions into a block", vm::mineBlock),
                action("Snapshot…", "ledger-snapshot", "Name the ledger's current state", vm::takeSnapshot),
                spacer(),
                action("⟳", "ledger-refresh", "Read the ledger again", () -> {
                    vm.refresh();
                    return CommandResult.DONE;
                }));
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.disableProperty().bind(vm.availableProperty().not());
        VBox header = new VBox(6, summary, problem, actions);
        header.getStyleClass().add("ledger-header");
        setTop(header);

        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().addAll("tool-tabs", "ledger-tabs");
        tabs.setTabMinWidth(40);
        tabs.getTabs().addAll(
                tab("ledger-tab-utxos", "Utxos", utxos()),
                tab("ledger-tab-blocks", "Blocks", blocks()),
                tab("ledger-tab-wallet", "Wallet", wallet()),
                tab("ledger-tab-snapshots", "Snapshots", snapshots()));
        vm.utxos().addListener((ListChangeListener<LedgerContents.UtxoItem>) c ->
                tabs.getTabs().getFirst().setText("Utxos (" + vm.utxos().size() + ")"));
        setCenter(tabs);
    }

    /** Shows the tab with this id ({@code ledger-tab-utxos}, …). */
    public void select(String id) {
        tabs.getTabs().stream().filter(t -> id.equals(t.getId())).findFirst().ifPresent(t -> tabs.getSelectionModel().select(t));
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }

    private Button action(String text, String id, String tip, Supplier<CommandResult> action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("ledger-action");
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> onResult.accept(action.get()));
        return b;
    }

    // ---------------------------------------------------------------- utxos

    private Node utxos() {
        ListView<LedgerContents.UtxoItem> list = new ListView<>(vm.utxos());
        list.setId("ledger-utxos");
        list.getStyleClass().add("ledger-list");
        list.setPlaceholder(new EmptyState("ledger-utxos-empty", "No live utxos",
                "Run a script that creates a utxo (Ctrl+F5); it appears here with its decoded storage."));
        list.setCellFactory(v -> new UtxoCell());
        return list;
    }

    private static final class UtxoCell extends ListCell<LedgerContents.UtxoItem> {
        @Override
        protected void updateItem(LedgerContents.@Nullable UtxoItem item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().remove("fresh");
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            if (item.fresh()) {
                getStyleClass().add("fresh");
            }
            Label kind = label(item.token() ? "token" : "utxo", "kind-chip", item.token() ? "kind-token" : "kind-utxo");
            HBox top = new HBox(6, kind, label(item.type(), "utxo-type"), label(item.contract(), "panel-faint"), spacer(),
                    labelWithTip(RunOutputViewModel.shortId(item.id()), item.id() + "\ncoroutine " + item.coroutine(), "mono",
                            "panel-faint"));
            top.setAlignment(Pos.CENTER_LEFT);
            VBox card = new VBox(3, top);
            if (!item.fields().isEmpty()) {
                FlowPane fields = new FlowPane(12, 1);
                for (StateDecoder.Field f : item.fields()) {
                    Label value = labelWithTip(f.value(), f.type() + " = " + f.value(), "mono", "field-value");
                    value.setMaxWidth(230);
                    HBox pair = new HBox(4, label(f.name() + ":", "field-name"), value);
                    fields.getChildren().add(pair);
                }
                card.getChildren().add(fields);
            }
            FlowPane extra = new FlowPane(6, 2);
            item.abis().forEach(a -> extra.getChildren().add(label(a, "abi-chip")));
            if (!item.token() && item.yieldPoint() > 0) {
                extra.getChildren().add(label("at yield " + item.yieldPoint(), "panel-faint"));
            }
            if (item.owner() != null) {
                extra.getChildren().add(labelWithTip("owned by " + (item.ownerType() == null ? "" : item.ownerType() + " ")
                        + RunOutputViewModel.shortId(item.owner()), item.owner(), "panel-muted"));
            }
            if (!item.ownedTokens().isEmpty()) {
                extra.getChildren().add(label("owns " + String.join(", ", item.ownedTokens()), "panel-muted"));
            }
            if (!extra.getChildren().isEmpty()) {
                card.getChildren().add(extra);
            }
            card.getStyleClass().add("ledger-card");
            card.setMinWidth(0);
            card.prefWidthProperty().bind(getListView().widthProperty().subtract(30));
            card.maxWidthProperty().bind(card.prefWidthProperty());
            setGraphic(card);
        }
    }

    // ---------------------------------------------------------------- blocks and transactions

    private Node blocks() {
        TreeItem<Object> root = new TreeItem<>("blocks");
        TreeView<Object> tree = new TreeView<>(root);
        tree.setId("ledger-blocks");
        tree.setShowRoot(false);
        tree.getStyleClass().add("ledger-tree");
        tree.setCellFactory(v -> new BlockCell());
        Runnable fill = () -> {
            root.getChildren().clear();
            boolean first = true;
            for (LedgerContents.BlockItem block : vm.blocks()) {
                TreeItem<Object> node = new TreeItem<>(block);
                block.transactions().forEach(tx -> node.getChildren().add(new TreeItem<>(tx)));
                node.setExpanded(first && !block.transactions().isEmpty());
                first = false;
                root.getChildren().add(node);
            }
        };
        vm.blocks().addListener((ListChangeListener<LedgerContents.BlockItem>) c -> fill.run());
        fill.run();
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) ->
                vm.showTransaction(now != null && now.getValue() instanceof LedgerContents.TxItem tx ? tx.hash() : null));
        ScrollPane detail = new ScrollPane();
        detail.setFitToWidth(true);
        detail.setId("ledger-transaction");
        detail.getStyleClass().add("run-scroll");
        Runnable showDetail = () -> detail.setContent(transaction(vm.transactionProperty().get()));
        vm.transactionProperty().addListener((obs, old, now) -> showDetail.run());
        showDetail.run();
        SplitPane split = new SplitPane(tree, detail);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.45);
        return split;
    }

    private static final class BlockCell extends TreeCell<Object> {
        @Override
        protected void updateItem(@Nullable Object item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            HBox row = switch (item) {
                case LedgerContents.BlockItem b -> new HBox(6,
                        label(b.sealed() ? "#" + b.height() : "#" + b.height() + " pending", "block-height"),
                        label(b.transactions().size() + " tx", "panel-faint"), spacer(),
                        b.hash() == null ? label("", "panel-faint")
                                : labelWithTip(b.hash().substring(0, 8) + "…", b.hash() + "\nslot " + b.slot() + ", "
                                        + TIME.format(Instant.ofEpochMilli(b.timeMillis())), "mono", "panel-faint"));
                case LedgerContents.TxItem t -> new HBox(6, label("⇄", "panel-faint"), label(t.script(), "tx-script"),
                        label(t.inputs() + " in · " + t.outputs() + " out", "panel-faint"), spacer(),
                        labelWithTip(t.hash().substring(0, 8) + "…", t.hash(), "mono", "panel-faint"));
                default -> new HBox(label(item.toString()));
            };
            row.setAlignment(Pos.CENTER_LEFT);
            setGraphic(row);
        }
    }

    private Node transaction(@Nullable TransactionDetail tx) {
        if (tx == null) {
            return new EmptyState("ledger-transaction-empty", "No transaction selected",
                    "Pick a transaction in a block to see its inputs, outputs, events and signatures.");
        }
        VBox box = new VBox(8);
        box.getStyleClass().add("ledger-detail");
        box.getChildren().add(new VBox(2, label(tx.contract() + " ▸ " + tx.script() + "()  =  " + tx.result(), "tx-title"),
                labelWithTip(tx.hash().substring(0, 16) + "…", tx.hash(), "mono", "panel-faint"),
                label("block " + tx.blockHeight() + ", position " + tx.position() + " · verified by " + tx.verifiedBy(), "panel-muted"),
                label(String.format(Locale.ROOT, "%,d of %,d gas", tx.gas(), tx.gasLimit()), "panel-muted")));
        VBox io = new VBox(2);
        for (TransactionDetail.Io entry : tx.io()) {
            String ids = entry.before().isEmpty() ? RunOutputViewModel.shortId(entry.after())
                    : RunOutputViewModel.shortId(entry.before()) + (entry.after().isEmpty() || entry.after().equals(entry.before()) ? ""
                            : " → " + RunOutputViewModel.shortId(entry.after()));
            HBox row = new HBox(6, label(entry.io() + " " + entry.position(), "panel-faint"),
                    label(entry.fate(), "fate-chip", "fate-" + fateClass(entry.fate())), label(entry.type(), "utxo-type"), spacer(),
                    labelWithTip(ids, entry.before() + " " + entry.after(), "mono", "panel-faint"));
            row.setAlignment(Pos.CENTER_LEFT);
            io.getChildren().add(row);
        }
        box.getChildren().add(PanelParts.section("Inputs and outputs", tx.io().size(), io));
        VBox events = new VBox(2);
        tx.events().forEach(e -> events.getChildren().add(new HBox(4, label(e.name(), "event-name"),
                label("(" + e.arguments() + ")", "mono"), label(e.abi(), "abi-chip"))));
        if (tx.events().isEmpty()) {
            events.getChildren().add(label("No events.", "panel-faint"));
        }
        box.getChildren().add(PanelParts.section("Events", tx.events().size(), events));
        VBox signatures = new VBox(2);
        tx.signatures().forEach(s -> signatures.getChildren().add(labelWithTip(s.substring(0, 16) + "…", s, "mono", "panel-muted")));
        if (tx.signatures().isEmpty()) {
            signatures.getChildren().add(label("Not signed.", "panel-faint"));
        }
        box.getChildren().add(PanelParts.section("Signed by", tx.signatures().size(), signatures));
        return box;
    }

    private static String fateClass(String fate) {
        return switch (fate.toLowerCase(Locale.ROOT)) {
            case "created", "new" -> "created";
            case "continued" -> "continued";
            case "reference" -> "reference";
            default -> "burned";
        };
    }

    // ---------------------------------------------------------------- wallet and snapshots

    private Node wallet() {
        ListView<LedgerContents.KeyItem> list = new ListView<>(vm.keys());
        list.setId("ledger-keys");
        list.getStyleClass().add("ledger-list");
        list.setPlaceholder(new EmptyState("ledger-keys-empty", "No wallet keys",
                "Create a key to sign transactions (signers) and to pass as a PublicKey argument (@name)."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LedgerContents.@Nullable KeyItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                VBox card = new VBox(2, new HBox(6, label("🔑", "panel-faint"), label("@" + item.name(), "utxo-type")),
                        labelWithTip(item.publicKey().length() > 24 ? item.publicKey().substring(0, 24) + "…" : item.publicKey(),
                                item.publicKey(), "mono", "panel-faint"));
                setGraphic(card);
            }
        });
        Button create = new Button("New Key…");
        create.setId("ledger-new-key");
        create.setOnAction(e -> onResult.accept(vm.newKey()));
        Button rename = new Button("Rename…");
        rename.setId("ledger-rename-key");
        rename.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        rename.setOnAction(e -> onResult.accept(vm.renameKey(list.getSelectionModel().getSelectedItem())));
        HBox buttons = new HBox(6, create, rename);
        buttons.getStyleClass().add("ledger-buttons");
        buttons.disableProperty().bind(vm.availableProperty().not());
        BorderPane pane = new BorderPane(list);
        pane.setBottom(buttons);
        return pane;
    }

    private Node snapshots() {
        ListView<LedgerContents.SnapshotItem> list = new ListView<>(vm.snapshots());
        list.setId("ledger-snapshots");
        list.getStyleClass().add("ledger-list");
        list.setPlaceholder(new EmptyState("ledger-snapshots-empty", "No snapshots",
                "Take a snapshot to come back to this state later: revert removes everything after it."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(LedgerContents.@Nullable SnapshotItem item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                setGraphic(new VBox(2, new HBox(6, label("◉", "panel-faint"), label(item.name(), "utxo-type")),
                        label("block " + item.blockHeight() + " · " + TIME.format(Instant.ofEpochMilli(item.takenMillis())), "panel-faint")));
            }
        });
        Button take = new Button("Take Snapshot…");
        take.setId("ledger-take-snapshot");
        take.setOnAction(e -> onResult.accept(vm.takeSnapshot()));
        Button revert = new Button("Revert…");
        revert.setId("ledger-revert");
        revert.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        revert.setOnAction(e -> onResult.accept(vm.revertTo(list.getSelectionModel().getSelectedItem())));
        HBox buttons = new HBox(6, take, revert);
        buttons.getStyleClass().add("ledger-buttons");
        buttons.disableProperty().bind(vm.availableProperty().not());
        BorderPane pane = new BorderPane(list);
        pane.setBottom(buttons);
        return pane;
    }
}
