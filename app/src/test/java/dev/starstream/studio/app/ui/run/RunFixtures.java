package dev.starstream.studio.app.ui.run;

import dev.starstream.studio.app.run.RunConfigurationStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the bundled sample workspace (sources and run configurations, no ledger yet). */
public final class RunFixtures {
    public static final Path SAMPLES = Path.of("..", "samples", "workspace");

    private RunFixtures() {}

    public static Path samples(Path target) throws IOException {
        Path workspace = target.resolve("samples");
        Files.createDirectories(workspace.resolve(".starstream"));
        try (Stream<Path> files = Files.list(SAMPLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".star")).toList()) {
                Files.copy(f, workspace.resolve(f.getFileName()));
            }
        }
        Files.copy(SAMPLES.resolve(".starstream").resolve(RunConfigurationStore.FILE_NAME),
                workspace.resolve(".starstream").resolve(RunConfigurationStore.FILE_NAME));
        return workspace.toAbsolutePath().normalize();
    }
}
