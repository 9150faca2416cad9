package dev.starstream.studio.app.ui.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.editor.services.analysis.Analysis;
import dev.starstream.studio.editor.services.analysis.FileAnalysis;
import dev.starstream.studio.editor.services.location.Location;
import dev.starstream.studio.vm.lang.check.workspace.Workspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The outline of the current file, the item at the caret, and going to an item. No toolkit. */
class OutlineViewModelTest {
    static final Path ROOT = Path.of("/ws").toAbsolutePath();
    static final Path FILE = ROOT.resolve("score.star");
    static final String TEXT = """
            abi Progress {
                fn plus(amount: i64);
            }

            utxo Score {
                storage { let mut chips: i64; }
                main fn new() { chips = 0; yield(Progress); }
            }

            script fn play() {
                let s = Score::new();
                let broken = ;
            }
            """;

    final List<Location> visited = new ArrayList<>();
    final OutlineViewModel vm = new OutlineViewModel(l -> {
        visited.add(l);
        return CommandResult.DONE;
    });

    static FileAnalysis analysis() {
        return new Analysis(1, ROOT, Workspace.inMemory(ROOT, Map.of(FILE, TEXT)).check()).file(FILE).orElseThrow();
    }

    @Test
    void theOutlineIsThereInAFileWithErrors() {
        vm.show(analysis(), ROOT);
        assertThat(vm.rootsProperty().get()).extracting(OutlineViewModel.Node::name).containsExactly("Progress", "Score", "play");
        assertThat(vm.rootsProperty().get().get(1).children()).extracting(OutlineViewModel.Node::name).contains("chips", "new");
    }

    @Test
    void theItemAtTheCaretIsTheInnermost() {
        vm.show(analysis(), ROOT);
        vm.follow(TEXT.indexOf("chips = 0"));
        assertThat(vm.atCaretProperty().get().name()).isEqualTo("new");
        vm.follow(TEXT.indexOf("let s"));
        assertThat(vm.atCaretProperty().get().name()).isEqualTo("play");
        vm.follow(TEXT.indexOf("\n\nutxo") + 1);
        assertThat(vm.atCaretProperty().get()).isNull();
    }

    @Test
    void openingAnItemGoesToItsName() {
        vm.show(analysis(), ROOT);
        vm.open(vm.rootsProperty().get().get(2));
        assertThat(visited).singleElement().satisfies(l -> assertThat(((Location.TextLocation) l).position()).hasToString("Ln 10, Col 11"));
    }

    @Test
    void noFileNoOutline() {
        vm.show(analysis(), ROOT);
        vm.show(null, ROOT);
        assertThat(vm.rootsProperty().get()).isEmpty();
    }
}
