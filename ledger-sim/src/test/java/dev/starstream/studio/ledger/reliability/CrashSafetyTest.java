package dev.starstream.studio.ledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.ledger.Ledger;
import dev.starstream.studio.ledger.LedgerFixture;
import dev.starstream.studio.ledger.LedgerOptions;
import dev.starstream.studio.vm.ledger.Hash32;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety (issue 5): child JVMs apply transactions and are killed with SIGKILL at random
 * moments (during start-up and opening as well as between and inside commits). After every kill the
 * store must open and verify, hold every transaction the child acknowledged, and nothing partial
 * (verification replays the whole log and compares the tables with it). Two workers run side by
 * side on ledgers of their own; {@code STUDIO_CRASH_KILLS=N} (or {@code -Dstudio.crash.kills=N}) changes the total number of kills.
 */
class CrashSafetyTest {
    private static final int KILLS = Integer.getInteger("studio.crash.kills",
            Integer.parseInt(System.getenv().getOrDefault("STUDIO_CRASH_KILLS", "100")));
    private static final int WORKERS = 2;
    private static final int KILLS_PER_LEDGER = 10;

    @TempDir
    Path root;

    /** What one child life did. */
    private record Life(List<String> acked, boolean applying, int exitCode) {}

    @Test
    void everyAcknowledgedTransactionSurvivesSigkillAndNothingPartialIsEverVisible() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        try {
            List<Future<int[]>> results = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                int kills = KILLS / WORKERS + (w < KILLS % WORKERS ? 1 : 0);
                int worker = w;
                results.add(pool.submit(() -> {
                    // A fresh ledger every KILLS_PER_LEDGER kills keeps each child's start-up replay short.
                    int[] sum = new int[3];
                    for (int done = 0, round = 0; done < kills; done += KILLS_PER_LEDGER, round++) {
                        Path workspace = Files.createDirectories(root.resolve("worker" + worker + "-" + round));
                        int[] counts = worker(workspace, Math.min(KILLS_PER_LEDGER, kills - done), 1000L * worker + round);
                        for (int i = 0; i < 3; i++) {
                            sum[i] += counts[i];
                        }
                    }
                    return sum;
                }));
            }
            int totalKills = 0;
            int totalAcked = 0;
            int midApply = 0;
            for (Future<int[]> result : results) {
                int[] counts = result.get(10, TimeUnit.MINUTES);
                totalKills += counts[0];
                totalAcked += counts[1];
                midApply += counts[2];
            }
            assertThat(totalKills).isGreaterThanOrEqualTo(KILLS);
            assertThat(midApply).as("kills that landed while transactions were being applied").isGreaterThan(KILLS / 2);
            assertThat(totalAcked).isPositive();
        } finally {
            pool.shutdownNow();
        }
    }

    /** Returns {kills, acknowledged transactions, kills after the child was applying}. */
    private int[] worker(Path workspace, int kills, long seed) throws Exception {
        new LedgerFixture(workspace).close();
        Random random = new Random(seed);
        List<String> allAcked = new ArrayList<>();
        long readyNanos = 300_000_000L;
        int midApply = 0;
        for (int kill = 0; kill < kills; kill++) {
            // A quarter of the kills hit start-up and opening; the rest hit a child that is applying.
            boolean early = random.nextInt(4) == 0;
            long delayNanos = early ? (long) (random.nextDouble() * readyNanos) : -1;
            int acks = 1 + random.nextInt(25);
            long extraMillis = random.nextInt(15);
            Life life = runAndKill(workspace, delayNanos, acks, extraMillis);
            if (life.applying()) {
                midApply++;
            }
            allAcked.addAll(life.acked());
            // Opening replays the whole log and compares the tables with it (SQLite's page check runs at the end).
            try (Ledger ledger = Ledger.open(Ledger.defaultDirectory(workspace), LedgerOptions.defaults().withIntegrityCheck(false))) {
                assertThat(ledger.openReport().ok()).isTrue();
                for (String hash : life.acked()) {
                    assertThat(ledger.queries().transaction(Hash32.fromHex(hash)))
                            .as("acknowledged transaction %s after kill %d", hash, kill).isPresent();
                }
                long stored = ledger.queries().status().transactions();
                assertThat(stored).as("transactions after kill %d", kill)
                        .isBetween((long) allAcked.size(), (long) allAcked.size() + kill + 1);
            }
        }
        try (Ledger ledger = Ledger.open(Ledger.defaultDirectory(workspace), LedgerOptions.defaults())) {
            for (String hash : allAcked) {
                assertThat(ledger.queries().transaction(Hash32.fromHex(hash))).as(hash).isPresent();
            }
        }
        return new int[] {kills, allAcked.size(), midApply};
    }

    /**
     * Starts a child; kills it {@code delayNanos} after start (when not negative), or else
     * {@code extraMillis} after it acknowledged {@code acks} transactions. The child's stdout goes to a
     * file: every line it wrote before it died is there afterwards (a pipe may lose what was in flight).
     */
    private Life runAndKill(Path workspace, long delayNanos, int acks, long extraMillis) throws Exception {
        Path out = Files.createTempFile(root, "child", ".out");
        Process child = new ProcessBuilder(ChildJvm.command(root, CrashChild.class, workspace.toString(), "1000000"))
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.appendTo(root.resolve("children.err").toFile()))
                .start();
        long started = System.nanoTime();
        boolean applying;
        if (delayNanos >= 0) {
            while (System.nanoTime() - started < delayNanos && child.isAlive()) {
                Thread.sleep(2);
            }
            applying = acknowledged(out).size() > 0;
        } else {
            long deadline = started + TimeUnit.SECONDS.toNanos(120);
            while (acknowledged(out).size() < acks && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            Thread.sleep(extraMillis);
            applying = true;
        }
        if (!child.isAlive()) {
            throw new AssertionError("the child ended by itself (exit " + child.exitValue() + "): "
                    + tail(root.resolve("children.err")));
        }
        child.destroyForcibly();
        int exit = child.waitFor();
        List<String> acked = acknowledged(out);
        Files.delete(out);
        return new Life(acked, applying, exit);
    }

    /** The transaction hashes of the complete ACK lines written so far. */
    private static List<String> acknowledged(Path out) throws IOException {
        String text = Files.readString(out, StandardCharsets.UTF_8);
        List<String> hashes = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("ACK ") && line.length() == 4 + 64) {
                hashes.add(line.substring(4));
            }
        }
        return hashes;
    }

    private static String tail(Path file) throws IOException {
        String text = Files.exists(file) ? Files.readString(file) : "";
        return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
    }
}
