package dev.starstream.studio.editor.bench;

import dev.starstream.studio.editor.services.syntax.LexerTokenizer;
import dev.starstream.studio.editor.ui.CodeEditor;
import dev.starstream.studio.editor.ui.brackets.BracketHighlighting;
import dev.starstream.studio.editor.ui.currentline.CurrentLineHighlight;
import dev.starstream.studio.editor.ui.find.FindReplace;
import dev.starstream.studio.editor.ui.gutter.LineNumbers;
import dev.starstream.studio.editor.ui.syntax.SyntaxHighlighter;
import dev.starstream.studio.editor.ui.syntax.SyntaxHighlighting;
import dev.starstream.studio.editor.ui.typing.SmartTyping;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Types into a 2,000-line file in a real window (run it under xvfb-run) with every editor
 * component installed, and measures: how long each keystroke keeps the JavaFX thread busy, the
 * largest gap between pulses while typing, and the delay from the last keystroke of a burst to
 * the highlighting of that text being applied.
 */
public final class TypingBench {
    private TypingBench() {}

    public static void main(String[] args) throws Exception {
        String text = BenchText.twoThousandLines(Path.of(args.length > 0 ? args[0] : "samples/workspace"));
        ExecutorService worker = Executors.newSingleThreadExecutor();
        CountDownLatch ready = new CountDownLatch(1);
        CodeEditor[] holder = new CodeEditor[1];
        Platform.startup(() -> {
            CodeEditor editor = new CodeEditor();
            editor.replaceAllText(text);
            editor.install(new LineNumbers());
            editor.install(new CurrentLineHighlight());
            editor.install(new SyntaxHighlighting(new SyntaxHighlighter(new LexerTokenizer()), worker, Platform::runLater,
                    Duration.ofMillis(40)));
            editor.install(new BracketHighlighting());
            editor.install(new SmartTyping());
            editor.install(new FindReplace());
            Stage stage = new Stage();
            Scene scene = new Scene(editor, 1200, 800);
            scene.getStylesheets().add(TypingBench.class.getResource("palette.css").toExternalForm());
            stage.setScene(scene);
            stage.show();
            editor.area().moveTo(text.length() / 2);
            editor.area().requestFollowCaret();
            holder[0] = editor;
            ready.countDown();
        });
        ready.await();
        CodeEditor editor = holder[0];
        Thread.sleep(1_500); // first highlight, JIT

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

        List<Long> keystrokeMicros = Collections.synchronizedList(new ArrayList<>());
        List<Long> highlightDelayMillis = new ArrayList<>();
        String burst = "let total = chips * mult + 1;";
        for (int round = 0; round < 20; round++) {
            for (char c : burst.toCharArray()) {
                CountDownLatch typed = new CountDownLatch(1);
                Platform.runLater(() -> {
                    long start = System.nanoTime();
                    editor.area().insertText(editor.area().getCaretPosition(), String.valueOf(c));
                    editor.area().getText(); // what the document view model reads on every change
                    keystrokeMicros.add((System.nanoTime() - start) / 1_000);
                    typed.countDown();
                });
                typed.await();
                Thread.sleep(25); // a fast typist
            }
            long lastKey = System.nanoTime();
            long version = editor.version();
            while (editor.lexedProperty().get() == null || editor.lexedProperty().get().version() != version) {
                Thread.sleep(1);
            }
            highlightDelayMillis.add((System.nanoTime() - lastKey) / 1_000_000);
            CountDownLatch newline = new CountDownLatch(1);
            Platform.runLater(() -> {
                editor.area().insertText(editor.area().getCaretPosition(), "\n");
                newline.countDown();
            });
            newline.await();
            Thread.sleep(200);
        }
        Platform.runLater(pulses::stop);
        Thread.sleep(100);
        report("keystroke on the FX thread (µs)", keystrokeMicros);
        report("gap between pulses while typing (µs)", gapsMicros);
        report("last keystroke → highlighting applied (ms)", highlightDelayMillis);
        worker.shutdownNow();
        Platform.exit();
    }

    private static void report(String what, List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        System.out.printf("%-45s n=%d median=%d p90=%d p99=%d max=%d%n", what, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() * 9 / 10),
                sorted.get(Math.min(sorted.size() - 1, sorted.size() * 99 / 100)), sorted.getLast());
    }
}
