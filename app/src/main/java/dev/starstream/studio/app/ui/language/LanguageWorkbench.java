package dev.starstream.studio.app.ui.language;

import dev.starstream.studio.app.ui.editors.DocumentViewModel;
import dev.starstream.studio.app.ui.editors.EditorTabsViewModel;
import dev.starstream.studio.editor.services.analysis.Analysis;
import dev.starstream.studio.editor.services.analysis.AnalysisListener;
import dev.starstream.studio.editor.services.analysis.FileAnalysis;
import dev.starstream.studio.editor.services.analysis.LanguageService;
import dev.starstream.studio.editor.services.workspace.Workspace;
import dev.starstream.studio.editor.services.workspace.WorkspaceEvent;
import dev.starstream.studio.editor.services.workspace.WorkspaceListener;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connects the open workspace and its editors to the language service: one service per workspace
 * folder; every open document reports its unsaved text as it changes; files changed on disk are
 * re-read; each published analysis is handed to the documents (their editors decorate themselves
 * from it) and to the workspace-wide views (Problems, status counts). Touches only JavaFX
 * properties, on {@code uiExecutor}, so it is tested without the toolkit.
 */
public final class LanguageWorkbench {
    private static final Logger LOG = LoggerFactory.getLogger(LanguageWorkbench.class);

    private final Function<Path, LanguageService> services;
    private final Executor uiExecutor;
    private final EditorTabsViewModel tabs;
    private final Map<DocumentViewModel, Tracked> tracked = new IdentityHashMap<>();
    private final ReadOnlyObjectWrapper<@Nullable Analysis> latest = new ReadOnlyObjectWrapper<>(this, "latest");
    private final ReadOnlyLongWrapper errors = new ReadOnlyLongWrapper(this, "errors");
    private final ReadOnlyLongWrapper warnings = new ReadOnlyLongWrapper(this, "warnings");
    private final AnalysisListener listener = new AnalysisListener() {
        @Override
        public void analysed(Analysis analysis) {
            uiExecutor.execute(() -> publish(analysis));
        }

        @Override
        public void failed(Throwable error) {
            LOG.error("the analysis failed", error);
        }
    };
    private final WorkspaceListener files = this::onWorkspaceEvent;
    private @Nullable LanguageService service;
    private @Nullable Workspace workspace;

    /** One open document: its analysis and the listeners that report its text. */
    private final class Tracked {
        final DocumentViewModel doc;
        final ReadOnlyObjectWrapper<@Nullable FileAnalysis> analysis = new ReadOnlyObjectWrapper<>();
        final ChangeListener<String> text = (obs, old, now) -> edited(this);
        final ChangeListener<Path> path = (obs, old, now) -> moved(old, now, this);

        Tracked(DocumentViewModel doc) {
            this.doc = doc;
        }
    }

    /**
     * @param services makes the language service of a workspace folder
     * @param uiExecutor where analyses are handed over (the JavaFX thread)
     */
    public LanguageWorkbench(Function<Path, LanguageService> services, Executor uiExecutor, EditorTabsViewModel tabs,
            ObservableValue<@Nullable Workspace> workspace) {
        this.services = services;
        this.uiExecutor = uiExecutor;
        this.tabs = tabs;
        workspace.addListener((obs, old, now) -> switchTo(now));
        tabs.documents().addListener((ListChangeListener<DocumentViewModel>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(this::untrack);
                change.getAddedSubList().forEach(this::track);
            }
        });
        switchTo(workspace.getValue());
    }

    /** The language service of the open workspace. */
    public Optional<LanguageService> service() {
        return Optional.ofNullable(service);
    }

    /** The latest analysis of the workspace (null before the first one or without a workspace). */
    public ReadOnlyObjectProperty<@Nullable Analysis> latestProperty() {
        return latest.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** The analysis of an open document, as it follows its text (null until the first one). */
    public ReadOnlyObjectProperty<@Nullable FileAnalysis> analysisOf(DocumentViewModel doc) {
        Tracked t = tracked.get(doc);
        if (t == null) {
            t = track(doc);
        }
        return t.analysis.getReadOnlyProperty();
    }

    private void switchTo(@Nullable Workspace next) {
        if (workspace != null) {
            workspace.removeWorkspaceListener(files);
        }
        if (service != null) {
            service.removeListener(listener);
        }
        workspace = next;
        service = next == null ? null : services.apply(next.root());
        latest.set(null);
        errors.set(0);
        warnings.set(0);
        tracked.values().forEach(t -> t.analysis.set(null));
        if (next != null && service != null) {
            service.addListener(listener);
            next.addWorkspaceListener(files);
            tracked.values().forEach(t -> service.open(t.doc.path(), t.doc.text()));
            if (tracked.isEmpty()) {
                service.analyze();
            }
        }
    }

    private Tracked track(DocumentViewModel doc) {
        Tracked known = tracked.get(doc);
        if (known != null) {
            return known;
        }
        Tracked t = new Tracked(doc);
        tracked.put(doc, t);
        doc.textProperty().addListener(t.text);
        doc.pathProperty().addListener(t.path);
        if (service != null) {
            service.open(doc.path(), doc.text()); // its analysis follows in a moment
        }
        return t;
    }

    private void untrack(DocumentViewModel doc) {
        Tracked t = tracked.remove(doc);
        if (t == null) {
            return;
        }
        doc.textProperty().removeListener(t.text);
        doc.pathProperty().removeListener(t.path);
        if (service != null) {
            service.close(doc.path());
        }
    }

    private void edited(Tracked t) {
        if (service != null) {
            service.edit(t.doc.path(), t.doc.text());
        }
    }

    private void moved(Path from, Path to, Tracked t) {
        if (service != null) {
            service.close(from);
            service.open(to, t.doc.text());
        }
    }

    private void onWorkspaceEvent(WorkspaceEvent event) {
        LanguageService s = service;
        if (s == null) {
            return;
        }
        switch (event) {
            case WorkspaceEvent.Created(Path path, boolean directory) -> s.filesChanged(path);
            case WorkspaceEvent.Deleted(Path path) -> s.filesChanged(path);
            case WorkspaceEvent.Renamed(Path from, Path to) -> {
                s.filesChanged(from);
                s.filesChanged(to);
            }
            case WorkspaceEvent.Saved(Path path) -> s.filesChanged(path);
            case WorkspaceEvent.ChangedOnDisk(Path path) -> s.filesChanged(path);
            case WorkspaceEvent.DeletedOnDisk(Path path) -> s.filesChanged(path);
            case WorkspaceEvent.FolderChanged(Path folder) -> s.filesChanged(folder);
        }
    }

    private void publish(Analysis analysis) {
        if (service == null || !analysis.root().equals(service.root())) {
            return; // from the previous workspace
        }
        latest.set(analysis);
        errors.set(analysis.errorCount());
        warnings.set(analysis.warningCount());
        for (Tracked t : tracked.values()) {
            analysis.file(t.doc.path()).filter(f -> f.text().equals(t.doc.text())).ifPresent(t.analysis::set);
        }
    }

    /**
     * Asks the language service {@code question} about {@code file} showing exactly {@code text};
     * the answer arrives on the analysis thread (empty {@code fallback} without a workspace).
     */
    public <T> CompletableFuture<T> query(Path file, String text, Function<Analysis, T> question, T fallback) {
        LanguageService s = service;
        return s == null ? CompletableFuture.completedFuture(fallback) : s.query(file, text, question);
    }

    /** The editor tabs this workbench follows. */
    public EditorTabsViewModel tabs() {
        return tabs;
    }
}
