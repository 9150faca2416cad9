package dev.starstream.studio.editor.services.find;

import java.util.List;

/** The outcome of a search: the matches, or why the query is not a valid pattern. */
public sealed interface SearchResult {
    /** Every match, in text order, non-overlapping. */
    record Matches(List<TextRange> ranges) implements SearchResult {
        public Matches {
            ranges = List.copyOf(ranges);
        }
    }

    /** The regular expression does not compile; {@code message} says why, in one line. */
    record InvalidPattern(String message) implements SearchResult {}

    default List<TextRange> ranges() {
        return switch (this) {
            case Matches m -> m.ranges();
            case InvalidPattern p -> List.of();
        };
    }
}
