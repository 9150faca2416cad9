package dev.starstream.studio.app.ui.editors;

import dev.starstream.studio.editor.services.text.TextPosition;
import dev.starstream.studio.editor.ui.CodeEditor;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;

/**
 * The editor tabs: one {@link CodeEditor} per open document, a dot on tabs with unsaved changes,
 * and a welcome panel when nothing is open.
 */
public final class EditorTabsView extends StackPane {
    private final EditorTabsViewModel vm;
    private final EditorFactory factory;
    private final TabPane tabs = new TabPane();
    private final Map<DocumentViewModel, Tab> tabOf = new HashMap<>();
    private final Map<Tab, EditorFactory.Built> editorOf = new HashMap<>();
    private boolean syncing;

    public EditorTabsView(EditorTabsViewModel vm, EditorFactory factory, Node welcome) {
        this.vm = vm;
        this.factory = factory;
        getStyleClass().add("editor-tabs");
        tabs.setId("editor-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.ALL_TABS);
        tabs.setTabDragPolicy(TabPane.TabDragPolicy.REORDER);
        tabs.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.documents()));
        welcome.visibleProperty().bind(tabs.visibleProperty().not());
        getChildren().addAll(welcome, tabs);

        vm.documents().forEach(this::addTab);
        vm.documents().addListener((ListChangeListener<DocumentViewModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::removeTab);
                change.getAddedSubList().forEach(this::addTab);
            }
        });
        vm.activeProperty().addListener((obs, old, now) -> selectTab(now));
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (syncing) {
                return;
            }
            vm.activeProperty().set(now == null ? null : documentOf(now));
        });
    }

    /** The editor of the active document. */
    public Optional<CodeEditor> activeEditor() {
        return activeBuilt().map(EditorFactory.Built::editor);
    }

    public Optional<EditorFactory.Built> activeBuilt() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return Optional.ofNullable(tab == null ? null : editorOf.get(tab));
    }

    private @Nullable DocumentViewModel documentOf(Tab tab) {
        return tabOf.entrySet().stream().filter(e -> e.getValue() == tab).map(Map.Entry::getKey).findFirst().orElse(null);
    }

    private void addTab(DocumentViewModel doc) {
        EditorFactory.Built built = factory.create(doc);
        CodeEditor editor = built.editor();
        Tab tab = new Tab();
        tab.setContent(editor);
        tab.getStyleClass().add("editor-tab");
        Label dot = new Label("●");
        dot.getStyleClass().add("dirty-marker");
        dot.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(doc::isDirty, doc.dirtyProperty()));
        dot.managedProperty().bind(dot.visibleProperty());
        Label name = new Label();
        name.textProperty().bind(doc.nameProperty());
        name.getStyleClass().add("tab-name");
        if (doc.path().getFileName().toString().endsWith(".star")) {
            name.getStyleClass().add("star-file");
        }
        javafx.scene.layout.HBox header = new javafx.scene.layout.HBox(6, name, dot);
        header.setAlignment(Pos.CENTER_LEFT);
        tab.setGraphic(header);
        tab.setTooltip(new Tooltip(doc.path().toString()));
        doc.pathProperty().addListener((obs, old, now) -> tab.setTooltip(new Tooltip(now.toString())));
        tab.setUserData(doc);
        tab.setId("tab-" + doc.name());

        editor.area().textProperty().addListener((obs, old, now) -> {
            if (!now.equals(doc.text())) {
                doc.textProperty().set(now);
            }
        });
        doc.textProperty().addListener((obs, old, now) -> {
            if (!now.equals(editor.getText())) {
                editor.replaceTextKeepingCaret(now); // a reload or a refactoring: only what differs changes
            }
        });
        doc.revealRequestProperty().addListener((obs, old, now) -> {
            if (now != null) {
                editor.goTo(now);
            }
        });
        tab.setOnCloseRequest(e -> {
            e.consume();
            vm.close(doc);
        });
        tabOf.put(doc, tab);
        editorOf.put(tab, built);
        syncing = true;
        tabs.getTabs().add(tab);
        syncing = false;
    }

    private void removeTab(DocumentViewModel doc) {
        Tab tab = tabOf.remove(doc);
        if (tab != null) {
            EditorFactory.Built built = editorOf.remove(tab);
            if (built != null) {
                factory.discard(doc, built);
                built.editor().components().forEach(built.editor()::uninstall);
            }
            syncing = true;
            tabs.getTabs().remove(tab);
            syncing = false;
        }
    }

    private void selectTab(@Nullable DocumentViewModel doc) {
        Tab tab = doc == null ? null : tabOf.get(doc);
        if (tab != null && tabs.getSelectionModel().getSelectedItem() != tab) {
            tabs.getSelectionModel().select(tab);
        }
        if (tab != null) {
            EditorFactory.Built built = editorOf.get(tab);
            if (built != null) {
                dev.starstream.studio.app.concurrent.FxThread.later(() -> built.editor().area().requestFocus());
            }
        }
    }

    /** Moves the caret of the active editor to {@code position}. */
    public void reveal(TextPosition position) {
        activeEditor().ifPresent(e -> e.goTo(position));
    }

    /** A welcome panel: what to do when no file is open. */
    public static Node welcome(Node... actions) {
        Label title = new Label("Starstream Studio");
        title.getStyleClass().add("welcome-title");
        Label subtitle = new Label("Open a .star file from the Explorer, or:");
        subtitle.getStyleClass().add("welcome-subtitle");
        VBox box = new VBox(10, title, subtitle);
        box.getChildren().addAll(actions);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("welcome");
        box.setId("welcome");
        return box;
    }
}
