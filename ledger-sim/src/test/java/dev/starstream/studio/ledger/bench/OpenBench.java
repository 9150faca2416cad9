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
import java.util.List;

/**
 * Benchmark: opening a store with 100,000 transactions and verifying its chain (replay of every log
 * entry with hash and state-root checks, the table comparison, and SQLite's quick_check). Builds the
 * store once under {@code ledger-sim/target/bench/open-<count>} (on-demand mining, a block every 100
 * transactions), then opens it several times. Run:
 * {@code java -cp <test class path> dev.starstream.studio.ledger.bench.OpenBench [count]}.
 */
public final class OpenBench {
    private OpenBench() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path directory = Path.of("ledger-sim", "target", "bench", "open-" + count).toAbsolutePath();
        if (!Files.exists(directory.resolve("ledger.db"))) {
            build(directory, count);
        }
        System.out.printf("OpenBench: %d transactions, store %d MB, %d cores, load %s%n", count,
                Files.size(directory.resolve("ledger.db")) >> 20, Runtime.getRuntime().availableProcessors(),
                ApplyBench.loadAverage());
        for (int round = 0; round < 3; round++) {
            time("open, replay + tables + SQLite quick_check", () -> open(directory, true));
            time("open, replay + tables", () -> open(directory, false));
            time("verify read-only (studio ledger status path)", () -> {
                VerificationReport report = Ledger.verify(directory, false);
                if (!report.ok()) {
                    throw new IllegalStateException(report.describe());
                }
            });
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
        System.out.printf("applied them in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    private static void time(String what, Action action) throws Exception {
        long start = System.nanoTime();
        action.run();
        System.out.printf("  %-50s %6.2f s%n", what, (System.nanoTime() - start) / 1e9);
    }
}
