package dev.starstream.studio.app.settings;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where user settings live: the system property {@value #PROPERTY} if set (tests use a temporary
 * folder), else {@code $XDG_CONFIG_HOME/starstream-studio}, else {@code
 * ~/.config/starstream-studio}.
 */
public final class ConfigDirectory {
    public static final String PROPERTY = "studio.config.dir";
    static final String APP_FOLDER = "starstream-studio";

    private ConfigDirectory() {}

    public static Path resolve(Properties system, Map<String, String> environment) {
        String explicit = system.getProperty(PROPERTY);
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String xdg = environment.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg, APP_FOLDER);
        }
        return Path.of(system.getProperty("user.home", "."), ".config", APP_FOLDER);
    }

    /** For this process. */
    public static Path resolve() {
        return resolve(System.getProperties(), System.getenv());
    }
}
