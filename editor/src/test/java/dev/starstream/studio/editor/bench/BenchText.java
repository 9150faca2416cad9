package dev.starstream.studio.editor.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A 2,000-line Starstream text made of copies of the sample contracts. */
final class BenchText {
    private BenchText() {}

    static String twoThousandLines(Path samples) throws IOException {
        String score = Files.readString(samples.resolve("score.star"));
        String counter = Files.readString(samples.resolve("counter.star"));
        StringBuilder sb = new StringBuilder();
        int copy = 0;
        while (sb.toString().lines().count() < 2_000) {
            sb.append((copy % 2 == 0 ? score : counter).replace("Score", "Score" + copy).replace("Counter", "Counter" + copy));
            copy++;
        }
        return String.join("\n", sb.toString().lines().limit(2_000).toList()) + "\n";
    }
}
