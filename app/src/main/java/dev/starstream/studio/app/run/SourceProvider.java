package dev.starstream.studio.app.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The text of a source file as the user sees it now: an open editor's buffer, else the file on disk. */
@FunctionalInterface
public interface SourceProvider {
    /** The text of {@code file} (absolute), or empty when it cannot be read. */
    Optional<String> text(Path file);

    /** Files on disk only. */
    static SourceProvider disk() {
        return file -> {
            try {
                return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                return Optional.empty();
            }
        };
    }

    /** {@code buffers} first, then {@code fallback}. */
    default SourceProvider orElse(SourceProvider fallback) {
        return file -> {
            Optional<String> text = text(file);
            return text.isPresent() ? text : fallback.text(file);
        };
    }
}
