package dev.starstream.studio.app.ui.tools;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.editor.services.location.Location;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Problems panel: the diagnostics of every file of the workspace, grouped by file and sorted
 * (by severity, by position or by code); activating one opens its location; a numbered code can be
 * explained. The language service publishes through {@link #publish}.
 */
public final class ProblemsViewModel {
    /** How problems are ordered within their file (files: errors first, then by path). */
    public enum SortOrder {
        SEVERITY("Severity"),
        POSITION("Position"),
        CODE("Code");

        private final String label;

        SortOrder(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** One file's problems, as a group of the panel. */
    public record FileGroup(Location.FileLocation file, List<Problem> problems) {
        public FileGroup {
            problems = List.copyOf(problems);
        }

        public long errors() {
            return problems.stream().filter(p -> p.severity() == Problem.Severity.ERROR).count();
        }

        /** {@code score.star} */
        public String name() {
            return String.valueOf(file.relative().getFileName());
        }

        /** The folder part of the relative path ({@code lib}), empty at the root. */
        public String folder() {
            return file.relative().getParent() == null ? "" : file.relative().getParent().toString();
        }
    }

    private static final Comparator<Problem> BY_POSITION = Comparator.comparingInt((Problem p) -> p.location().position().line())
            .thenComparingInt(p -> p.location().position().column());
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::severity)
            .thenComparing(p -> p.location().file().relative().toString())
            .thenComparing(BY_POSITION);

    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Problem> readOnlyProblems = FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<FileGroup> groups = FXCollections.observableArrayList();
    private final ObservableList<FileGroup> readOnlyGroups = FXCollections.unmodifiableObservableList(groups);
    private final ObjectProperty<SortOrder> sort = new SimpleObjectProperty<>(this, "sort", SortOrder.SEVERITY);
    private final Function<Location, CommandResult> navigator;
    private Function<String, CommandResult> explainer = code -> CommandResult.unavailable("There is no explanation for " + code);
    private final StringBinding summary;
    private final StringBinding tabTitle;

    public ProblemsViewModel(Function<Location, CommandResult> navigator) {
        this.navigator = navigator;
        this.summary = Bindings.createStringBinding(this::describe, problems);
        this.tabTitle = Bindings.createStringBinding(
                () -> problems.isEmpty() ? "Problems" : "Problems (" + problems.size() + ")", problems);
        sort.addListener((obs, old, now) -> regroup());
    }

    /** Every problem, errors first then by file and position. */
    public ObservableList<Problem> problems() {
        return readOnlyProblems;
    }

    /** The problems by file, in the chosen order. */
    public ObservableList<FileGroup> groups() {
        return readOnlyGroups;
    }

    public ObjectProperty<SortOrder> sortProperty() {
        return sort;
    }

    /** Where "Explain" goes (the explanation page of a code). */
    public void setExplainer(Function<String, CommandResult> explainer) {
        this.explainer = explainer;
    }

    /** Replaces the problems (sorted and grouped here). */
    public void publish(List<Problem> latest) {
        List<Problem> sorted = latest.stream().sorted(ORDER).toList();
        if (sorted.equals(problems)) {
            return; // typing elsewhere: nothing to redraw
        }
        problems.setAll(sorted);
        regroup();
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

    /** Whether {@code problem}'s code has an explanation page ({@code E0008}, {@code W0001}; not {@code parser}). */
    public static boolean isExplainable(Problem problem) {
        String code = problem.code();
        return code.length() == 5 && (code.charAt(0) == 'E' || code.charAt(0) == 'W') && code.substring(1).chars().allMatch(Character::isDigit);
    }

    public CommandResult explain(Problem problem) {
        return isExplainable(problem) ? explainer.apply(problem.code()) : CommandResult.unavailable(problem.code() + " has no explanation page");
    }

    private void regroup() {
        Map<Location.FileLocation, List<Problem>> byFile = new LinkedHashMap<>();
        for (Problem p : problems) {
            byFile.computeIfAbsent(p.location().file(), f -> new ArrayList<>()).add(p);
        }
        Comparator<Problem> within = switch (sort.get()) {
            case SEVERITY -> Comparator.comparing(Problem::severity).thenComparing(BY_POSITION);
            case POSITION -> BY_POSITION;
            case CODE -> Comparator.comparing(Problem::code).thenComparing(BY_POSITION);
        };
        List<FileGroup> out = new ArrayList<>();
        byFile.forEach((file, list) -> out.add(new FileGroup(file, list.stream().sorted(within).toList())));
        out.sort(Comparator.comparing((FileGroup g) -> g.errors() == 0).thenComparing(g -> g.file().relative().toString()));
        groups.setAll(out);
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
