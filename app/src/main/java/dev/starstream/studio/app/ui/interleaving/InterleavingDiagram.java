package dev.starstream.studio.app.ui.interleaving;

import dev.starstream.studio.editor.services.location.Location;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A run's interleaving, ready to draw: one lane per process (entry script first), the acts between
 * them in global order, every operation as a table row, and the text listing.
 *
 * @param hasLocations whether acts link to source (runs in debug mode record statement steps)
 */
public record InterleavingDiagram(
        String title, List<Lane> lanes, List<Act> acts, List<Row> rows, String text, boolean hasLocations, boolean failed) {
    public static final InterleavingDiagram EMPTY = new InterleavingDiagram("", List.of(), List.of(), List.of(), "", false, false);

    public InterleavingDiagram {
        lanes = List.copyOf(lanes);
        acts = List.copyOf(acts);
        rows = List.copyOf(rows);
    }

    public boolean isEmpty() {
        return lanes.isEmpty();
    }

    /** A process: its pid, label ({@code Score#0}), kind ({@code script}, {@code utxo}, {@code token}) and a subtitle. */
    public record Lane(int pid, String label, String kind, String subtitle) {}

    /** What kind of act an arrow or mark is. */
    public enum Kind {
        CREATE,
        RESUME,
        YIELD,
        EFFECT,
        ANSWER,
        RETURN,
        BIND,
        UNBIND,
        BURN,
        HANDLER
    }

    /**
     * One cross-process act: the global step (0-based) of its operation, the lanes it goes from and
     * to (equal for a mark on one lane), a short label ({@code plus_chips(40)}), the operation with
     * its decoded payload for hovering, and where in the source it happened.
     */
    public record Act(int step, int from, int to, Kind kind, String label, String detail, Location.@Nullable TextLocation location) {
        public boolean isMark() {
            return from == to;
        }
    }

    /** One operation (every one, not only acts): step (1-based), process, operation text, source. */
    public record Row(int step, String process, String operation, Location.@Nullable TextLocation location) {}
}
