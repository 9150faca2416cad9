package dev.starstream.studio.vm.interleaving;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/dev/starstream/studio/vm/interleaving/}. Run the tests
 * with {@code -Dstudio.golden.update=true} to rewrite them from the actual output (then review the
 * diff).
 */
final class Golden {
    private static final Path DIR = Path.of("src/test/resources/dev/starstream/studio/vm/interleaving");

    private Golden() {}

    static void assertMatches(String name, String actual) throws IOException {
        Path file = DIR.resolve(name);
        if (Boolean.getBoolean("studio.golden.update")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(file).as("golden file %s", file.toAbsolutePath()).exists();
        assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
