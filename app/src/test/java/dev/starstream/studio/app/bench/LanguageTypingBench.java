package dev.starstream.studio.app.bench;

import dev.starstream.studio.app.AppServices;
import dev.starstream.studio.app.ui.MainWindow;
import dev.starstream.studio.editor.ui.CodeEditor;
import dev.starstream.studio.editor.ui.analysis.AnalysisDecorations;
import dev.starstream.studio.vm.lang.testing.RealisticPrograms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Types into a 2,000-line generated contract in the whole IDE (every editor component, the
 * language service, the panels), and measures: how long each keystroke keeps the JavaFX thread
 * busy; how late the JavaFX thread runs a task posted every 2 ms (the longest it was blocked, by
 * anything); the gaps between pulses; and from the last keystroke of a burst to the highlighting
 * and to the diagnostics of that text being shown. Run it with {@code xvfb-run} for a real window
 * or headless (Monocle). Not a test: numbers go to STATUS.md.
 *
 * <pre>
 * ./mvnw -B -q -pl app -am test-compile -Dquickly
 * ./mvnw -B -q -pl app dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/cp.txt
 * xvfb-run -a java --enable-native-access=ALL-UNNAMED -cp app/target/classes:app/target/test-classes:$(cat app/target/cp.txt) \
 *     dev.starstream.studio.app.bench.LanguageTypingBench
 * </pre>
 */
public final class LanguageTypingBench {
    private LanguageTypingBench() {}

    public static void main(String[] args) throws Exception {
        Path workspace = Files.createTempDirectory("typing-bench");
        String text = new RealisticPrograms(7).contract(2_000);
        Path big = Files.writeString(workspace.resolve("big.star"), text);
        Path config = Files.createTempDirectory("typing-bench-config");
        AppServices services = AppServices.forApplication(config);
        CountDownLatch shown = new CountDownLatch(1);
        MainWindow[] window = new MainWindow[1];
        Platform.startup(() -> {
            window[0] = new MainWindow(services, workspace);
            window[0].show(new Stage());
            window[0].tabsViewModel().open(big);
            shown.countDown();
        });
        shown.await();
        CodeEditor editor = onFx(() -> window[0].activeEditor().orElseThrow());
        AnalysisDecorations decorations = editor.components().stream().filter(AnalysisDecorations.class::isInstance)
                .map(AnalysisDecorations.class::cast).findFirst().orElseThrow();
        await(() -> onFxQuiet(() -> decorations.applied() != null), 30_000);
        int caret = text.indexOf("{\n", text.length() / 2) + 2;
        onFx(() -> {
            editor.area().moveTo(caret);
            editor.area().requestFollowCaret();
            return true;
        });
        System.out.printf("file: %d lines, %d chars; first analysis shown%n", text.lines().count(), text.length());
        Thread.sleep(2_000); // JIT, first paint

        List<Long> gapsMicros = Collections.synchronizedList(new ArrayList<>());
        long[] lastPulse = {0};
        AnimationTimer pulses = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (lastPulse[0] != 0) {
                    gapsMicros.add((now - lastPulse[0]) / 1_000);
                }
                lastPulse[0] = now;
            }
        };
        Platform.runLater(pulses::start);
        List<Long> blockedMicros = Collections.synchronizedList(new ArrayList<>());
        Thread prober = Thread.ofPlatform().daemon().name("bench-fx-prober").start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long posted = System.nanoTime();
                CountDownLatch ran = new CountDownLatch(1);
                Platform.runLater(() -> {
                    blockedMicros.add((System.nanoTime() - posted) / 1_000);
                    ran.countDown();
                });
                try {
                    ran.await();
                    TimeUnit.MILLISECONDS.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });

        List<Long> keystrokeMicros = Collections.synchronizedList(new ArrayList<>());
        List<Long> highlightMillis = new ArrayList<>();
        List<Long> diagnosticsMillis = new ArrayList<>();
        String burst = "let total = chips * mult + 1;";
        for (int round = 0; round < 20; round++) {
            for (char c : burst.toCharArray()) {
                onFx(() -> {
                    long start = System.nanoTime();
                    editor.area().insertText(editor.area().getCaretPosition(), String.valueOf(c));
                    keystrokeMicros.add((System.nanoTime() - start) / 1_000);
                    return true;
                });
                Thread.sleep(30); // a fast typist
            }
            long lastKey = System.nanoTime();
            AtomicLong highlighted = new AtomicLong();
            AtomicLong analysed = new AtomicLong();
            await(() -> {
                if (highlighted.get() == 0 && onFxQuiet(editor::currentLexedText) != null) {
                    highlighted.set(System.nanoTime());
                }
                if (analysed.get() == 0 && onFxQuiet(() -> decorations.applied() != null && decorations.applied().text().equals(editor.getText()))) {
                    analysed.set(System.nanoTime());
                }
                return highlighted.get() != 0 && analysed.get() != 0;
            }, 10_000);
            highlightMillis.add((highlighted.get() - lastKey) / 1_000_000);
            diagnosticsMillis.add((analysed.get() - lastKey) / 1_000_000);
            onFx(() -> {
                editor.area().insertText(editor.area().getCaretPosition(), "\n");
                return true;
            });
            Thread.sleep(300);
        }
        prober.interrupt();
        Platform.runLater(pulses::stop);
        Thread.sleep(100);
        report("keystroke on the FX thread (µs)", keystrokeMicros);
        report("FX thread blocked, probe every 2 ms (µs)", blockedMicros);
        report("gap between pulses while typing (µs)", gapsMicros);
        report("last keystroke → highlighting shown (ms)", highlightMillis);
        report("last keystroke → diagnostics shown (ms)", diagnosticsMillis);
        Platform.runLater(() -> {
            services.close();
            Platform.exit();
        });
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        java.util.concurrent.CompletableFuture<T> result = new java.util.concurrent.CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    private static <T> T onFxQuiet(java.util.concurrent.Callable<T> work) {
        try {
            return onFx(work);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(BooleanSupplier condition, long millis) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not within " + millis + " ms");
            }
            Thread.sleep(1);
        }
    }

    private static void report(String what, List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf("%-45s n=%d median=%d p90=%d p99=%d max=%d%n", what, sorted.size(), sorted.get(sorted.size() / 2),
                sorted.get(sorted.size() * 9 / 10), sorted.get(Math.min(sorted.size() - 1, sorted.size() * 99 / 100)), sorted.getLast());
    }
}
