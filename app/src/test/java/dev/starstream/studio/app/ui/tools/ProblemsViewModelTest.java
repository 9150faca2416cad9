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
}
