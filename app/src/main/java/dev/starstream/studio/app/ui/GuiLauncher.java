package dev.starstream.studio.app.ui;

import dev.starstream.studio.app.AppServices;
import dev.starstream.studio.app.concurrent.FxThread;
import dev.starstream.studio.app.settings.ConfigDirectory;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the JavaFX toolkit, opens the main window and blocks until the user closes it.
 *
 * <p>The toolkit is started with {@link Platform#startup} rather than through an {@code
 * Application} subclass, so the options reach the window through a constructor, not static state.
 */
public final class GuiLauncher {
    private static final Logger LOG = LoggerFactory.getLogger(GuiLauncher.class);

    /** Exit codes of the GUI process. */
    public static final int OK = 0;
    public static final int SMOKE_TIMEOUT = 1;
    public static final int NO_DISPLAY = 3;

    private static final long SMOKE_TIMEOUT_SECONDS = 60;

    /** What the command line asked for. */
    public record Options(@Nullable Path workspace, boolean smoke) {}

    private GuiLauncher() {}

    /** {@code samples/workspace} under {@code -Dstudio.home} (the launcher sets it), when it exists. */
    static @Nullable Path bundledSampleWorkspace() {
        String home = System.getProperty("studio.home");
        if (home == null) {
            return null;
        }
        Path samples = Path.of(home, "samples", "workspace");
        return Files.isDirectory(samples) ? samples : null;
    }

    private static long cpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(-1L);
    }

    private static long millisSinceStart() {
        return ProcessHandle.current().info().startInstant()
                .map(start -> Duration.between(start, Instant.now()).toMillis())
                .orElse(-1L);
    }

    /** Opens the IDE and returns the process exit code once the window is gone; messages go to {@code err}. */
    public static int launch(Options options, PrintWriter err) {
        CountDownLatch closed = new CountDownLatch(1);
        AtomicBoolean shown = new AtomicBoolean();
        AppServices services = AppServices.forApplication(ConfigDirectory.resolve());
        Path workspace = options.workspace() != null ? options.workspace() : bundledSampleWorkspace();
        try {
            Platform.startup(() -> {
                Stage stage = new Stage();
                stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> closed.countDown());
                if (options.smoke()) {
                    stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
                        shown.set(true);
                        LOG.info("smoke: main window shown");
                        FxThread.later(stage::hide);
                    });
                }
                stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> FxThread.later(() -> LOG.info(
                        "main window editable {} ms after the process started ({} ms of CPU)", millisSinceStart(), cpuMillis())));
                new MainWindow(services, workspace).show(stage);
            });
        } catch (UnsupportedOperationException | IllegalStateException e) {
            LOG.debug("toolkit start failed", e);
            services.close();
            err.println("""
                    studio: cannot open a window (%s).
                    The IDE needs a graphical session: on Linux, DISPLAY or WAYLAND_DISPLAY must be set. \
                    On a machine without a screen, run it under a virtual display: xvfb-run ./studio. \
                    The command-line tools (./studio --help) work without one."""
                    .formatted(e.getMessage()));
            return NO_DISPLAY;
        }
        try {
            if (options.smoke()) {
                if (!closed.await(SMOKE_TIMEOUT_SECONDS, TimeUnit.SECONDS) || !shown.get()) {
                    err.println("studio: smoke test failed: the main window was not shown within "
                            + SMOKE_TIMEOUT_SECONDS + " s");
                    return SMOKE_TIMEOUT;
                }
                err.println("studio: smoke test passed: the main window was shown");
            } else {
                closed.await();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            services.close();
            Platform.exit();
        }
        return OK;
    }
}
