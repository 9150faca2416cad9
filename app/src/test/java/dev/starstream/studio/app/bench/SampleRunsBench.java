package dev.starstream.studio.app.bench;

import dev.starstream.studio.app.AppServices;
import dev.starstream.studio.app.concurrent.FxThread;
import dev.starstream.studio.app.run.RunConfiguration;
import dev.starstream.studio.app.ui.MainWindow;
import dev.starstream.studio.app.ui.run.RunFixtures;
import dev.starstream.studio.app.ui.run.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Memory of the IDE after opening the sample workspace and running every saved configuration
 * through the window (Ctrl+F5's path: the run configurations view model, the session, the panels),
 * as resident set size from {@code /proc/self/status}. Run with the launcher's JVM flags, under a
 * display ({@code xvfb-run}) or Monocle:
 *
 * <pre>
 * ./mvnw -B -q -pl app -am test-compile -Dquickly
 * ./mvnw -B -q -pl app dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * xvfb-run -a java --enable-native-access=ALL-UNNAMED -cp app/target/classes:app/target/test-classes:$(cat app/target/cp.txt) \
 *     dev.starstream.studio.app.bench.SampleRunsBench
 * </pre>
 */
public final class SampleRunsBench {
    private SampleRunsBench() {}

    public static void main(String[] args) throws Exception {
        Path temp = Files.createTempDirectory("studio-bench");
        Path workspace = RunFixtures.samples(temp);
        AppServices services = AppServices.forApplication(Files.createTempDirectory("studio-bench-config"));
        AtomicReference<MainWindow> window = new AtomicReference<>();
        long start = System.nanoTime();
        CompletableFuture<Void> shown = new CompletableFuture<>();
        Platform.startup(() -> {
            Stage stage = new Stage();
            MainWindow w = new MainWindow(services, workspace);
            w.show(stage);
            window.set(w);
            shown.complete(null);
        });
        shown.get(60, TimeUnit.SECONDS);
        report("window shown", start);
        waitUntil(() -> window.get().run().sessions().session() != null && !window.get().run().configurations().configurations().isEmpty());
        report("sample workspace open (ledger created)", start);
        List<RunConfiguration> all = onFx(() -> List.copyOf(window.get().run().configurations().configurations()));
        for (RunConfiguration c : all) {
            long t = System.nanoTime();
            RunSummary before = onFx(() -> window.get().run().output().summary());
            onFx(() -> window.get().run().configurations().run(c));
            waitUntil(() -> {
                RunSummary s = window.get().run().output().summary();
                return s != before && s != null && s.configuration().equals(c.name()) && !window.get().run().configurations().runningProperty().get();
            });
            RunSummary s = onFx(() -> window.get().run().output().summary());
            System.out.printf("  %-34s %-13s %6.0f ms%n", c.name(), s.status(), (System.nanoTime() - t) / 1e6);
        }
        Thread.sleep(1000); // let the panels catch up (ledger reads, diagrams, disassembly)
        report("after running all " + all.size() + " configurations", start);
        System.gc();
        Thread.sleep(500);
        report("after a full GC", start);
        services.close();
        Platform.exit();
        System.exit(0);
    }

    private static void report(String when, long start) throws IOException {
        Runtime rt = Runtime.getRuntime();
        System.out.printf("%-45s %6.0f ms  RSS %4d MB  heap used %4d MB of %4d MB committed%n", when, (System.nanoTime() - start) / 1e6,
                rssKb() / 1024, (rt.totalMemory() - rt.freeMemory()) >> 20, rt.totalMemory() >> 20);
    }

    private static long rssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        FxThread.run(() -> {
            try {
                result.complete(action.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(60, TimeUnit.SECONDS);
    }

    private static void onFx(Runnable action) throws Exception {
        onFx(() -> {
            action.run();
            return null;
        });
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!onFx(() -> condition.getAsBoolean())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out");
            }
            Thread.sleep(20);
        }
    }
}
