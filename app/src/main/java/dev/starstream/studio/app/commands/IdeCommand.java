package dev.starstream.studio.app.commands;

import org.jspecify.annotations.Nullable;

/**
 * A command of the IDE as menus, the toolbar and the palette know it.
 *
 * @param id stable identifier ({@code file.save})
 * @param title what the user reads ({@code Save})
 * @param category group in the palette ({@code File})
 * @param shortcut a JavaFX key combination in its text form ({@code Shortcut+S}), or null
 */
public record IdeCommand(String id, String title, String category, @Nullable String shortcut) {
    /** The palette's label: {@code File: Save}. */
    public String label() {
        return category + ": " + title;
    }

    /** The shortcut as people read it ({@code Ctrl+S}); empty when there is none. */
    public String shortcutText() {
        if (shortcut == null) {
            return "";
        }
        return shortcut.replace("Shortcut", "Ctrl")
                .replace("Slash", "/")
                .replace("Page_Down", "PgDn")
                .replace("Page_Up", "PgUp");
    }
}
