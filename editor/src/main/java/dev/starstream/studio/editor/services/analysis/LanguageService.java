package dev.starstream.studio.editor.services.analysis;

import dev.starstream.studio.vm.lang.check.workspace.CheckedWorkspace;
import dev.starstream.studio.vm.lang.check.workspace.SourceProvider;
import dev.starstream.studio.vm.lang.check.workspace.Workspace;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The language service of one workspace folder. Editors report their unsaved texts ({@link #edit});
 * after a pause ({@code debounce}) the workspace is checked again on {@code worker} — incrementally:
 * only changed files and their importers are re-checked — and the result is published to the
 * listeners, unless newer edits arrived meanwhile (then it is dropped and the next one follows).
 * Queries ({@link #query}) run on the same worker against exactly the text the caller shows, so
 * completion, hover and navigation are never computed on stale text.
 *
 * <p>All checking happens on {@code worker}, which must run one task at a time. The other methods
 * may be called from any thread and never block.
 */
public final class LanguageService {
    private final Path root;
    private final CachedSources sources;
    private final Executor worker;
    private final Scheduler scheduler;
    private final Duration debounce;
    private final Workspace workspace;
    private final List<AnalysisListener> listeners = new CopyOnWriteArrayList<>();

    private final Object lock = new Object();
    /** Texts (null: discard the buffer) not yet handed to the checker. Guarded by {@link #lock}. */
    private final Map<Path, @Nullable String> pending = new LinkedHashMap<>();
    private final Set<Path> open = new LinkedHashSet<>();
    private long generation;
    private @Nullable Runnable scheduled;
    private volatile @Nullable Analysis latest;

    public LanguageService(Path root, SourceProvider disk, Executor worker, Scheduler scheduler, Duration debounce) {
        this.root = root.toAbsolutePath().normalize();
        this.sources = new CachedSources(disk);
        this.worker = worker;
        this.scheduler = scheduler;
        this.debounce = debounce;
        this.workspace = new Workspace(List.of(this.root), sources);
    }

    public Path root() {
        return root;
    }

    public void addListener(AnalysisListener listener) {
        listeners.add(listener);
    }

    public void removeListener(AnalysisListener listener) {
        listeners.remove(listener);
    }

    /** The last published analysis. */
    public Optional<Analysis> latest() {
        return Optional.ofNullable(latest);
    }

    /** An editor opened {@code file} showing {@code text}; its analysis is published from now on. */
    public void open(Path file, String text) {
        Path key = normal(file);
        synchronized (lock) {
            open.add(key);
            pending.put(key, text);
        }
        changed();
    }

    /** The text of an open file changed (typing, undo, a reload). */
    public void edit(Path file, String text) {
        synchronized (lock) {
            pending.put(normal(file), text);
        }
        changed();
    }

    /** The editor of {@code file} closed: its unsaved text is dropped, the file on disk counts again. */
    public void close(Path file) {
        Path key = normal(file);
        synchronized (lock) {
            open.remove(key);
            pending.put(key, null);
        }
        changed();
    }

    /** Files changed on disk (saved, created, deleted, renamed, changed by another program). */
    public void filesChanged(Path path) {
        sources.invalidate(path);
        changed();
    }

    /** The open files, as last reported. */
    public Set<Path> openFiles() {
        synchronized (lock) {
            return Set.copyOf(open);
        }
    }

    /** Analyses now (not debounced) with the latest texts; the result is also published. */
    public CompletableFuture<Analysis> analyze() {
        CompletableFuture<Analysis> result = new CompletableFuture<>();
        worker.execute(() -> complete(result, this::runAnalysis));
        return result;
    }

    /**
     * Answers {@code question} on an analysis in which {@code file} has exactly {@code text} (the
     * text the asking editor shows). Runs on the worker after the edits reported before it.
     */
    public <T> CompletableFuture<T> query(Path file, String text, Function<Analysis, T> question) {
        Path key = normal(file);
        CompletableFuture<T> result = new CompletableFuture<>();
        worker.execute(() -> complete(result, () -> {
            long at;
            synchronized (lock) {
                flushPending();
                at = generation;
            }
            workspace.setBuffer(key, text);
            return question.apply(new Analysis(at, root, workspace.check()));
        }));
        return result;
    }

    private void changed() {
        synchronized (lock) {
            generation++;
            if (scheduled != null) {
                scheduled.run();
            }
            scheduled = scheduler.schedule(() -> worker.execute(this::runScheduled), debounce);
        }
    }

    @SuppressWarnings("IllegalCatch") // the error boundary of the analysis thread: a checker bug must not stop analysis
    private void runScheduled() {
        try {
            runAnalysis();
        } catch (RuntimeException | StackOverflowError e) {
            listeners.forEach(l -> l.failed(e));
        }
    }

    private @Nullable Analysis runAnalysis() {
        long at;
        Set<Path> openNow;
        synchronized (lock) {
            flushPending();
            at = generation;
            openNow = Set.copyOf(open);
        }
        CheckedWorkspace checked = workspace.check();
        Analysis analysis = new Analysis(at, root, checked);
        openNow.forEach(analysis::file); // computed here, off the UI thread
        synchronized (lock) {
            if (at != generation) {
                return analysis; // newer edits arrived: a newer analysis is scheduled, this one is not published
            }
        }
        latest = analysis;
        listeners.forEach(l -> l.analysed(analysis));
        return analysis;
    }

    /** Hands the pending texts to the checker. Called on the worker with {@link #lock} held. */
    private void flushPending() {
        pending.forEach((file, text) -> {
            if (text == null) {
                workspace.discardBuffer(file);
            } else {
                workspace.setBuffer(file, text);
            }
        });
        pending.clear();
    }

    @SuppressWarnings("IllegalCatch") // failures are handed to the caller through the future
    private static <T> void complete(CompletableFuture<T> future, java.util.concurrent.Callable<T> work) {
        try {
            future.complete(work.call());
        } catch (Exception | StackOverflowError e) {
            future.completeExceptionally(e);
        }
    }

    private static Path normal(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
