package dev.starstream.studio.app.ui.palette;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.app.commands.CommandRegistry;
import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.commands.IdeCommand;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CommandPaletteViewModelTest {
    private final CommandRegistry registry = new CommandRegistry();
    private final List<String> ran = new ArrayList<>();
    private CommandPaletteViewModel vm;

    private void command(String id, String title, String category) {
        registry.register(new IdeCommand(id, title, category, null), () -> {
            ran.add(id);
            return CommandResult.DONE;
        });
    }

    @BeforeEach
    void setUp() {
        command("file.save", "Save", "File");
        command("file.saveAll", "Save All", "File");
        command("view.dark", "Dark Theme", "View");
        command("edit.toggleComment", "Toggle Line Comment", "Edit");
        registry.registerUnavailable(new IdeCommand("language.rename", "Rename Symbol", "Code", "F2"), "not yet");
        vm = new CommandPaletteViewModel(registry);
    }

    private List<String> shown() {
        return vm.items().stream().map(IdeCommand::label).toList();
    }

    @Test
    void openingListsEveryCommandAlphabetically() {
        vm.open();
        assertThat(vm.visibleProperty().get()).isTrue();
        assertThat(shown()).containsExactly("Code: Rename Symbol", "Edit: Toggle Line Comment", "File: Save", "File: Save All", "View: Dark Theme");
        assertThat(vm.selectedIndexProperty().get()).isZero();
    }

    @Test
    void lettersInOrderMatchAndTheTightestMatchComesFirst() {
        vm.open();
        vm.queryProperty().set("tlc");
        assertThat(shown()).containsExactly("Edit: Toggle Line Comment");
        vm.queryProperty().set("save");
        assertThat(shown()).containsExactly("File: Save", "File: Save All");
        vm.queryProperty().set("dark");
        assertThat(shown()).first().isEqualTo("View: Dark Theme");
    }

    @Test
    void enterRunsTheSelectedCommandAndCloses() {
        vm.open();
        vm.queryProperty().set("save");
        vm.moveSelection(1);
        vm.runSelected();
        assertThat(ran).containsExactly("file.saveAll");
        assertThat(vm.visibleProperty().get()).isFalse();
    }

    @Test
    void selectionWrapsAround() {
        vm.open();
        vm.moveSelection(-1);
        assertThat(vm.selectedIndexProperty().get()).isEqualTo(4);
    }

    @Test
    void noMatchMeansNothingToRun() {
        vm.open();
        vm.queryProperty().set("zzz");
        assertThat(vm.items()).isEmpty();
        assertThat(vm.runSelected()).isInstanceOf(CommandResult.Unavailable.class);
    }

    @Test
    void commandsOfMissingServicesAreListedAndExplainThemselves() {
        vm.open();
        vm.queryProperty().set("rename");
        assertThat(vm.runSelected()).isEqualTo(CommandResult.unavailable("not yet"));
    }

    @Test
    void matchedLettersAreReportedForBoldText() {
        vm.open();
        vm.queryProperty().set("fs");
        assertThat(vm.highlights(registry.get("file.save"))).containsExactly(0, 6);
    }
}
