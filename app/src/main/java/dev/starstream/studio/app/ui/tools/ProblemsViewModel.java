package dev.starstream.studio.app.ui.tools;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.editor.services.location.Location;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Problems panel: diagnostics of the workspace, errors first then by file and position;
 * activating one opens its location. The language service publishes through {@link #publish}.
 */
public final class ProblemsViewModel {
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::severity)
            .thenComparing(p -> p.location().file().relative().toString())
            .thenComparingInt(p -> p.location().position().line())
            .thenComparingInt(p -> p.location().position().column());

    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Problem> readOnlyProblems = FXCollections.unmodifiableObservableList(problems);
    private final Function<Location, CommandResult> navigator;
    private final StringBinding summary;
    private final StringBinding tabTitle;

    public ProblemsViewModel(Function<Location, CommandResult> navigator) {
        this.navigator = navigator;
        this.summary = Bindings.createStringBinding(this::describe, problems);
        this.tabTitle = Bindings.createStringBinding(
                () -> problems.isEmpty() ? "Problems" : "Problems (" + problems.size() + ")", problems);
    }

    public ObservableList<Problem> problems() {
        return readOnlyProblems;
    }

    /** Replaces the problems (sorted here). */
    public void publish(List<Problem> latest) {
        problems.setAll(latest.stream().sorted(ORDER).toList());
    }

    /** "No problems", "2 errors, 1 warning". */
    public StringBinding summaryProperty() {
        return summary;
    }

    public StringBinding tabTitleProperty() {
        return tabTitle;
    }

    public CommandResult open(Problem problem) {
        return navigator.apply(problem.location());
    }

    private String describe() {
        if (problems.isEmpty()) {
            return "No problems";
        }
        long errors = problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        long warnings = problems.stream().filter(p -> p.severity() == Problem.Severity.WARNING).count();
        long infos = problems.size() - errors - warnings;
        StringBuilder sb = new StringBuilder();
        append(sb, errors, "error");
        append(sb, warnings, "warning");
        append(sb, infos, "note");
        return sb.toString();
    }

    private static void append(StringBuilder sb, long count, String noun) {
        if (count > 0) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(count).append(' ').append(noun).append(count == 1 ? "" : "s");
        }
    }
}
