package dev.starstream.studio.app.ui.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.ui.ScriptedDialogs;
import dev.starstream.studio.editor.services.edit.CommandStack;
import dev.starstream.studio.editor.services.workspace.BasicWorkspace;
import dev.starstream.studio.editor.services.workspace.WorkspaceConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's behaviour on a real folder, without the toolkit. */
class FileTreeViewModelTest {
    @TempDir Path root;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<Path> opened = new ArrayList<>();
    private BasicWorkspace workspace;
    private FileTreeViewModel vm;

    @BeforeEach
    void open() throws IOException {
        Files.createDirectories(root.resolve("lib"));
        Files.writeString(root.resolve("lib/math.star"), "");
        Files.writeString(root.resolve("score.star"), "utxo Score {}\n");
        Files.createDirectories(root.resolve("target"));
        workspace = new BasicWorkspace(root, WorkspaceConfig.defaults().withWatch(false), Runnable::run);
        vm = new FileTreeViewModel(dialogs, Runnable::run, path -> {
            opened.add(path);
            return CommandResult.DONE;
        }, new CommandStack(10));
        vm.setWorkspace(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private List<String> names(FileNode folder) {
        return folder.children().stream().map(FileNode::name).toList();
    }

    private FileNode rootNode() {
        return vm.rootProperty().get();
    }

    private FileNode node(String relative) {
        return vm.find(root.resolve(relative)).orElseThrow();
    }

    @Test
    void theRootIsListedAndFoldersAreListedWhenOpened() {
        assertThat(names(rootNode())).containsExactly("lib", "score.star");
        FileNode lib = node("lib");
        assertThat(lib.isLoaded()).isFalse();
        vm.load(lib);
        assertThat(names(lib)).containsExactly("math.star");
    }

    @Test
    void activatingAFileOpensItAndAFolderToggles() {
        vm.activate(node("score.star"));
        assertThat(opened).containsExactly(root.resolve("score.star"));
        vm.activate(node("lib"));
        assertThat(node("lib").expandedProperty().get()).isTrue();
    }

    @Test
    void newFileGoesIntoTheSelectedFolderStartsAsAContractAndOpens() {
        vm.selectedProperty().set(node("lib"));
        dialogs.answer("pool.star");
        vm.newFile();
        assertThat(root.resolve("lib/pool.star")).hasContent("contract;");
        assertThat(opened).containsExactly(root.resolve("lib/pool.star"));
        assertThat(names(node("lib"))).containsExactly("math.star", "pool.star");
        assertThat(vm.selectedProperty().get().name()).isEqualTo("pool.star");
        assertThat(dialogs.asked).containsExactly("name? New File [.star]");
    }

    @Test
    void cancellingTheNameDialogCreatesNothing() {
        dialogs.answer(Boolean.FALSE);
        assertThat(vm.newFolder()).isEqualTo(CommandResult.DONE);
        assertThat(names(rootNode())).containsExactly("lib", "score.star");
    }

    @Test
    void renameKeepsTheNodeSelectedUnderItsNewName() {
        vm.selectedProperty().set(node("score.star"));
        dialogs.answer("game.star");
        assertThat(vm.rename()).isEqualTo(CommandResult.info("Renamed “score.star” to “game.star”"));
        assertThat(names(rootNode())).containsExactly("lib", "game.star");
        assertThat(vm.selectedProperty().get().name()).isEqualTo("game.star");
    }

    @Test
    void deleteAsksFirstAndNoKeepsTheFile() {
        vm.selectedProperty().set(node("score.star"));
        dialogs.answer(false);
        vm.delete();
        assertThat(root.resolve("score.star")).exists();
        assertThat(dialogs.asked).containsExactly("confirm? Delete score.star");
    }

    @Test
    void aDeletedFolderComesBackWithUndo() {
        vm.selectedProperty().set(node("lib"));
        dialogs.answer(true);
        assertThat(vm.delete()).isEqualTo(CommandResult.info("Deleted “lib”"));
        assertThat(names(rootNode())).containsExactly("score.star");
        vm.undo();
        assertThat(names(rootNode())).containsExactly("lib", "score.star");
        assertThat(root.resolve("lib/math.star")).exists();
        vm.redo();
        assertThat(names(rootNode())).containsExactly("score.star");
    }

    @Test
    void theRootCannotBeRenamedOrDeleted() {
        vm.selectedProperty().set(rootNode());
        assertThat(vm.rename()).isInstanceOf(CommandResult.Unavailable.class);
        assertThat(vm.delete()).isInstanceOf(CommandResult.Unavailable.class);
    }

    @Test
    void changesMadeBehindTheTreesBackAreShownOnRefresh() throws IOException {
        Files.writeString(root.resolve("added.star"), "");
        vm.refresh(root);
        assertThat(names(rootNode())).containsExactly("lib", "added.star", "score.star");
    }

    @Test
    void expandedFoldersStayExpandedWhenTheirParentIsListedAgain() throws IOException {
        FileNode lib = node("lib");
        lib.expandedProperty().set(true);
        vm.load(lib);
        Files.writeString(root.resolve("z.star"), "");
        vm.refresh(root);
        assertThat(node("lib")).isSameAs(lib);
        assertThat(lib.expandedProperty().get()).isTrue();
    }

    @Test
    void nothingToUndoIsSaid() {
        assertThat(vm.undo()).isEqualTo(CommandResult.unavailable("Nothing to undo"));
    }
}
