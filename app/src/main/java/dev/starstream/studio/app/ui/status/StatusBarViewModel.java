package dev.starstream.studio.app.ui.status;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.concurrent.TaskHandle;
import dev.starstream.studio.app.concurrent.TaskMonitor;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;

/**
 * The status bar: the last message (command results, reloads), the running background task with
 * its progress and a cancel action, and the caret position of the active editor.
 */
public final class StatusBarViewModel {
    /** How a message should look. */
    public enum Tone {
        NORMAL,
        WARNING,
        ERROR
    }

    private final TaskMonitor monitor;
    private final Executor uiExecutor;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "Ready");
    private final ReadOnlyStringWrapper tone = new ReadOnlyStringWrapper(this, "tone", Tone.NORMAL.name());
    private final ReadOnlyStringWrapper taskTitle = new ReadOnlyStringWrapper(this, "taskTitle", "");
    private final ReadOnlyDoubleWrapper taskProgress = new ReadOnlyDoubleWrapper(this, "taskProgress", -1);
    private final ReadOnlyBooleanWrapper taskRunning = new ReadOnlyBooleanWrapper(this, "taskRunning");
    private final StringProperty caret = new SimpleStringProperty(this, "caret", "");
    private @Nullable TaskHandle<?> shown;

    public StatusBarViewModel(TaskMonitor monitor, Executor uiExecutor) {
        this.monitor = monitor;
        this.uiExecutor = uiExecutor;
        monitor.addChangeListener(() -> uiExecutor.execute(this::refreshTask));
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The {@link Tone} name of the message (a style class in the view). */
    public ReadOnlyStringProperty toneProperty() {
        return tone.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty taskTitleProperty() {
        return taskTitle.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty taskProgressProperty() {
        return taskProgress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty taskRunningProperty() {
        return taskRunning.getReadOnlyProperty();
    }

    /** "Ln 3, Col 7", or empty when no editor is active. */
    public StringProperty caretProperty() {
        return caret;
    }

    public void show(String text, Tone how) {
        uiExecutor.execute(() -> {
            message.set(text);
            tone.set(how.name());
        });
    }

    /** Shows what a command came to (a plain "done" leaves the bar as it is). */
    public void show(CommandResult result) {
        switch (result) {
            case CommandResult.Done d -> {}
            case CommandResult.Info(String text) -> show(text, Tone.NORMAL);
            case CommandResult.Unavailable(String reason) -> show(reason, Tone.WARNING);
            case CommandResult.Failed(String text) -> show(text, Tone.ERROR);
        }
    }

    public void cancelTask() {
        if (shown != null) {
            shown.cancel();
        }
    }

    private void refreshTask() {
        List<TaskHandle<?>> running = monitor.running();
        shown = running.isEmpty() ? null : running.getLast();
        taskRunning.set(shown != null);
        taskTitle.set(shown == null ? "" : shown.title() + (shown.message().isEmpty() ? "" : ": " + shown.message()));
        taskProgress.set(shown == null ? -1 : shown.progress());
    }
}
