package dev.starstream.studio.editor.services.navigation;

import dev.starstream.studio.editor.services.location.Location;

/**
 * One occurrence of a symbol, as the references list shows it: where it is, its offsets in the
 * analysed text of its file, the text of its line (for the preview) and whether it is the definition.
 */
public record Reference(Location.TextLocation location, int start, int end, String lineText, boolean definition) {
    /** {@code score.star:12:5}. */
    public String where() {
        return location.file().relative() + ":" + location.position().line() + ":" + location.position().column();
    }
}
