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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Benchmark: applying already-executed simple transactions to the SQLite ledger (transition checks +
 * Ed25519 verification + SQLite commit), one commit per transaction (each acknowledged on its own) and
 * 100 per commit (group commit), for both mining modes and both durabilities, beside the parts on their
 * own (signature verification, the in-memory ledger). Every measurement runs {@code rounds} times,
 * interleaved with the others, on a fresh store; the report gives the best and the median rate and the
 * load averages seen. Run:
 * {@code java -cp <test class path> dev.starstream.studio.ledger.bench.ApplyBench [count] [rounds]}.
 */
public final class ApplyBench {
    private ApplyBench() {}

    /** One measured configuration: its name and how to run it once (returns transactions per second). */
    private record Case(String name, Measurement run) {}

    @FunctionalInterface
    private interface Measurement {
        double run() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path root = Files.createTempDirectory("apply-bench");
        Wallet wallet = new Wallet(Wallet.defaultDirectory(root), new SecureRandom());
        wallet.create("payer");
        Ed25519 ed25519 = new Ed25519();
        System.out.printf("ApplyBench: %d transactions, %d rounds, %d cores, load %s%n", count, rounds,
                Runtime.getRuntime().availableProcessors(), loadAverage());
        Map<InMemoryLedger.Mining, List<Transaction>> workloads = new LinkedHashMap<>();
        for (InMemoryLedger.Mining mining : InMemoryLedger.Mining.values()) {
            workloads.put(mining, Workload.transfers(count, wallet, "payer", mining, ed25519));
        }
        List<Transaction> few = Workload.transfers(Math.min(count, 300), wallet, "payer", InMemoryLedger.Mining.PER_TRANSACTION, ed25519);

        List<Case> cases = new ArrayList<>();
        cases.add(new Case("Ed25519 verify only (BouncyCastle)", () -> verifyOnly(workloads.get(InMemoryLedger.Mining.ON_DEMAND), ed25519)));
        for (InMemoryLedger.Mining mining : InMemoryLedger.Mining.values()) {
            List<Transaction> txs = workloads.get(mining);
            cases.add(new Case("in-memory ledger, " + mining, () -> inMemory(txs, mining, ed25519)));
            cases.add(new Case("SQLite, " + mining + ", PROCESS_CRASH, 1 per commit",
                    () -> sqlite(root, txs, mining, Durability.PROCESS_CRASH, 1)));
            cases.add(new Case("SQLite, " + mining + ", PROCESS_CRASH, 100 per commit",
                    () -> sqlite(root, txs, mining, Durability.PROCESS_CRASH, 100)));
        }
        List<Transaction> onDemand = workloads.get(InMemoryLedger.Mining.ON_DEMAND);
        cases.add(new Case("SQLite, ON_DEMAND, POWER_LOSS, 100 per commit",
                () -> sqlite(root, onDemand.subList(0, Math.min(count, 3000)), InMemoryLedger.Mining.ON_DEMAND, Durability.POWER_LOSS, 100)));
        cases.add(new Case("SQLite, PER_TRANSACTION, POWER_LOSS, 1 per commit",
                () -> sqlite(root, few, InMemoryLedger.Mining.PER_TRANSACTION, Durability.POWER_LOSS, 1)));

        // Warm-up: every case once, unmeasured, so that the JIT has compiled the paths.
        for (Case c : cases) {
            c.run().run();
        }
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        Map<String, List<String>> loads = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Case c : cases) {
                String load = loadAverage();
                double rate = c.run().run();
                rates.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(rate);
                loads.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(load);
                System.out.printf("  round %d  %-50s %8.0f tx/s (%4.0f µs/tx)  load %s%n", round, c.name(), rate, 1e6 / rate, load);
            }
        }
        System.out.printf("%n  %-50s %9s %9s  %s%n", "", "best", "median", "load averages");
        for (Case c : cases) {
            List<Double> sorted = rates.get(c.name()).stream().sorted().toList();
            System.out.printf("  %-50s %9.0f %9.0f  %s%n", c.name(), sorted.getLast(), sorted.get(sorted.size() / 2),
                    String.join(" ", loads.get(c.name())));
        }
    }

    private static double verifyOnly(List<Transaction> txs, Ed25519 ed25519) {
        long start = System.nanoTime();
        int ok = 0;
        for (Transaction tx : txs) {
            if (ed25519.verifies(tx.signatures().getFirst(), tx.intent().digest())) {
                ok++;
            }
        }
        return rate(ok, start);
    }

    private static double inMemory(List<Transaction> txs, InMemoryLedger.Mining mining, Ed25519 ed25519) {
        InMemoryLedger ledger = new InMemoryLedger(ChainParameters.DEFAULT, mining);
        ledger.deploy(Workload.PAY);
        long start = System.nanoTime();
        for (Transaction tx : txs) {
            if (!(ledger.apply(tx, ed25519) instanceof ApplyResult.Committed)) {
                throw new IllegalStateException("refused in memory");
            }
        }
        return rate(txs.size(), start);
    }

    /** Applies {@code txs} to a new store, {@code batch} per commit ({@code apply} when 1, else {@code applyBatch}). */
    private static double sqlite(Path root, List<Transaction> txs, InMemoryLedger.Mining mining, Durability durability, int batch)
            throws Exception {
        Path directory = Files.createTempDirectory(root, "ledger");
        Files.delete(directory);
        double rate;
        try (Ledger ledger = Ledger.create(directory, ChainParameters.DEFAULT, mining,
                LedgerOptions.defaults().withDurability(durability))) {
            ledger.deploy(Workload.PAY);
            long start = System.nanoTime();
            for (int i = 0; i < txs.size(); i += batch) {
                List<ApplyResult> results = batch == 1 ? List.of(ledger.apply(txs.get(i)))
                        : ledger.applyBatch(txs.subList(i, Math.min(txs.size(), i + batch)));
                for (ApplyResult result : results) {
                    if (result instanceof ApplyResult.Rejected rejected) {
                        throw new IllegalStateException("refused: " + rejected.rejection());
                    }
                }
            }
            rate = rate(txs.size(), start);
        }
        deleteTree(directory);
        return rate;
    }

    private static double rate(int count, long startNanos) {
        return count / ((System.nanoTime() - startNanos) / 1e9);
    }

    private static void deleteTree(Path directory) throws java.io.IOException {
        try (var files = Files.walk(directory)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
