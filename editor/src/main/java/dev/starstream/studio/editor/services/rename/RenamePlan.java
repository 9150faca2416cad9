package dev.starstream.studio.editor.services.rename;

import java.util.List;

/** What renaming a symbol would do, or why it cannot be done. */
public sealed interface RenamePlan {
    /** The rename cannot be done: {@code reason} says why, for the user. */
    record Refused(String reason) implements RenamePlan {}

    /** The rename is valid: these files change (every occurrence, open or not). */
    record Ready(String oldName, String newName, String what, List<FileEdit> edits) implements RenamePlan {
        public Ready {
            edits = List.copyOf(edits);
        }

        public int occurrences() {
            return edits.stream().mapToInt(e -> e.ranges().size()).sum();
        }
    }
}
