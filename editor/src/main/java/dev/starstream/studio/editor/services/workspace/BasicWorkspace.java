package dev.starstream.studio.editor.services.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The workspace on the local file system, watched with a {@link java.nio.file.WatchService}. */
public final class BasicWorkspace implements Workspace {
    private static final Logger LOG = LoggerFactory.getLogger(BasicWorkspace.class);
    private static final Comparator<WorkspaceEntry> ORDER = Comparator.comparing((WorkspaceEntry e) -> !e.directory())
            .thenComparing(e -> e.name().toLowerCase(java.util.Locale.ROOT))
            .thenComparing(WorkspaceEntry::name);

    private final Path root;
    private final WorkspaceConfig config;
    private final List<WorkspaceListener> listeners = new CopyOnWriteArrayList<>();
    /** The text last read or written per file: what "changed on disk" is measured against. */
    private final Map<Path, String> knownText = new ConcurrentHashMap<>();
    private final @Nullable WorkspaceWatcher watcher;

    /**
     * Opens {@code root} (an existing folder). With watching configured, {@code watchExecutor}
     * runs the watch loop for as long as the workspace is open (give it a thread of its own).
     */
    public BasicWorkspace(Path root, WorkspaceConfig config, Executor watchExecutor) {
        this.root = root.toAbsolutePath().normalize();
        this.config = config;
        if (!Files.isDirectory(this.root)) {
            throw new IllegalArgumentException("not a folder: " + this.root);
        }
        this.watcher = config.watch() ? WorkspaceWatcher.start(this, watchExecutor) : null;
    }

    @Override
    public Path root() {
        return root;
    }

    @Override
    public String name() {
        Path name = root.getFileName();
        return name == null ? root.toString() : name.toString();
    }

