package dev.starstream.studio.app.ui.tools;

import dev.starstream.studio.editor.services.location.Location;

/** A diagnostic as the Problems panel lists it. */
public record Problem(Severity severity, String code, String message, Location.TextLocation location) {
    /** How bad it is. */
    public enum Severity {
        ERROR,
        WARNING,
        INFO
    }

    /** {@code score.star:12:5} */
    public String where() {
        return location.file().relative() + ":" + location.position().line() + ":" + location.position().column();
    }
}
