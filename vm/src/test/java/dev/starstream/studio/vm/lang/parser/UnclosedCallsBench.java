package dev.starstream.studio.vm.lang.parser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A known slow input found by fuzzing (FrontEndFuzzTest#languageFactsAnswerAtAnyOffset timed out):
 * runs of {@code f(f(f(…} and a {@code (} never closed, then {@code raise emit …}, inside a method,
 * with more code after it and a syntax error before it (so the parse runs in LL mode with error
 * recovery); {@code depth} calls on each side of the {@code (}. ANTLR's SLL
 * prediction for the postfix call loop cannot tell a call from "the expression ends and the next
 * block item starts with {@code (}" (a block item's {@code ;} is optional), so it looks ahead to the
 * end of the file and builds DFA states whose configuration sets grow with the depth: the first
 * parse costs time quadratic in the depth (the second is fast, the DFA is cached). Two mitigations:
 * {@code ()}, {@code (e)} and tuples are one grammar alternative (3× faster here), and
 * {@link StarstreamParsing#MAX_NESTING} (256) refuses deeper files (depth 224 below: 449 levels).
 * This prints the first and second parse for growing depths.
 * Run on demand: {@code java -cp … dev.starstream.studio.vm.lang.parser.UnclosedCallsBench}.
 */
public final class UnclosedCallsBench {
    private UnclosedCallsBench() {}

    public static void main(String[] args) throws IOException {
        // as the fuzzer had it: an earlier syntax error in an ABI (the parse runs in recovery mode)
        String base = Files.readString(Path.of("src/test/resources/corpus/check/valid/effects_across_utxos.star"))
                .replace("amount: u64);", "amo continue unt: u64);");
        String emit = "emit Charged(zone, rate * units);";
        int at = base.indexOf(emit);
        for (int i = 0; i < 50; i++) { // warm the JIT on the same file, closed
            StarstreamParsing.parse("warm.star", base);
        }
        for (int depth : new int[] {8, 16, 32, 64, 96, 127, 224}) {
            String text = base.substring(0, at) + "f(".repeat(depth) + "(" + "f(".repeat(depth) + "raise " + base.substring(at);
            long t0 = System.nanoTime();
            StarstreamParsing.parse("bench.star", text);
            long t1 = System.nanoTime();
            StarstreamParsing.parse("bench.star", text);
            long t2 = System.nanoTime();
            System.out.printf("%4d unclosed calls: first parse %7.1f ms, again %6.1f ms%n", depth, (t1 - t0) / 1e6, (t2 - t1) / 1e6);
        }
    }
}
