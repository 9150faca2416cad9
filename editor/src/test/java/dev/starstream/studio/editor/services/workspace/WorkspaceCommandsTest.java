package dev.starstream.studio.editor.services.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.editor.services.edit.CommandStack;
import dev.starstream.studio.editor.services.edit.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceCommandsTest {
    @TempDir Path root;
    private BasicWorkspace workspace;
    private WorkspaceCommands commands;
    private final CommandStack stack = new CommandStack(50);

    @BeforeEach
    void open() throws IOException {
        Files.writeString(root.resolve("score.star"), "utxo Score {}\n");
        workspace = new BasicWorkspace(root, WorkspaceConfig.defaults().withWatch(false), Runnable::run);
        commands = new WorkspaceCommands(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void renameUndoesAndRedoes() {
        stack.execute(commands.rename(root.resolve("score.star"), "game.star"));
        assertThat(root.resolve("game.star")).exists();
        assertThat(stack.undoDescription()).contains("Rename “score.star” to “game.star”");
        stack.undo();
        assertThat(root.resolve("score.star")).exists();
        assertThat(root.resolve("game.star")).doesNotExist();
        stack.redo();
        assertThat(root.resolve("game.star")).exists();
    }

    @Test
    void deleteIsUndoneWithTheSameContent() {
        stack.execute(commands.delete(root.resolve("score.star")));
        assertThat(root.resolve("score.star")).doesNotExist();
        stack.undo();
        assertThat(root.resolve("score.star")).hasContent("utxo Score {}");
    }

    @Test
    void undoingACreateKeepsWhatWasWrittenForTheRedo() throws IOException {
        stack.execute(commands.create(root, "pool.star", false, ""));
        Files.writeString(root.resolve("pool.star"), "contract;\n");
        stack.undo();
        assertThat(root.resolve("pool.star")).doesNotExist();
        stack.redo();
        assertThat(root.resolve("pool.star")).hasContent("contract;");
    }

    @Test
    void aCreateWithATakenNameIsNotExecutable() {
        assertThat(stack.execute(commands.create(root, "score.star", false, "")))
                .isEqualTo(Outcome.failed("Create file “score.star” cannot be done now"));
    }
}
