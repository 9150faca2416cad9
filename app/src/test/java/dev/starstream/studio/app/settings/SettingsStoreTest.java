package dev.starstream.studio.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsStoreTest {
    @TempDir Path dir;

    @Test
    void noFileMeansDefaults() {
        assertThat(new SettingsStore(dir).load()).isEqualTo(Settings.defaults());
    }

    @Test
    void whatIsSavedIsLoadedBack() {
        Settings settings = Settings.defaults()
                .withTheme(ThemeChoice.DARK)
                .withWindow(new WindowBounds(10, 20, 1200, 800, false))
                .withLayout(new LayoutSettings(0.2, 0.8, 0.5, 0.6))
                .withRecentWorkspace("/a")
                .withRecentWorkspace("/b")
                .withFormatOnSave(true);
        SettingsStore store = new SettingsStore(dir);
        assertThat(store.save(settings)).isTrue();
        assertThat(store.load()).isEqualTo(settings);
        assertThat(store.file()).content().contains("\"theme\" : \"DARK\"");
    }

    @Test
    void defaultWindowBoundsWithoutAPositionSurviveARoundTrip() {
        SettingsStore store = new SettingsStore(dir);
        store.save(Settings.defaults());
        assertThat(store.load().window().hasPosition()).isFalse();
    }

    @Test
    void aMalformedFileGivesDefaultsAndIsKeptAside() throws IOException {
        Files.writeString(dir.resolve("settings.json"), "{ theme: ");
        assertThat(new SettingsStore(dir).load()).isEqualTo(Settings.defaults());
        assertThat(dir.resolve("settings.json.bad")).exists();
    }

    @Test
    void unknownFieldsAndBadValuesFallBackToDefaults() throws IOException {
        Files.writeString(dir.resolve("settings.json"), """
                { "theme": "PURPLE", "future": 1, "layout": { "left": 7, "right": 0.7, "explorer": -1, "bottom": 0.5 },
                  "recentWorkspaces": ["/a", "", "/a", null], "editorFontSize": 400 }
                """);
        Settings loaded = new SettingsStore(dir).load();
        assertThat(loaded.theme()).isEqualTo(ThemeChoice.LIGHT);
        assertThat(loaded.layout()).isEqualTo(new LayoutSettings(LayoutSettings.DEFAULT.left(), 0.7, LayoutSettings.DEFAULT.explorer(), 0.5));
        assertThat(loaded.recentWorkspaces()).containsExactly("/a");
        assertThat(loaded.editorFontSize()).isEqualTo(13.5);
    }

    @Test
    void recentWorkspacesAreMostRecentFirstWithoutDuplicatesAndBounded() {
        Settings s = Settings.defaults();
        for (int k = 0; k < 15; k++) {
            s = s.withRecentWorkspace("/w" + k);
        }
        s = s.withRecentWorkspace("/w10");
        assertThat(s.recentWorkspaces()).hasSize(Settings.MAX_RECENT).startsWith("/w10", "/w14", "/w13");
    }

    @Test
    void theConfigFolderComesFromThePropertyThenXdgThenHome() {
        Properties props = new Properties();
        props.setProperty("user.home", "/home/ada");
        assertThat(ConfigDirectory.resolve(props, Map.of())).isEqualTo(Path.of("/home/ada/.config/starstream-studio"));
        assertThat(ConfigDirectory.resolve(props, Map.of("XDG_CONFIG_HOME", "/xdg"))).isEqualTo(Path.of("/xdg/starstream-studio"));
        assertThat(ConfigDirectory.resolve(props, Map.of("XDG_CONFIG_HOME", "relative"))).isEqualTo(Path.of("/home/ada/.config/starstream-studio"));
        props.setProperty(ConfigDirectory.PROPERTY, "/tmp/test-config");
        assertThat(ConfigDirectory.resolve(props, Map.of("XDG_CONFIG_HOME", "/xdg"))).isEqualTo(Path.of("/tmp/test-config"));
    }

    @Test
    void theServiceTellsListenersAndWritesEachChange() {
        List<ThemeChoice> heard = new ArrayList<>();
        SettingsService service = new SettingsService(new SettingsStore(dir), Runnable::run);
        service.addSettingsListener(s -> heard.add(s.theme()));
        service.update(s -> s.withTheme(ThemeChoice.DARK));
        service.update(s -> s.withTheme(ThemeChoice.DARK));
        assertThat(heard).containsExactly(ThemeChoice.DARK);
        assertThat(new SettingsStore(dir).load().theme()).isEqualTo(ThemeChoice.DARK);
    }
}
