package dev.starstream.studio.ledger.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.ledger.Ledger;
import dev.starstream.studio.ledger.LedgerFixture;
import dev.starstream.studio.ledger.LedgerOptions;
import dev.starstream.studio.vm.ledger.Hash32;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
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
    private record Life(List<String> acked, boolean readyBeforeKill, int exitCode) {}

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
            if (life.readyBeforeKill()) {
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
     * {@code extraMillis} after it acknowledged {@code acks} transactions.
     */
    private Life runAndKill(Path workspace, long delayNanos, int acks, long extraMillis) throws Exception {
        Process child = new ProcessBuilder(ChildJvm.command(root, CrashChild.class, workspace.toString(), "1000000"))
                .redirectError(ProcessBuilder.Redirect.appendTo(root.resolve("children.err").toFile()))
                .start();
        long started = System.nanoTime();
        List<String> acked = new CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        CountDownLatch enough = new CountDownLatch(Math.max(1, acks));
        Thread reader = Thread.ofVirtual().start(() -> read(child, acked, ready, enough));
        boolean readyBeforeKill;
        if (delayNanos >= 0) {
            readyBeforeKill = ready.await(delayNanos, TimeUnit.NANOSECONDS);
        } else {
            boolean applied = false;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!applied && child.isAlive() && System.nanoTime() < deadline) {
                applied = enough.await(100, TimeUnit.MILLISECONDS);
            }
            Thread.sleep(extraMillis);
            readyBeforeKill = applied;
        }
        if (!child.isAlive()) {
            reader.join();
            throw new AssertionError("the child ended by itself (exit " + child.exitValue() + "): "
                    + tail(root.resolve("children.err")));
        }
        child.destroyForcibly();
        int exit = child.waitFor();
        reader.join();
        assertThat(System.nanoTime() - started).isPositive();
        if (exit == 0) {
            throw new AssertionError("the child ended by itself; see " + root.resolve("children.err"));
        }
        return new Life(List.copyOf(acked), readyBeforeKill, exit);
    }

    private static String tail(Path file) throws IOException {
        String text = Files.exists(file) ? Files.readString(file) : "";
        return text.length() > 2000 ? text.substring(text.length() - 2000) : text;
    }

    private static void read(Process child, List<String> acked, CountDownLatch ready, CountDownLatch enough) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("READY")) {
                    ready.countDown();
                } else if (line.startsWith("ACK ")) {
                    acked.add(line.substring(4));
                    enough.countDown();
                }
            }
        } catch (IOException e) {
            // The pipe breaks when the child is killed; what was read is what was acknowledged.
        }
    }
}
