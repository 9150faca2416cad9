package dev.starstream.studio.app.flows;

import dev.starstream.studio.app.AppServices;
import dev.starstream.studio.app.ui.MainWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import javafx.stage.Stage;

/** A fresh IDE on a temporary workspace and a temporary configuration folder. */
final class StudioFixture {
    final Path config;
    final Path workspace;
    final AppServices services;
    MainWindow window;

    StudioFixture() throws IOException {
        config = Files.createTempDirectory("studio-config");
        workspace = Files.createTempDirectory("studio-flow").resolve("game");
        Files.createDirectories(workspace.resolve("lib"));
        Files.copy(Path.of("..", "samples", "workspace", "score.star"), workspace.resolve("score.star"));
        Files.writeString(workspace.resolve("lib/notes.md"), "# Notes\n");
        services = AppServices.forApplication(config);
    }

    void show(Stage stage) {
        window = new MainWindow(services, workspace);
        window.show(stage);
    }

    void close() throws IOException {
        services.close();
        for (Path root : new Path[] {config, workspace.getParent()}) {
            try (Stream<Path> walk = Files.walk(root)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
