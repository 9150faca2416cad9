package dev.starstream.studio.editor.services.workspace;

import java.nio.file.Path;
import java.util.List;

/**
 * A file or folder tree held in memory: {@code root} and, for folders, every entry below it
 * (parents before children) with the bytes of each file.
 */
public record EntrySnapshot(Path root, List<Item> items) {
    public EntrySnapshot {
        items = List.copyOf(items);
    }

    /** One entry, relative to the snapshot's root ({@code ""} is the root itself). */
    public record Item(Path relative, boolean directory, byte[] bytes) {
        public Item {
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }
    }

    public long totalBytes() {
        return items.stream().mapToLong(i -> i.bytes.length).sum();
    }
}
