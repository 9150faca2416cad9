package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import dev.starstream.studio.vm.ledger.JdkEd25519;
import dev.starstream.studio.vm.ledger.UtxoId;
import dev.starstream.studio.vm.runtime.values.Value;
import dev.starstream.studio.vm.wasm.codegen.SourceCompiler;
import java.util.List;
import java.util.Locale;

/**
 * Benchmark main (run on demand, not a test): transfer-style transactions end to end on a warm
 * runtime — prepare, instantiate the script and the coin, run, check every operation, build the
 * transaction and its trace — then apply each to an in-memory ledger so the next one spends the new
 * UtxoId. Reports transactions per second for run mode and debug mode and the cost of the ledger
 * step.
 *
 * <pre>
 * ./mvnw -B -q -pl vm -am test-compile -Dquickly
 * java -cp "$(cat vm/target/classpath.txt):vm/target/classes:vm/target/test-classes" dev.starstream.studio.vm.runtime.RuntimeBench
 * </pre>
 */
public final class RuntimeBench {
    private RuntimeBench() {}

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        String source = Golden.read("scenarios/transfer.star");
        SourceCompiler.Result compiled = new SourceCompiler().compile("transfer.star", source);
        if (!(compiled instanceof SourceCompiler.Result.Compiled ok)) {
            throw new IllegalStateException("transfer.star does not compile: " + compiled.diagnostics());
        }
        DeployedContract contract = DebugBundle.deployable(ok.contract());
        ContractCache cache = new ContractCache();
        for (RunMode mode : RunMode.values()) {
            int scale = mode == RunMode.RUN ? 1 : 4;
            Result result = measure(contract, cache, mode, warmup / scale, measured / scale);
            System.out.printf(Locale.ROOT, "%-5s %6d tx  run+check %8.1f tx/s (%6.1f µs/tx)   with ledger apply %8.1f tx/s%n",
                    mode, measured / scale, result.runPerSecond(), 1e6 / result.runPerSecond(), result.totalPerSecond());
        }
        long n = 200_000;
        double[] millis = new double[2];
        for (RunMode mode : RunMode.values()) {
            InMemoryLedger ledger = new InMemoryLedger();
            ledger.deploy(contract);
            TransactionRunner runner = new TransactionRunner(cache);
            TransactionRequest request = TransactionRequest.of(ledger, contract.hash(), "work", List.of(u64(n)))
                    .withMode(mode).withGasLimit(1_000_000_000L);
            long best = Long.MAX_VALUE;
            long gas = 0;
            for (int i = 0; i < 5; i++) {
                long t0 = System.nanoTime();
                TransactionResult r = runner.run(request, List.of());
                best = Math.min(best, System.nanoTime() - t0);
                gas = r.gasUsed();
            }
            millis[mode.ordinal()] = best / 1e6;
            System.out.printf(Locale.ROOT, "%-5s work(%d): %8.1f ms, %d gas (%.1f M gas/s)%n", mode, n, best / 1e6, gas,
                    gas / (best / 1e9) / 1e6);
        }
        System.out.printf(Locale.ROOT, "debug-mode overhead on compute: %.1fx%n", millis[1] / millis[0]);
    }

    private record Result(double runPerSecond, double totalPerSecond) {}

    private static Result measure(DeployedContract contract, ContractCache cache, RunMode mode, int warmup, int measured) {
        InMemoryLedger ledger = new InMemoryLedger(dev.starstream.studio.vm.ledger.ChainParameters.DEFAULT,
                InMemoryLedger.Mining.ON_DEMAND);
        ledger.deploy(contract);
        TransactionRunner runner = new TransactionRunner(cache);
        TransactionResult minted = runner.run(TransactionRequest.of(ledger, contract.hash(), "mint",
                List.of(u64(1), u64(1_000))).withMode(mode), List.of());
        apply(ledger, minted);
        UtxoId coin = ledger.utxos().getFirst().id();
        dev.starstream.studio.vm.lang.types.Type coinType = cache.load(contract, mode).layout().script("transfer")
                .orElseThrow().params().getFirst().type();
        long runNanos = 0;
        long start = 0;
        for (int i = 0; i < warmup + measured; i++) {
            if (i == warmup) {
                runNanos = 0;
                start = System.nanoTime();
            }
            long t0 = System.nanoTime();
            TransactionResult result = runner.run(TransactionRequest.of(ledger, contract.hash(), "transfer",
                    List.of(new Value.InputRef(coinType, coin),
                            u64(i + 2))).withMode(mode), List.of());
            runNanos += System.nanoTime() - t0;
            ApplyResult.Committed applied = apply(ledger, result);
            coin = applied.plan().created().getFirst().id();
            if (i % 500 == 0) {
                ledger.mineBlock();
            }
        }
        double total = (System.nanoTime() - start) / 1e9;
        return new Result(measured / (runNanos / 1e9), measured / total);
    }

    private static Value u64(long v) {
        return new Value.Int(dev.starstream.studio.vm.lang.types.IntKind.U64, v);
    }

    private static ApplyResult.Committed apply(InMemoryLedger ledger, TransactionResult result) {
        if (!(result instanceof TransactionResult.Committed committed)) {
            throw new IllegalStateException(((TransactionResult.Failed) result).failure().describe());
        }
        if (!(ledger.apply(committed.transaction(), new JdkEd25519()) instanceof ApplyResult.Committed applied)) {
            throw new IllegalStateException("the ledger refused a transfer");
        }
        return applied;
    }
}
