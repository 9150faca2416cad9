package dev.starstream.studio.editor.services.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Taking and restoring {@link EntrySnapshot}s. */
final class Snapshots {
    /** Deleting more than this cannot be undone (the bytes would have to stay in memory). */
    static final long MAX_BYTES = 32L * 1024 * 1024;

    private Snapshots() {}

    static FileOutcome<EntrySnapshot> take(Path entry, Path root) {
        if (!entry.startsWith(root) || entry.equals(root)) {
            return FileOutcome.failed(entry + " is not inside the workspace");
        }
        List<EntrySnapshot.Item> items = new ArrayList<>();
        long total = 0;
        try (Stream<Path> walk = Files.walk(entry)) {
            for (Path p : walk.sorted().toList()) {
                boolean dir = Files.isDirectory(p);
                byte[] bytes = dir ? new byte[0] : Files.readAllBytes(p);
                total += bytes.length;
                if (total > MAX_BYTES) {
                    return FileOutcome.failed(entry.getFileName() + " is too large to keep for undo");
                }
                items.add(new EntrySnapshot.Item(entry.relativize(p), dir, bytes));
            }
        } catch (IOException | UncheckedIOException e) {
            return FileOutcome.failed("Cannot read " + entry.getFileName() + ": " + e.getMessage());
        }
        return FileOutcome.done(new EntrySnapshot(entry, items));
    }

    static FileOutcome<Path> restore(EntrySnapshot snapshot, Path root) {
        Path target = snapshot.root();
        if (!target.startsWith(root) || target.equals(root)) {
            return FileOutcome.failed(target + " is not inside the workspace");
        }
        if (Files.exists(target)) {
            return FileOutcome.failed("Cannot restore " + target.getFileName() + ": something of that name exists");
        }
        try {
            Files.createDirectories(target.getParent());
            for (EntrySnapshot.Item item : snapshot.items()) {
                Path p = item.relative().toString().isEmpty() ? target : target.resolve(item.relative());
                if (item.directory()) {
                    Files.createDirectories(p);
                } else {
                    Files.write(p, item.bytes());
                }
            }
        } catch (IOException e) {
            return FileOutcome.failed("Cannot restore " + target.getFileName() + ": " + e.getMessage());
        }
        return FileOutcome.done(target);
    }
}
