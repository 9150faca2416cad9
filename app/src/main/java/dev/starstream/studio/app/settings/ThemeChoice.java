package dev.starstream.studio.app.settings;

/** The colour theme the user picked. */
public enum ThemeChoice {
    LIGHT,
    DARK;

    public ThemeChoice other() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
