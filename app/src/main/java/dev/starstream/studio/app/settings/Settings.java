package dev.starstream.studio.app.settings;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the IDE remembers between sessions. Missing or invalid values read from an older
 * or hand-edited file fall back to the defaults.
 */
public record Settings(
        int version,
        ThemeChoice theme,
        WindowBounds window,
        LayoutSettings layout,
        List<String> recentWorkspaces,
        boolean formatOnSave,
        double editorFontSize) {

    public static final int CURRENT_VERSION = 1;
    public static final int MAX_RECENT = 10;

    public Settings(
            int version,
            @Nullable ThemeChoice theme,
            @Nullable WindowBounds window,
            @Nullable LayoutSettings layout,
            @Nullable List<String> recentWorkspaces,
            boolean formatOnSave,
            double editorFontSize) {
        this.version = CURRENT_VERSION;
        this.theme = theme == null ? ThemeChoice.LIGHT : theme;
        this.window = window == null || !(window.width() > 200 && window.height() > 150) ? WindowBounds.DEFAULT : window;
        this.layout = layout == null ? LayoutSettings.DEFAULT : layout;
        this.recentWorkspaces = recentWorkspaces == null
                ? List.of()
                : recentWorkspaces.stream().filter(s -> s != null && !s.isBlank()).distinct().limit(MAX_RECENT).toList();
        this.formatOnSave = formatOnSave;
        this.editorFontSize = editorFontSize >= 8 && editorFontSize <= 40 ? editorFontSize : 13.5;
    }

    public static Settings defaults() {
        return new Settings(CURRENT_VERSION, null, null, null, null, false, 13.5);
    }

    public Settings withTheme(ThemeChoice theme) {
        return new Settings(version, theme, window, layout, recentWorkspaces, formatOnSave, editorFontSize);
    }

    public Settings withWindow(WindowBounds window) {
        return new Settings(version, theme, window, layout, recentWorkspaces, formatOnSave, editorFontSize);
    }

    public Settings withLayout(LayoutSettings layout) {
        return new Settings(version, theme, window, layout, recentWorkspaces, formatOnSave, editorFontSize);
    }

    public Settings withFormatOnSave(boolean formatOnSave) {
        return new Settings(version, theme, window, layout, recentWorkspaces, formatOnSave, editorFontSize);
    }

    public Settings withEditorFontSize(double size) {
        return new Settings(version, theme, window, layout, recentWorkspaces, formatOnSave, size);
    }

    /** Puts {@code workspace} first in the recent list (without duplicates, at most {@link #MAX_RECENT}). */
    public Settings withRecentWorkspace(String workspace) {
        List<String> recent = new ArrayList<>();
        recent.add(workspace);
        recentWorkspaces.stream().filter(w -> !w.equals(workspace)).forEach(recent::add);
        return new Settings(version, theme, window, layout, recent, formatOnSave, editorFontSize);
    }

    public Settings withoutRecentWorkspace(String workspace) {
        List<String> recent = recentWorkspaces.stream().filter(w -> !w.equals(workspace)).toList();
        return new Settings(version, theme, window, layout, recent, formatOnSave, editorFontSize);
    }
}
