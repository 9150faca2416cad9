package dev.starstream.studio.app.ui.editors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.app.commands.CommandResult;
import dev.starstream.studio.app.ui.DialogService.ReloadChoice;
import dev.starstream.studio.app.ui.DialogService.SaveChoice;
import dev.starstream.studio.app.ui.ScriptedDialogs;
import dev.starstream.studio.editor.services.text.TextPosition;
import dev.starstream.studio.editor.services.workspace.BasicWorkspace;
import dev.starstream.studio.editor.services.workspace.WorkspaceConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Open documents: dirty state, saving, closing with care, following the disk. No toolkit. */
class EditorTabsViewModelTest {
    @TempDir Path root;
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private final List<String> status = new CopyOnWriteArrayList<>();
    private final ExecutorService watcher = Executors.newSingleThreadExecutor();
    private BasicWorkspace workspace;
    private EditorTabsViewModel vm;
    private Path score;
    private Path pool;

    @BeforeEach
    void open() throws IOException {
        score = Files.writeString(root.resolve("score.star"), "utxo Score {}\n");
        pool = Files.writeString(root.resolve("pool.star"), "utxo Pool {}\n");
        workspace = new BasicWorkspace(root, WorkspaceConfig.defaults(), watcher);
        vm = new EditorTabsViewModel(dialogs, Runnable::run, status::add);
        vm.setWorkspace(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
        watcher.shutdownNow();
    }

    private DocumentViewModel doc(Path path) {
        return vm.find(path).orElseThrow();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int k = 0; k < 500 && !condition.getAsBoolean(); k++) {
            Thread.sleep(20);
        }
        assertThat(condition.getAsBoolean()).as("condition within 10 s").isTrue();
    }

    @Test
    void openingAFileMakesItActiveOnceEvenWhenOpenedTwice() {
        vm.open(score);
        vm.open(pool);
        vm.open(score);
        assertThat(vm.documents()).extracting(DocumentViewModel::name).containsExactly("score.star", "pool.star");
        assertThat(vm.active()).isSameAs(doc(score));
    }

    @Test
    void aFileThatCannotBeReadIsReportedNotOpened() throws IOException {
        Files.write(root.resolve("blob.bin"), new byte[] {(byte) 0xff});
        assertThat(vm.open(root.resolve("blob.bin"))).isEqualTo(CommandResult.failed("blob.bin is not UTF-8 text"));
        assertThat(vm.documents()).isEmpty();
    }

    @Test
    void typingMakesADocumentDirtyAndUndoingTheTypingMakesItCleanAgain() {
        vm.open(score);
        DocumentViewModel d = doc(score);
        d.textProperty().set("utxo Score { }\n");
        assertThat(d.isDirty()).isTrue();
        d.textProperty().set("utxo Score {}\n");
        assertThat(d.isDirty()).isFalse();
    }

    @Test
    void saveWritesTheFileAndClearsTheDirtyMarker() {
        vm.open(score);
        doc(score).textProperty().set("contract;\n");
        assertThat(vm.saveActive()).isEqualTo(CommandResult.info("Saved score.star"));
        assertThat(score).hasContent("contract;");
        assertThat(doc(score).isDirty()).isFalse();
    }

    @Test
    void saveAllSavesOnlyDirtyDocuments() {
        vm.open(score);
        vm.open(pool);
        doc(score).textProperty().set("a");
        doc(pool).textProperty().set("b");
        assertThat(vm.saveAll()).isEqualTo(CommandResult.info("Saved 2 files"));
        assertThat(vm.saveAll()).isEqualTo(CommandResult.info("Nothing to save"));
    }

    @Test
    void closingADirtyDocumentAsksAndCancelKeepsIt() {
        vm.open(score);
        doc(score).textProperty().set("changed");
        dialogs.answer(SaveChoice.CANCEL);
        assertThat(vm.close(doc(score))).isFalse();
        assertThat(vm.documents()).hasSize(1);
        assertThat(dialogs.asked).containsExactly("save? Close score.star [score.star]");
    }

    @Test
    void closingADirtyDocumentCanSaveOrDiscard() throws IOException {
        vm.open(score);
        vm.open(pool);
        doc(score).textProperty().set("saved on close");
        doc(pool).textProperty().set("thrown away");
        dialogs.answer(SaveChoice.SAVE, SaveChoice.DISCARD);
        vm.close(doc(score));
        vm.close(doc(pool));
        assertThat(score).hasContent("saved on close");
        assertThat(pool).hasContent("utxo Pool {}");
        assertThat(vm.documents()).isEmpty();
        assertThat(vm.active()).isNull();
    }

    @Test
    void closingTheActiveTabActivatesItsNeighbour() {
        vm.open(score);
        vm.open(pool);
        vm.closeActive();
        assertThat(vm.active()).isSameAs(doc(score));
    }

    @Test
    void leavingTheWorkspaceAsksOnceForAllUnsavedDocuments() {
        vm.open(score);
        vm.open(pool);
        doc(score).textProperty().set("x");
        doc(pool).textProperty().set("y");
        dialogs.answer(SaveChoice.CANCEL, SaveChoice.SAVE);
        assertThat(vm.confirmDiscardAll("Quit")).isFalse();
        assertThat(vm.confirmDiscardAll("Quit")).isTrue();
        assertThat(dialogs.asked).containsExactly("save? Quit [score.star, pool.star]", "save? Quit [score.star, pool.star]");
        assertThat(score).hasContent("x");
    }

    @Test
    void aCleanDocumentFollowsChangesOnDisk() throws Exception {
        vm.open(score);
        Files.writeString(score, "contract;\n");
        await(() -> doc(score).text().equals("contract;\n"));
        assertThat(doc(score).isDirty()).isFalse();
        assertThat(status).contains("Reloaded score.star (changed on disk)");
    }

    @Test
    void aDirtyDocumentAsksBeforeReloading() throws Exception {
        vm.open(score);
        doc(score).textProperty().set("mine");
        dialogs.answer(ReloadChoice.KEEP_MINE);
        Files.writeString(score, "theirs");
        await(() -> status.contains("Kept your version of score.star"));
        assertThat(doc(score).text()).isEqualTo("mine");
        assertThat(doc(score).isDirty()).isTrue();
    }

    @Test
    void renamedFilesKeepTheirTabsAndDeletedFilesLoseThem() {
        vm.open(score);
        vm.open(pool);
        workspace.rename(score, "game.star");
        assertThat(vm.documents()).extracting(DocumentViewModel::name).containsExactly("game.star", "pool.star");
        workspace.delete(pool);
        assertThat(vm.documents()).extracting(DocumentViewModel::name).containsExactly("game.star");
    }

    @Test
    void aFileDeletedOnDiskStaysOpenAsUnsaved() throws Exception {
        vm.open(score);
        Files.delete(score);
        await(() -> doc(score).isMissingOnDisk());
        assertThat(doc(score).isDirty()).isTrue();
        vm.save(doc(score));
        assertThat(score).hasContent("utxo Score {}");
    }

    @Test
    void revealOpensTheFileAndRequestsThePosition() {
        vm.reveal(pool, new TextPosition(1, 6));
        assertThat(doc(pool).revealRequestProperty().get()).isEqualTo(new TextPosition(1, 6));
    }

    @Test
    void withoutAWorkspaceNothingOpens() {
        vm.setWorkspace(null);
        assertThat(vm.open(score)).isInstanceOf(CommandResult.Unavailable.class);
        assertThat(vm.saveActive()).isInstanceOf(CommandResult.Unavailable.class);
    }
}
