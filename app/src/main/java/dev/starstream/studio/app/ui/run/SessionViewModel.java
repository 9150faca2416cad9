package dev.starstream.studio.app.ui.run;

import dev.starstream.studio.app.concurrent.BackgroundTask;
import dev.starstream.studio.app.concurrent.TaskExecutor;
import dev.starstream.studio.app.run.WorkspaceSession;
import dev.starstream.studio.ledger.LedgerChange;
import dev.starstream.studio.ledger.Subscription;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;

/**
 * The {@link WorkspaceSession} of the open workspace (ledger, wallet, run configurations), opened off
 * the JavaFX thread when a workspace opens and closed when it closes, and a revision counter that
 * moves whenever the ledger changes (ledger listeners, delivered on the UI executor), which the
 * panels that show ledger state observe.
 */
public final class SessionViewModel implements AutoCloseable {
    private final TaskExecutor tasks;
    private final Executor uiExecutor;
    private final Function<Path, WorkspaceSession> opener;
    private final ReadOnlyObjectWrapper<@Nullable WorkspaceSession> session = new ReadOnlyObjectWrapper<>(this, "session");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(this, "revision");
    private final ReadOnlyObjectWrapper<@Nullable LedgerChange> lastChange = new ReadOnlyObjectWrapper<>(this, "lastChange");
    private @Nullable Path wanted;
    private @Nullable Subscription subscription;

    /** @param opener opens the session of a workspace root (may throw; runs on the task executor) */
    public SessionViewModel(TaskExecutor tasks, Executor uiExecutor, Function<Path, WorkspaceSession> opener) {
        this.tasks = tasks;
        this.uiExecutor = uiExecutor;
        this.opener = opener;
    }

    public ReadOnlyObjectProperty<@Nullable WorkspaceSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    public @Nullable WorkspaceSession session() {
        return session.get();
    }

    /** Why the session could not be opened (empty when it is open or none is wanted). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Moves on every change of the ledger (and when the session changes). */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** The last change the ledger reported. */
    public ReadOnlyObjectProperty<@Nullable LedgerChange> lastChangeProperty() {
        return lastChange.getReadOnlyProperty();
    }

    /** Opens the session of {@code root} in place of the current one ({@code null}: none). */
    public void open(@Nullable Path root) {
        if (Objects.equals(root, wanted) && (session.get() != null || root == null)) {
            return;
        }
        wanted = root;
        closeCurrent();
        problem.set("");
        if (root == null) {
            return;
        }
        tasks.submit(BackgroundTask.of("Opening the ledger of " + root.getFileName(), context -> opener.apply(root))
                .onSuccess(opened -> {
                    if (!root.equals(wanted)) {
                        opened.close();
                        return;
                    }
                    subscription = opened.ledger().subscribe(change -> uiExecutor.execute(() -> changed(opened, change)));
                    session.set(opened);
                    revision.set(revision.get() + 1);
                })
                .onFailure(failure -> {
                    if (root.equals(wanted)) {
                        problem.set("The ledger of " + root.getFileName() + " cannot be opened: " + failure.getMessage());
                    }
                }));
    }

    private void changed(WorkspaceSession source, LedgerChange change) {
        if (session.get() == source) {
            lastChange.set(change);
            revision.set(revision.get() + 1);
        }
    }

    private void closeCurrent() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        WorkspaceSession current = session.get();
        session.set(null);
        lastChange.set(null);
        revision.set(revision.get() + 1);
        if (current != null) {
            current.close();
        }
    }

    @Override
    public void close() {
        wanted = null;
        closeCurrent();
    }
}
