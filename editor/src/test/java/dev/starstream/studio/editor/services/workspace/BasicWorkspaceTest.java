package dev.starstream.studio.editor.services.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File operations of the workspace, without watching (see {@link WorkspaceWatchingTest}). */
class BasicWorkspaceTest {
    @TempDir Path root;
    private BasicWorkspace workspace;
    private final List<WorkspaceEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() throws IOException {
        Files.createDirectories(root.resolve("contracts"));
        Files.writeString(root.resolve("contracts/score.star"), "utxo Score {}\n");
        Files.writeString(root.resolve("README.md"), "# sample\n");
        Files.writeString(root.resolve("b.star"), "");
        Files.createDirectories(root.resolve("target/classes"));
        Files.createDirectories(root.resolve("artifacts/score"));
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve(".hidden.star"), "");
        workspace = new BasicWorkspace(root, WorkspaceConfig.defaults().withWatch(false), Runnable::run);
        workspace.addWorkspaceListener(events::add);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private List<String> names(Path folder) {
        return workspace.list(folder).stream().map(WorkspaceEntry::name).toList();
    }

    @Test
    void listsFoldersFirstAndSkipsHiddenAndBuildFolders() {
        assertThat(names(root)).containsExactly("contracts", "b.star", "README.md");
        assertThat(workspace.list(root.resolve("target"))).isEmpty();
    }

    @Test
    void aFileNamedLikeASkippedFolderIsShown() throws IOException {
        Files.writeString(root.resolve("contracts/target"), "");
        assertThat(names(root.resolve("contracts"))).contains("target");
    }

    @Test
    void findsEveryVisibleStarFile() {
        assertThat(workspace.starFiles()).containsExactly(root.resolve("b.star"), root.resolve("contracts/score.star"));
    }

    @Test
    void readsAndWritesUtf8TextAndAnnouncesSaves() {
        Path file = root.resolve("contracts/score.star");
        assertThat(workspace.read(file)).isEqualTo(FileOutcome.done("utxo Score {}\n"));
        assertThat(workspace.write(file, "// ünïcode\n").isDone()).isTrue();
        assertThat(workspace.read(file)).isEqualTo(FileOutcome.done("// ünïcode\n"));
        assertThat(events).containsExactly(new WorkspaceEvent.Saved(file));
        assertThat(names(root.resolve("contracts"))).containsExactly("score.star");
    }

    @Test
    void refusesBinaryFilesFoldersAndPathsOutsideTheRoot() throws IOException {
        Files.write(root.resolve("blob.bin"), new byte[] {(byte) 0xff, (byte) 0xfe, 0});
        assertThat(workspace.read(root.resolve("blob.bin"))).isEqualTo(FileOutcome.failed("blob.bin is not UTF-8 text"));
        assertThat(workspace.read(root.resolve("contracts"))).isEqualTo(FileOutcome.failed("contracts is a folder"));
        assertThat(workspace.read(root.resolve("../elsewhere.star")).isDone()).isFalse();
        assertThat(workspace.write(root.resolve("../elsewhere.star"), "x").isDone()).isFalse();
    }

    @Test
    void createsFilesAndFoldersAndRefusesBadNames() {
        Path created = workspace.createFile(root, "new.star", "contract;\n").orElseThrow();
        assertThat(created).hasContent("contract;");
        Path folder = workspace.createFolder(root, "lib").orElseThrow();
        assertThat(folder).isDirectory();
        assertThat(events).containsExactly(new WorkspaceEvent.Created(created, false), new WorkspaceEvent.Created(folder, true));

        assertThat(workspace.createFile(root, "new.star", "")).isEqualTo(FileOutcome.failed("“new.star” already exists here"));
        assertThat(workspace.createFile(root, "a/b.star", "")).isEqualTo(FileOutcome.failed("A name cannot contain “/”"));
        assertThat(workspace.createFile(root, " ", "")).isEqualTo(FileOutcome.failed("A name is required"));
        assertThat(workspace.createFolder(root, ".cache").isDone()).isFalse();
    }

    @Test
    void renamesAFolderAndEverythingInIt() {
        Path renamed = workspace.rename(root.resolve("contracts"), "src").orElseThrow();
        assertThat(renamed.resolve("score.star")).exists();
        assertThat(root.resolve("contracts")).doesNotExist();
        assertThat(events).containsExactly(new WorkspaceEvent.Renamed(root.resolve("contracts"), renamed));
        assertThat(workspace.rename(root.resolve("b.star"), "README.md")).isEqualTo(FileOutcome.failed("“README.md” already exists here"));
    }

    @Test
    void renamingOnlyTheCaseOfANameWorks() {
        assertThat(workspace.rename(root.resolve("b.star"), "B.star").orElseThrow()).isEqualTo(root.resolve("B.star"));
    }

    @Test
    void deletesAFolderTreeButNeverTheRoot() {
        assertThat(workspace.delete(root.resolve("contracts")).isDone()).isTrue();
        assertThat(root.resolve("contracts")).doesNotExist();
        assertThat(workspace.delete(root).isDone()).isFalse();
        assertThat(workspace.delete(root.resolve("missing.star"))).isEqualTo(FileOutcome.failed("missing.star does not exist"));
        assertThat(events).containsExactly(new WorkspaceEvent.Deleted(root.resolve("contracts")));
    }

    @Test
    void aSnapshotBringsADeletedTreeBack() throws IOException {
        Files.write(root.resolve("contracts/data.bin"), new byte[] {1, 2, 3});
        EntrySnapshot snapshot = workspace.snapshot(root.resolve("contracts")).orElseThrow();
        workspace.delete(root.resolve("contracts"));
        assertThat(workspace.restore(snapshot).isDone()).isTrue();
        assertThat(root.resolve("contracts/score.star")).content(StandardCharsets.UTF_8).isEqualTo("utxo Score {}\n");
        assertThat(root.resolve("contracts/data.bin")).hasBinaryContent(new byte[] {1, 2, 3});
        assertThat(workspace.restore(snapshot).isDone()).as("restoring over an existing entry").isFalse();
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() {
        workspace.removeWorkspaceListener(events::add);
        List<WorkspaceEvent> heard = new CopyOnWriteArrayList<>();
        workspace.addWorkspaceListener(e -> {
            throw new IllegalStateException("boom");
        });
        workspace.addWorkspaceListener(heard::add);
        workspace.createFolder(root, "x");
        assertThat(heard).hasSize(1);
    }
}
