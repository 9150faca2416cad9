package dev.starstream.studio.app.ui;

import dev.starstream.studio.app.settings.ThemeChoice;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

/** The stylesheets of each theme, and the few colours that code (not CSS) paints. */
public final class Theme {
    private static final String BASE = url("studio.css");
    private static final String LIGHT = url("theme-light.css");
    private static final String DARK = url("theme-dark.css");

    private Theme() {}

    private static String url(String name) {
        return Theme.class.getResource(name).toExternalForm();
    }

    /** Puts the theme's stylesheets on {@code scene} (replacing the other theme's). */
    public static void apply(Scene scene, ThemeChoice theme) {
        List<String> wanted = List.of(BASE, theme == ThemeChoice.DARK ? DARK : LIGHT);
        if (!scene.getStylesheets().equals(wanted)) {
            scene.getStylesheets().setAll(wanted);
        }
        scene.getRoot().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), theme == ThemeChoice.DARK);
    }

    /** The band behind the caret line. */
    public static Paint currentLine(ThemeChoice theme) {
        return theme == ThemeChoice.DARK ? Color.rgb(255, 255, 255, 0.045) : Color.rgb(40, 60, 120, 0.055);
    }
}
