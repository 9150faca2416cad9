package dev.starstream.studio.ledger.bench;

import dev.starstream.studio.ledger.Durability;
import dev.starstream.studio.ledger.Ledger;
import dev.starstream.studio.ledger.LedgerOptions;
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
 * Benchmark: applying already-executed simple transactions to the SQLite ledger (transition checks +
 * Ed25519 verification + one SQLite commit per transaction, acknowledged one by one). Run:
 * {@code java -cp <test class path> dev.starstream.studio.ledger.bench.ApplyBench [count]}.
 * Prints transactions per second for each durability and mining mode, and the parts on their own.
 */
public final class ApplyBench {
    private ApplyBench() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path root = Files.createTempDirectory("apply-bench");
        Wallet wallet = new Wallet(Wallet.defaultDirectory(root), new SecureRandom());
        wallet.create("payer");
        Ed25519 ed25519 = new Ed25519();
        System.out.printf("ApplyBench: %d transactions, %d cores, load %s%n", count,
                Runtime.getRuntime().availableProcessors(), loadAverage());

        // Warm-up: the same work once, unmeasured, so that the JIT has compiled the paths.
        List<Transaction> warmUp = Workload.transfers(Math.min(count, 2000), wallet, "payer",
                InMemoryLedger.Mining.PER_TRANSACTION, ed25519);
        sqlite(root, warmUp, InMemoryLedger.Mining.PER_TRANSACTION, Durability.PROCESS_CRASH, warmUp.size(), false);
        for (InMemoryLedger.Mining mining : InMemoryLedger.Mining.values()) {
            List<Transaction> txs = Workload.transfers(count, wallet, "payer", mining, ed25519);
            verifyOnly(txs, ed25519);
            inMemory(txs, mining, ed25519);
            sqlite(root, txs, mining, Durability.PROCESS_CRASH, count, true);
            batched(root, txs, mining, Durability.PROCESS_CRASH, 100);
        }
        batched(root, Workload.transfers(Math.min(count, 3000), wallet, "payer", InMemoryLedger.Mining.ON_DEMAND, ed25519),
                InMemoryLedger.Mining.ON_DEMAND, Durability.POWER_LOSS, 100);
        List<Transaction> few = Workload.transfers(Math.min(count, 300), wallet, "payer",
                InMemoryLedger.Mining.PER_TRANSACTION, ed25519);
        sqlite(root, few, InMemoryLedger.Mining.PER_TRANSACTION, Durability.POWER_LOSS, few.size(), true);
    }

    private static void verifyOnly(List<Transaction> txs, Ed25519 ed25519) {
        long start = System.nanoTime();
        int ok = 0;
        for (Transaction tx : txs) {
            if (ed25519.verifies(tx.signatures().getFirst(), tx.intent().digest())) {
                ok++;
            }
        }
        report("Ed25519 verify only (BouncyCastle)", ok, start);
    }

    private static void inMemory(List<Transaction> txs, InMemoryLedger.Mining mining, Ed25519 ed25519) {
        InMemoryLedger ledger = new InMemoryLedger(ChainParameters.DEFAULT, mining);
        ledger.deploy(Workload.PAY);
        long start = System.nanoTime();
        for (Transaction tx : txs) {
            if (!(ledger.apply(tx, ed25519) instanceof ApplyResult.Committed)) {
                throw new IllegalStateException("refused in memory");
            }
        }
        report("in-memory ledger, " + mining, txs.size(), start);
    }

    private static void sqlite(Path root, List<Transaction> txs, InMemoryLedger.Mining mining, Durability durability, int count,
            boolean print) throws Exception {
        Path directory = Files.createTempDirectory(root, "ledger");
        Files.delete(directory);
        try (Ledger ledger = Ledger.create(directory, ChainParameters.DEFAULT, mining,
                LedgerOptions.defaults().withDurability(durability))) {
            ledger.deploy(Workload.PAY);
            long start = System.nanoTime();
            for (Transaction tx : txs.subList(0, count)) {
                if (ledger.apply(tx) instanceof ApplyResult.Rejected rejected) {
                    throw new IllegalStateException("refused: " + rejected.rejection());
                }
            }
            if (print) {
                report("SQLite ledger, " + mining + ", " + durability + ", 1 per commit", count, start);
            }

        }
    }

    /** Group commit: {@code batch} transactions per SQLite commit, acknowledged together. */
    private static void batched(Path root, List<Transaction> txs, InMemoryLedger.Mining mining, Durability durability, int batch)
            throws Exception {
        Path directory = Files.createTempDirectory(root, "ledger");
        Files.delete(directory);
        try (Ledger ledger = Ledger.create(directory, ChainParameters.DEFAULT, mining,
                LedgerOptions.defaults().withDurability(durability))) {
            ledger.deploy(Workload.PAY);
            long start = System.nanoTime();
            for (int i = 0; i < txs.size(); i += batch) {
                for (ApplyResult result : ledger.applyBatch(txs.subList(i, Math.min(txs.size(), i + batch)))) {
                    if (result instanceof ApplyResult.Rejected rejected) {
                        throw new IllegalStateException("refused: " + rejected.rejection());
                    }
                }
            }
            report("SQLite ledger, " + mining + ", " + durability + ", " + batch + " per commit", txs.size(), start);
        }
    }

    private static void report(String what, int count, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf("  %-55s %8d tx in %6.2f s = %8.0f tx/s (%.0f µs/tx)%n", what, count, seconds, count / seconds,
                seconds * 1e6 / count);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
