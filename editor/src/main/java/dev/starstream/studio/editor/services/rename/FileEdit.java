package dev.starstream.studio.editor.services.rename;

import java.nio.file.Path;
import java.util.List;

/** One file of a refactoring: its text before and after, and the ranges (in the text before) that change. */
public record FileEdit(Path file, String before, String after, List<Range> ranges) {
    /** A replaced range {@code [start, end)} of the text before. */
    public record Range(int start, int end) {}

    public FileEdit {
        ranges = List.copyOf(ranges);
    }
}
