package dev.starstream.studio.app.ui.interleaving;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.run.RunOutcome;
import dev.starstream.studio.app.ui.run.RunCompleted;
import dev.starstream.studio.editor.services.location.Location;
import dev.starstream.studio.vm.runtime.RunMode;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.jspecify.annotations.Nullable;

/**
 * The Interleaving panel: the last run's {@link InterleavingDiagram} (built off the UI thread), how
 * it is shown (diagram, table or text), the zoom, the act under the pointer and the act picked;
 * activating an act opens its source line.
 */
public final class InterleavingViewModel {
    public static final double MIN_ZOOM = 0.4;
    public static final double MAX_ZOOM = 3.0;

    /** How the interleaving is shown. */
    public enum Mode {
        DIAGRAM,
        TABLE,
        TEXT
    }

    private final Executor background;
    private final Executor uiExecutor;
    private final Function<Location, CommandResult> navigator;
    private final ReadOnlyObjectWrapper<InterleavingDiagram> diagram = new ReadOnlyObjectWrapper<>(this, "diagram", InterleavingDiagram.EMPTY);
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>(this, "mode", Mode.DIAGRAM);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final ReadOnlyObjectWrapper<InterleavingDiagram.@Nullable Act> hovered = new ReadOnlyObjectWrapper<>(this, "hovered");
    private final ReadOnlyObjectWrapper<InterleavingDiagram.@Nullable Act> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final StringBinding hoverText;
    private long generation;

    public InterleavingViewModel(Executor background, Executor uiExecutor, Function<Location, CommandResult> navigator) {
        this.background = background;
        this.uiExecutor = uiExecutor;
        this.navigator = navigator;
        this.hoverText = Bindings.createStringBinding(() -> {
            InterleavingDiagram.Act act = hovered.get() != null ? hovered.get() : selected.get();
            return act == null ? "" : describe(act);
        }, hovered, selected);
    }

    public ReadOnlyObjectProperty<InterleavingDiagram> diagramProperty() {
        return diagram.getReadOnlyProperty();
    }

    public InterleavingDiagram diagram() {
        return diagram.get();
    }

    public ObjectProperty<Mode> modeProperty() {
        return mode;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    public ReadOnlyObjectProperty<InterleavingDiagram.@Nullable Act> hoveredProperty() {
        return hovered.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<InterleavingDiagram.@Nullable Act> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The operation and decoded payload of the act under the pointer (else the selected one), and where it happened. */
    public StringBinding hoverTextProperty() {
        return hoverText;
    }

    /** Builds the diagram of {@code run} off the UI thread; a newer run wins. */
    public void show(RunCompleted run) {
        long mine = ++generation;
        if (!(run.outcome() instanceof RunOutcome.Ran ran)) {
            set(mine, InterleavingDiagram.EMPTY);
            return;
        }
        background.execute(() -> {
            InterleavingDiagram built = InterleavingDiagrams.of(ran.result().trace(), ran.contract().layout(),
                    ran.result().trace().mode() == RunMode.DEBUG ? ran.contract().debugInfo() : null, run.root(), ran.report().interleaving());
            uiExecutor.execute(() -> set(mine, built));
        });
    }

    private void set(long mine, InterleavingDiagram next) {
        if (mine != generation) {
            return;
        }
        hovered.set(null);
        selected.set(null);
        diagram.set(next);
    }

    public void hover(InterleavingDiagram.@Nullable Act act) {
        hovered.set(act);
    }

    public void select(InterleavingDiagram.@Nullable Act act) {
        selected.set(act);
    }

    /** Opens the source line of {@code act} (a click on it). */
    public CommandResult open(InterleavingDiagram.Act act) {
        selected.set(act);
        if (act.location() == null) {
            return CommandResult.unavailable(diagram.get().hasLocations() ? "No source line is known for this operation"
                    : "Source links need a debug run: set the configuration's mode to debug");
        }
        return navigator.apply(act.location());
    }

    /** Opens the source line of table row {@code row}. */
    public CommandResult open(InterleavingDiagram.Row row) {
        if (row.location() == null) {
            return CommandResult.unavailable("No source line is known for this operation");
        }
        return navigator.apply(row.location());
    }

    public void zoomIn() {
        zoom.set(Math.min(MAX_ZOOM, zoom.get() * 1.25));
    }

    public void zoomOut() {
        zoom.set(Math.max(MIN_ZOOM, zoom.get() / 1.25));
    }

    public void resetZoom() {
        zoom.set(1.0);
    }

    /** Zooms by {@code factor}, within the limits. */
    public void zoomBy(double factor) {
        zoom.set(Math.clamp(zoom.get() * factor, MIN_ZOOM, MAX_ZOOM));
    }

    static String describe(InterleavingDiagram.Act act) {
        Location.TextLocation at = act.location();
        return act.detail() + (at == null ? "" : "\nat " + at.file().relative().toString().replace('\\', '/') + ":"
                + at.position().line() + " (click to open)");
    }
}
