package dev.starstream.studio.vm.format;

import dev.starstream.studio.vm.lang.parser.ParseResult;
import dev.starstream.studio.vm.lang.parser.StarstreamParsing;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import dev.starstream.studio.vm.lang.testing.RandomPrograms;
import java.util.Random;

/**
 * How long format-on-save takes on a 2,000-line file with comments, warm: the whole
 * {@link Formatter#format} (parse, print, safety re-parse) and its parts. Run on demand:
 * {@code java -cp … dev.starstream.studio.vm.format.FormatterBench} (see docs/STATUS.md).
 */
public final class FormatterBench {
    private FormatterBench() {}

    public static void main(String[] args) {
        String text = twoThousandLines();
        SourceFile file = new SourceFile("bench.star", text);
        System.out.printf("input: %d lines, %d chars%n", text.split("\n", -1).length, text.length());
        for (int i = 0; i < 30; i++) { // warm-up
            Formatter.format(file);
        }
        ParseResult parsed = StarstreamParsing.parse(file);
        int rounds = 50;
        long parse = 0;
        long print = 0;
        long total = 0;
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            ParseResult p = StarstreamParsing.parse(file);
            long t1 = System.nanoTime();
            Formatter.print(p.program(), text);
            long t2 = System.nanoTime();
            Formatter.format(parsed);
            long t3 = System.nanoTime();
            parse += t1 - t0;
            print += t2 - t1;
            total += t3 - t2;
        }
        System.out.printf("parse %.1f ms, print %.1f ms, format(parsed) incl. safety check %.1f ms (mean of %d)%n",
                parse / 1e6 / rounds, print / 1e6 / rounds, total / 1e6 / rounds, rounds);
    }

    /** Generated programs with comments sprinkled in, concatenated until 2,000 lines. */
    static String twoThousandLines() {
        StringBuilder out = new StringBuilder();
        int seed = 0;
        while (out.toString().split("\n", -1).length < 2_000) {
            String canonical = Formatter.print(new RandomPrograms(seed).program(4), "");
            String withComments = FormatterPropertiesTest.sprinkle(canonical, new Random(seed++));
            if (!StarstreamParsing.parse("x", out + withComments).hasErrors()) {
                String formatted = ((FormatResult.Formatted) Formatter.format(new SourceFile("x", withComments))).text();
                out.append(formatted).append('\n');
            }
        }
        return out.toString();
    }
}
