package dev.starstream.studio.editor.services.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Carries ranges computed for an older text over the edits made since: ranges before an edit stay,
 * ranges after it move, ranges an edit touched are dropped (what they decorated was changed, so
 * they would lie until the next analysis). Used to keep semantic colours and squiggles in place
 * while the analysis of the new text is on its way.
 */
public final class RangeMapping {
    private RangeMapping() {}

    public static List<StyledRange> map(List<StyledRange> ranges, List<TextChange> changes) {
        if (changes.isEmpty()) {
            return ranges;
        }
        List<StyledRange> current = ranges;
        for (TextChange change : changes) {
            List<StyledRange> next = new ArrayList<>(current.size());
            for (StyledRange r : current) {
                StyledRange moved = map(r, change);
                if (moved != null) {
                    next.add(moved);
                }
            }
            current = next;
        }
        return current;
    }

    /** The range after {@code change}, or null when the change touched it. */
    static @org.jspecify.annotations.Nullable StyledRange map(StyledRange r, TextChange change) {
        boolean empty = r.start() == r.end();
        if (empty ? r.start() <= change.position() : r.end() <= change.position()) {
            return r; // before the edit (typing right after an identifier does not extend it)
        }
        if (r.start() >= change.removedEnd()) {
            return new StyledRange(r.start() + change.delta(), r.end() + change.delta(), r.styleClasses());
        }
        return null;
    }
}