    @Override
    public boolean isHidden(Path path) {
        Path p = path.toAbsolutePath().normalize();
        if (!p.startsWith(root)) {
            return true;
        }
        Path relative = root.relativize(p);
        int count = relative.toString().isEmpty() ? 0 : relative.getNameCount();
        for (int k = 0; k < count; k++) {
            String part = relative.getName(k).toString();
            if (part.startsWith(".")) {
                return true;
            }
            boolean isLast = k == count - 1;
            if (config.skippedFolders().contains(part) && (!isLast || Files.isDirectory(p))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<WorkspaceEntry> list(Path folder) {
        Path dir = resolve(folder);
        if (isHidden(dir) || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> !isHidden(p))
                    .map(p -> new WorkspaceEntry(p, Files.isDirectory(p)))
                    .sorted(ORDER)
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("cannot list {}", dir, e);
            return List.of();
        }
    }

    @Override
    public List<Path> starFiles() {
        List<Path> out = new ArrayList<>();
        collectStarFiles(root, out);
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private void collectStarFiles(Path dir, List<Path> out) {
        for (WorkspaceEntry e : list(dir)) {
            if (e.directory()) {
                collectStarFiles(e.path(), out);
            } else if (e.isStarFile()) {
                out.add(e.path());
            }
        }
    }

    @Override
    public FileOutcome<String> read(Path file) {
        Path p = resolve(file);
        if (!p.startsWith(root)) {
            return outside(p);
        }
        try {
            if (Files.isDirectory(p)) {
                return FileOutcome.failed(display(p) + " is a folder");
            }
            if (Files.size(p) > config.maxFileBytes()) {
                return FileOutcome.failed(display(p) + " is too large to open (" + Files.size(p) / 1024 + " KiB)");
            }
            String text = decode(Files.readAllBytes(p));
            if (text == null) {
                return FileOutcome.failed(display(p) + " is not UTF-8 text");
            }
            knownText.put(p, text);
            return FileOutcome.done(text);
        } catch (NoSuchFileException e) {
            return FileOutcome.failed(display(p) + " does not exist");
        } catch (IOException e) {
            LOG.warn("cannot read {}", p, e);
            return FileOutcome.failed("Cannot read " + display(p) + ": " + e.getMessage());
        }
    }

    private static @Nullable String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    @Override
    public FileOutcome<Path> write(Path file, String text) {
        Path p = resolve(file);
        if (!p.startsWith(root) || p.equals(root)) {
            return outside(p);
        }
        Path parent = p.getParent();
        knownText.put(p, text);
        try {
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, "." + p.getFileName(), ".saving");
            try {
                Files.writeString(temp, text, StandardCharsets.UTF_8);
                try {
                    Files.move(temp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, p, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            knownText.remove(p);
            LOG.warn("cannot write {}", p, e);
            return FileOutcome.failed("Cannot save " + display(p) + ": " + e.getMessage());
        }
        fire(new WorkspaceEvent.Saved(p));
        return FileOutcome.done(p);
    }

    @Override
    public @Nullable String checkName(Path folder, String name) {
        String problem = FileNames.check(name);
        if (problem != null) {
            return problem;
        }
        Path target = resolve(folder).resolve(name);
        if (Files.exists(target)) {
            return "“" + name + "” already exists here";
        }
        if (isHidden(resolve(folder))) {
            return "That folder is not part of the workspace";
        }
        return null;
    }

    @Override
    public FileOutcome<Path> createFile(Path folder, String name, String text) {
        String problem = checkName(folder, name);
        if (problem != null) {
            return FileOutcome.failed(problem);
        }
        Path p = resolve(folder).resolve(name);
        try {
            Files.writeString(p, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
            knownText.put(p, text);
        } catch (FileAlreadyExistsException e) {
            return FileOutcome.failed("“" + name + "” already exists here");
        } catch (IOException e) {
            LOG.warn("cannot create {}", p, e);
            return FileOutcome.failed("Cannot create " + display(p) + ": " + e.getMessage());
        }
        fire(new WorkspaceEvent.Created(p, false));
        return FileOutcome.done(p);
    }

    @Override
    public FileOutcome<Path> createFolder(Path folder, String name) {
        String problem = checkName(folder, name);
        if (problem != null) {
            return FileOutcome.failed(problem);
        }
        Path p = resolve(folder).resolve(name);
        try {
            Files.createDirectory(p);
        } catch (IOException e) {
            LOG.warn("cannot create {}", p, e);
            return FileOutcome.failed("Cannot create " + display(p) + ": " + e.getMessage());
        }
        fire(new WorkspaceEvent.Created(p, true));
        return FileOutcome.done(p);
    }

    @Override
    public FileOutcome<Path> rename(Path entry, String newName) {
        Path from = resolve(entry);
        if (!from.startsWith(root) || from.equals(root)) {
            return outside(from);
        }
        if (from.getFileName().toString().equals(newName)) {
            return FileOutcome.done(from);
        }
        Path parent = from.getParent();
        boolean caseOnly = from.getFileName().toString().equalsIgnoreCase(newName);
        String problem = caseOnly ? FileNames.check(newName) : checkName(parent, newName);
        if (problem != null) {
            return FileOutcome.failed(problem);
        }
        Path to = parent.resolve(newName);
        try {
            Files.move(from, to);
        } catch (IOException e) {
            LOG.warn("cannot rename {} to {}", from, to, e);
            return FileOutcome.failed("Cannot rename " + display(from) + ": " + e.getMessage());
        }
        moveKnownText(from, to);
        fire(new WorkspaceEvent.Renamed(from, to));
        return FileOutcome.done(to);
    }

    private void moveKnownText(Path from, Path to) {
        for (Path known : List.copyOf(knownText.keySet())) {
            if (known.startsWith(from)) {
                String text = knownText.remove(known);
                if (text != null) {
                    knownText.put(to.resolve(from.relativize(known)), text);
                }
            }
        }
    }

    @Override
    public FileOutcome<Path> delete(Path entry) {
        Path p = resolve(entry);
        if (!p.startsWith(root) || p.equals(root)) {
            return outside(p);
        }
        if (!Files.exists(p)) {
            return FileOutcome.failed(display(p) + " does not exist");
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
                knownText.remove(each);
            }
        } catch (DirectoryNotEmptyException e) {
            return FileOutcome.failed("Cannot delete " + display(p) + ": something was added to it meanwhile");
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("cannot delete {}", p, e);
            return FileOutcome.failed("Cannot delete " + display(p) + ": " + e.getMessage());
        }
        fire(new WorkspaceEvent.Deleted(p));
        return FileOutcome.done(p);
    }

    @Override
    public FileOutcome<EntrySnapshot> snapshot(Path entry) {
        return Snapshots.take(resolve(entry), root);
    }

    @Override
    public FileOutcome<Path> restore(EntrySnapshot snapshot) {
        FileOutcome<Path> restored = Snapshots.restore(snapshot, root);
        if (restored instanceof FileOutcome.Done<Path> done) {
            fire(new WorkspaceEvent.Created(done.value(), Files.isDirectory(done.value())));
        }
        return restored;
    }

    @Override
    public void addWorkspaceListener(WorkspaceListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeWorkspaceListener(WorkspaceListener listener) {
        listeners.remove(listener);
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        listeners.clear();
    }

    /** Called by the watcher: {@code file} was modified or created on disk. */
    void onDiskWrite(Path file) {
        String known = knownText.get(file);
        if (known == null || !Files.isRegularFile(file)) {
            return;
        }
        try {
            String now = decode(Files.readAllBytes(file));
            if (now != null && !now.equals(known)) {
                knownText.put(file, now);
                fire(new WorkspaceEvent.ChangedOnDisk(file));
            }
        } catch (IOException e) {
            LOG.debug("cannot read {} after a change on disk", file, e);
        }
    }

    /** Called by the watcher: {@code path} disappeared from disk. */
    void onDiskDelete(Path path) {
        for (Path known : List.copyOf(knownText.keySet())) {
            if (known.startsWith(path) && !Files.exists(known)) {
                knownText.remove(known);
                fire(new WorkspaceEvent.DeletedOnDisk(known));
            }
        }
    }

    void fire(WorkspaceEvent event) {
        for (WorkspaceListener l : listeners) {
            try {
                l.onWorkspaceEvent(event);
            } catch (RuntimeException e) {
                LOG.error("workspace listener failed on {}", event, e);
            }
        }
    }

    private Path resolve(Path path) {
        return root.resolve(path).toAbsolutePath().normalize();
    }

    private String display(Path p) {
        return p.startsWith(root) && !p.equals(root) ? root.relativize(p).toString() : p.toString();
    }

    private static <T> FileOutcome<T> outside(Path p) {
        return FileOutcome.failed(p + " is not inside the workspace");
    }
}
