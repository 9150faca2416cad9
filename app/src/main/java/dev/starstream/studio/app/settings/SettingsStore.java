package dev.starstream.studio.app.settings;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@code settings.json}. A missing, unreadable or malformed file gives the
 * defaults (a malformed one is kept aside as {@code settings.json.bad} so nothing is lost).
 */
public final class SettingsStore {
    private static final Logger LOG = LoggerFactory.getLogger(SettingsStore.class);
    public static final String FILE_NAME = "settings.json";

    private final Path file;
    private final ObjectMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    public SettingsStore(Path directory) {
        this.file = directory.resolve(FILE_NAME);
    }

    public Path file() {
        return file;
    }

    public Settings load() {
        try {
            Settings read = json.readValue(Files.readString(file), Settings.class);
            return read == null ? Settings.defaults() : read;
        } catch (NoSuchFileException e) {
            return Settings.defaults();
        } catch (JacksonException e) {
            LOG.warn("{} is not valid settings; starting from the defaults", file, e);
            try {
                Files.move(file, file.resolveSibling(FILE_NAME + ".bad"), StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException moveFailed) {
                LOG.debug("cannot keep the bad settings file aside", moveFailed);
            }
            return Settings.defaults();
        } catch (IOException e) {
            LOG.warn("cannot read {}; starting from the defaults", file, e);
            return Settings.defaults();
        }
    }

    /** Writes atomically (a temporary file renamed over the old one); failures are logged. */
    public boolean save(Settings settings) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
            try {
                Files.writeString(temp, json.writeValueAsString(settings) + "\n");
                try {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
            return true;
        } catch (IOException e) {
            LOG.warn("cannot save settings to {}", file, e);
            return false;
        }
    }
}
