package dev.starstream.studio.editor.bench;

import dev.starstream.studio.editor.services.syntax.LexerTokenizer;
import dev.starstream.studio.editor.services.syntax.StarstreamScanner;
import dev.starstream.studio.editor.services.syntax.Tokenizer;
import dev.starstream.studio.editor.ui.syntax.SyntaxHighlighter;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * How long text → style spans takes for a 2,000-line file, per tokenizer (median and p90 of 200
 * runs after 200 warm-up runs). Run: {@code java -cp <test class path> ...HighlightBench samples/workspace}.
 */
public final class HighlightBench {
    private HighlightBench() {}

    public static void main(String[] args) throws Exception {
        String text = BenchText.twoThousandLines(Path.of(args.length > 0 ? args[0] : "samples/workspace"));
        for (Tokenizer tokenizer : new Tokenizer[] {new LexerTokenizer(), new StarstreamScanner()}) {
            SyntaxHighlighter highlighter = new SyntaxHighlighter(tokenizer);
            long[] micros = new long[200];
            for (int round = 0; round < 400; round++) {
                long start = System.nanoTime();
                highlighter.highlight(text);
                if (round >= 200) {
                    micros[round - 200] = (System.nanoTime() - start) / 1_000;
                }
            }
            Arrays.sort(micros);
            System.out.printf("%-18s %,d chars, %d lines: median %.2f ms, p90 %.2f ms%n",
                    tokenizer.getClass().getSimpleName(), text.length(), text.lines().count(),
                    micros[100] / 1000.0, micros[180] / 1000.0);
        }
    }
}
