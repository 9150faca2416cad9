package dev.starstream.studio.app.ui.run;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.editor.services.location.Location;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.jspecify.annotations.Nullable;

/**
 * The Run Output panel: the last run's {@link RunSummary}; activating a source link (the failure,
 * a stack frame, an event, a diagnostic) opens the file at that line.
 */
public final class RunOutputViewModel {
    private final Function<Location, CommandResult> navigator;
    private final ReadOnlyObjectWrapper<@Nullable RunSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final StringBinding tabTitle;

    public RunOutputViewModel(Function<Location, CommandResult> navigator) {
        this.navigator = navigator;
        this.tabTitle = Bindings.createStringBinding(() -> {
            RunSummary s = summary.get();
            if (s == null) {
                return "Run Output";
            }
            return "Run Output " + (s.committed() ? "✓" : "✗");
        }, summary);
    }

    public ReadOnlyObjectProperty<@Nullable RunSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public @Nullable RunSummary summary() {
        return summary.get();
    }

    public StringBinding tabTitleProperty() {
        return tabTitle;
    }

    public void show(RunCompleted run) {
        summary.set(run.summary());
    }

    /** Opens the file of {@code location} at its line. */
    public CommandResult open(Location.@Nullable TextLocation location) {
        if (location == null) {
            return CommandResult.unavailable("No source location is known for this");
        }
        return navigator.apply(location);
    }

    /** {@code 3,648 of 10,000,000 gas}. */
    public static String gasText(RunSummary s) {
        NumberFormat n = NumberFormat.getIntegerInstance(Locale.ROOT);
        n.setGroupingUsed(true);
        return n.format(s.gas()) + " of " + n.format(s.gasLimit()) + " gas";
    }

    /** {@code score.star:12:5}. */
    public static String linkText(Location.TextLocation location) {
        return location.file().relative().toString().replace('\\', '/') + ":" + location.position().line() + ":"
                + location.position().column();
    }

    /** A UtxoId shortened for a table: {@code 9375081c…:0}. */
    public static String shortId(@Nullable String id) {
        if (id == null) {
            return "—";
        }
        int colon = id.indexOf(':');
        return colon > 8 ? id.substring(0, 8) + "…" + id.substring(colon) : id;
    }
}
