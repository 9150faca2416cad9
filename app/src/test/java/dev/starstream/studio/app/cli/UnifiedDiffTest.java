package dev.starstream.studio.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The diff {@code fmt --check} prints: unified format, three lines of context, separate hunks for distant changes. */
class UnifiedDiffTest {
    private static final Terminal PLAIN = new Terminal(false);

    private static String lines(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(i -> "line " + i).collect(Collectors.joining("\n", "", "\n"));
    }

    @Test
    void isEmptyForEqualTexts() {
        assertThat(UnifiedDiff.of("a", "x\ny\n", "x\ny\n", PLAIN)).isEmpty();
    }

    @Test
    void showsDistantChangesAsSeparateHunksWithContext() {
        String before = lines(1, 20);
        String after = before.replace("line 2\n", "line two\n").replace("line 18\n", "").replace("line 20\n", "line 20\nline 21\n");

        assertThat(UnifiedDiff.of("f.star", before, after, PLAIN)).isEqualTo("""
                --- f.star (original)
                +++ f.star (formatted)
                @@ -1,5 +1,5 @@
                 line 1
                -line 2
                +line two
                 line 3
                 line 4
                 line 5
                @@ -15,6 +15,6 @@
                 line 15
                 line 16
                 line 17
                -line 18
                 line 19
                 line 20
                +line 21
                """);
    }

    @Test
    void countsAPureInsertionIntoAnEmptyText() {
        assertThat(UnifiedDiff.of("f", "", "a\nb\n", PLAIN)).isEqualTo("""
                --- f (original)
                +++ f (formatted)
                @@ -0,0 +1,2 @@
                +a
                +b
                """);
    }

    @Test
    void coloursDeletionsRedAndInsertionsGreenOnATerminal() {
        String diff = UnifiedDiff.of("f", "a\n", "b\n", new Terminal(true));

        assertThat(diff).contains("\u001b[31m-a\u001b[0m", "\u001b[32m+b\u001b[0m");
    }
}
