package dev.starstream.studio.editor.services.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches every visible folder of a workspace and reports what changed on disk: folder listings
 * (always), and the text of files the workspace knows (only when it really differs, so our own
 * saves are not reported back).
 */
final class WorkspaceWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkspaceWatcher.class);

    private final BasicWorkspace workspace;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();

    private WorkspaceWatcher(BasicWorkspace workspace, WatchService service) {
        this.workspace = workspace;
        this.service = service;
    }

    static @Nullable WorkspaceWatcher start(BasicWorkspace workspace, Executor executor) {
        try {
            WorkspaceWatcher watcher = new WorkspaceWatcher(workspace, workspace.root().getFileSystem().newWatchService());
            watcher.registerTree(workspace.root());
            executor.execute(watcher::loop);
            return watcher;
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("cannot watch {}: changes made outside the IDE will not be noticed", workspace.root(), e);
            return null;
        }
    }

    private void registerTree(Path top) {
        try (Stream<Path> walk = Files.walk(top)) {
            walk.filter(Files::isDirectory).filter(p -> !workspace.isHidden(p)).forEach(this::register);
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("cannot walk {}", top, e);
        }
    }

    private void register(Path folder) {
        try {
            WatchKey key = folder.register(service, StandardWatchEventKinds.ENTRY_CREATE,
                    StandardWatchEventKinds.ENTRY_DELETE, StandardWatchEventKinds.ENTRY_MODIFY);
            folders.put(key, folder);
        } catch (IOException | ClosedWatchServiceException e) {
            LOG.debug("cannot watch {}", folder, e);
        }
    }

    private void loop() {
        try {
            while (true) {
                WatchKey key = service.take();
                Path folder = folders.get(key);
                if (folder != null) {
                    handle(folder, key);
                }
                if (!key.reset()) {
                    folders.remove(key);
                }
            }
        } catch (ClosedWatchServiceException e) {
            LOG.debug("stopped watching {}", workspace.root());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(Path folder, WatchKey key) {
        boolean listingChanged = false;
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                registerTree(folder);
                workspace.fire(new WorkspaceEvent.FolderChanged(folder));
                continue;
            }
            if (!(event.context() instanceof Path name)) {
                continue;
            }
            Path child = folder.resolve(name);
            if (workspace.isHidden(child)) {
                continue;
            }
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE) {
                listingChanged = true;
                if (Files.isDirectory(child)) {
                    registerTree(child);
                } else {
                    workspace.onDiskWrite(child);
                }
            } else if (event.kind() == StandardWatchEventKinds.ENTRY_DELETE) {
                listingChanged = true;
                workspace.onDiskDelete(child);
            } else {
                workspace.onDiskWrite(child);
            }
        }
        if (listingChanged) {
            workspace.fire(new WorkspaceEvent.FolderChanged(folder));
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            LOG.debug("closing the watch service", e);
        }
    }
}
