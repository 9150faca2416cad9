package dev.starstream.studio.editor.services.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes made on disk by someone else reach the listeners; the workspace's own saves do not. */
class WorkspaceWatchingTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @TempDir Path root;
    private final ExecutorService watcherThread = Executors.newSingleThreadExecutor();
    private final List<WorkspaceEvent> events = new CopyOnWriteArrayList<>();
    private BasicWorkspace workspace;
    private Path file;

    @BeforeEach
    void open() throws IOException {
        Files.createDirectories(root.resolve("src"));
        file = root.resolve("src/score.star");
        Files.writeString(file, "one");
        workspace = new BasicWorkspace(root, WorkspaceConfig.defaults(), watcherThread);
        workspace.addWorkspaceListener(events::add);
        workspace.read(file);
    }

    @AfterEach
    void close() {
        workspace.close();
        watcherThread.shutdownNow();
    }

    private void awaitEvent(Predicate<WorkspaceEvent> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (events.stream().anyMatch(wanted)) {
                return;
            }
            Thread.sleep(20);
        }
        assertThat(events).as("events so far").anyMatch(wanted);
    }

    @Test
    void anEditOnDiskOfAKnownFileIsReported() throws Exception {
        Files.writeString(file, "two");
        awaitEvent(e -> e.equals(new WorkspaceEvent.ChangedOnDisk(file)));
        assertThat(workspace.read(file)).isEqualTo(FileOutcome.done("two"));
    }

    @Test
    void ourOwnSaveIsNotReportedAsAChangeOnDisk() throws Exception {
        workspace.write(file, "mine");
        Path marker = root.resolve("src/marker.txt");
        Files.writeString(marker, "");
        awaitEvent(e -> e.equals(new WorkspaceEvent.FolderChanged(root.resolve("src"))));
        Thread.sleep(200);
        assertThat(events).doesNotContain(new WorkspaceEvent.ChangedOnDisk(file));
    }

    @Test
    void filesCreatedAndDeletedOnDiskChangeTheirFolderListing() throws Exception {
        Files.createDirectories(root.resolve("src/lib"));
        awaitEvent(e -> e.equals(new WorkspaceEvent.FolderChanged(root.resolve("src"))));
        events.clear();
        Files.writeString(root.resolve("src/lib/pool.star"), "");
        awaitEvent(e -> e.equals(new WorkspaceEvent.FolderChanged(root.resolve("src/lib"))));
        Files.delete(file);
        awaitEvent(e -> e.equals(new WorkspaceEvent.DeletedOnDisk(file)));
    }

    @Test
    void changesInsideHiddenAndBuildFoldersAreIgnored() throws Exception {
        Files.createDirectories(root.resolve("target"));
        Files.writeString(root.resolve("target/out.wasm"), "x");
        Files.writeString(root.resolve("src/visible.star"), "");
        awaitEvent(e -> e.equals(new WorkspaceEvent.FolderChanged(root.resolve("src"))));
        assertThat(events).noneMatch(e -> e.toString().contains("target"));
    }
}
