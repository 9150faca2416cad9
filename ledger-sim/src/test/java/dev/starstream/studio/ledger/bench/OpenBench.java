package dev.starstream.studio.ledger.bench;

import dev.starstream.studio.ledger.Ledger;
import dev.starstream.studio.ledger.LedgerOptions;
import dev.starstream.studio.ledger.VerificationReport;
import dev.starstream.studio.ledger.wallet.Ed25519;
import dev.starstream.studio.ledger.wallet.Wallet;
import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.ledger.ChainParameters;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import dev.starstream.studio.vm.ledger.Transaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark: opening a store with 100,000 transactions and verifying its chain (replay of every log
 * entry with hash and state-root checks, the table comparison, and SQLite's quick_check). Builds the
 * store once under {@code ledger-sim/target/bench/open-<count>} (on-demand mining, a block every 100
 * transactions), then opens it {@code rounds} times (the first open, which migrates a store of an older
 * schema, apart) and reports the best and median times with the load averages. Run from the repository:
 * {@code java -cp <test class path> dev.starstream.studio.ledger.bench.OpenBench [count] [rounds]}.
 */
public final class OpenBench {
    private OpenBench() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path directory = Path.of("ledger-sim", "target", "bench", "open-" + count).toAbsolutePath();
        if (!Files.exists(directory.resolve("ledger.db"))) {
            build(directory, count);
        }
        System.out.printf("OpenBench: %d transactions, store %d MB, %d cores, load %s%n", count,
                Files.size(directory.resolve("ledger.db")) >> 20, Runtime.getRuntime().availableProcessors(),
                ApplyBench.loadAverage());
        // The first open migrates a store of an older schema; it is not measured with the others.
        time("first open (migrates an older store)", () -> open(directory, false));
        Map<String, Action> cases = new LinkedHashMap<>();
        cases.put("open, replay + tables + SQLite quick_check", () -> open(directory, true));
        cases.put("open, replay + tables", () -> open(directory, false));
        cases.put("verify read-only (studio ledger status path)", () -> {
            VerificationReport report = Ledger.verify(directory, false);
            if (!report.ok()) {
                throw new IllegalStateException(report.describe());
            }
        });
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        Map<String, List<String>> loads = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, Action> c : cases.entrySet()) {
                loads.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(ApplyBench.loadAverage());
                seconds.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(time(c.getKey(), c.getValue()));
            }
        }
        System.out.printf("%n  %-50s %7s %7s  %s%n", "", "best", "median", "load averages");
        for (String name : cases.keySet()) {
            List<Double> sorted = seconds.get(name).stream().sorted().toList();
            System.out.printf("  %-50s %6.2fs %6.2fs  %s%n", name, sorted.getFirst(), sorted.get(sorted.size() / 2),
                    String.join(" ", loads.get(name)));
        }
    }

    private static void open(Path directory, boolean integrity) {
        try (Ledger ledger = Ledger.open(directory, LedgerOptions.defaults().withIntegrityCheck(integrity))) {
            if (ledger.openReport().transactionsVerified() == 0) {
                throw new IllegalStateException("nothing verified");
            }
        }
    }

    private static void build(Path directory, int count) throws Exception {
        Path keys = Files.createTempDirectory("open-bench-keys");
        Wallet wallet = new Wallet(keys, new SecureRandom());
        wallet.create("payer");
        long start = System.nanoTime();
        List<Transaction> txs = Workload.transfers(count, wallet, "payer", InMemoryLedger.Mining.ON_DEMAND, new Ed25519(), 100);
        System.out.printf("generated %d transactions in %.1f s%n", count, (System.nanoTime() - start) / 1e9);
        start = System.nanoTime();
        try (Ledger ledger = Ledger.create(directory, ChainParameters.DEFAULT, InMemoryLedger.Mining.ON_DEMAND,
                LedgerOptions.defaults())) {
            ledger.deploy(Workload.PAY);
            for (int i = 0; i < txs.size(); i += 100) {
                for (ApplyResult result : ledger.applyBatch(txs.subList(i, Math.min(txs.size(), i + 100)))) {
                    if (result instanceof ApplyResult.Rejected rejected) {
                        throw new IllegalStateException("refused: " + rejected.rejection());
                    }
                }
                ledger.mineBlock();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("applied them in %.1f s (%.0f tx/s, 100 per commit, a block every 100)%n", seconds, count / seconds);
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    private static double time(String what, Action action) throws Exception {
        long start = System.nanoTime();
        action.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("  %-50s %6.2f s%n", what, seconds);
        return seconds;
    }
}
