package dev.starstream.studio.app.ui.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.editor.services.location.Location;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsViewModelTest {
    private final List<Location> visited = new ArrayList<>();
    private final ProblemsViewModel vm = new ProblemsViewModel(location -> {
        visited.add(location);
        return CommandResult.DONE;
    });
    private final Location.WorkspaceLocation ws = new Location.WorkspaceLocation(Path.of("/w"));

    private Problem problem(Problem.Severity severity, String file, int line) {
        return new Problem(severity, "E0001", "unknown name", ws.file(Path.of(file)).at(line, 5));
    }

    @Test
    void emptyMeansNoProblems() {
        assertThat(vm.summaryProperty().get()).isEqualTo("No problems");
        assertThat(vm.tabTitleProperty().get()).isEqualTo("Problems");
    }

    @Test
    void errorsComeFirstThenFileAndLine() {
        vm.publish(List.of(
                problem(Problem.Severity.WARNING, "a.star", 1),
                problem(Problem.Severity.ERROR, "b.star", 9),
                problem(Problem.Severity.ERROR, "b.star", 2)));
        assertThat(vm.problems()).extracting(Problem::where).containsExactly("b.star:2:5", "b.star:9:5", "a.star:1:5");
        assertThat(vm.summaryProperty().get()).isEqualTo("2 errors, 1 warning");
        assertThat(vm.tabTitleProperty().get()).isEqualTo("Problems (3)");
    }

    @Test
    void openingAProblemNavigatesToItsLocation() {
        Problem p = problem(Problem.Severity.ERROR, "b.star", 2);
        vm.open(p);
        assertThat(visited).containsExactly(p.location());
    }

    @Test
    void problemsAreGroupedByFileWithFilesWithErrorsFirst() {
        vm.publish(List.of(
                problem(Problem.Severity.WARNING, "a.star", 1),
                problem(Problem.Severity.ERROR, "lib/b.star", 9),
                problem(Problem.Severity.WARNING, "lib/b.star", 2)));
        assertThat(vm.groups()).extracting(ProblemsViewModel.FileGroup::name).containsExactly("b.star", "a.star");
        assertThat(vm.groups().getFirst().folder()).isEqualTo("lib");
        assertThat(vm.groups().getFirst().problems()).extracting(Problem::where).containsExactly("lib/b.star:9:5", "lib/b.star:2:5");
    }

    @Test
    void problemsCanBeSortedByPositionOrByCode() {
        vm.publish(List.of(
                new Problem(Problem.Severity.WARNING, "W0001", "unnecessary disclose", ws.file(Path.of("a.star")).at(1, 1)),
                new Problem(Problem.Severity.ERROR, "E0031", "mismatched argument", ws.file(Path.of("a.star")).at(7, 3)),
                new Problem(Problem.Severity.ERROR, "E0008", "mismatched types", ws.file(Path.of("a.star")).at(4, 2))));
        assertThat(vm.groups().getFirst().problems()).extracting(Problem::code).containsExactly("E0008", "E0031", "W0001");
        vm.sortProperty().set(ProblemsViewModel.SortOrder.POSITION);
        assertThat(vm.groups().getFirst().problems()).extracting(Problem::code).containsExactly("W0001", "E0008", "E0031");
        vm.sortProperty().set(ProblemsViewModel.SortOrder.CODE);
        assertThat(vm.groups().getFirst().problems()).extracting(Problem::code).containsExactly("E0008", "E0031", "W0001");
    }

    @Test
    void numberedCodesCanBeExplainedSyntaxErrorsCannot() {
        List<String> explained = new ArrayList<>();
        vm.setExplainer(code -> {
            explained.add(code);
            return CommandResult.DONE;
        });
        Problem typeError = new Problem(Problem.Severity.ERROR, "E0031", "mismatched argument", ws.file(Path.of("a.star")).at(7, 3));
        Problem syntax = new Problem(Problem.Severity.ERROR, "parser", "expected `;`", ws.file(Path.of("a.star")).at(7, 3));
        assertThat(ProblemsViewModel.isExplainable(typeError)).isTrue();
        assertThat(ProblemsViewModel.isExplainable(syntax)).isFalse();
        assertThat(vm.explain(typeError)).isEqualTo(CommandResult.DONE);
        assertThat(vm.explain(syntax)).isInstanceOf(CommandResult.Unavailable.class);
        assertThat(explained).containsExactly("E0031");
    }
}
