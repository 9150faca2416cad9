package dev.starstream.studio.vm.interleaving;

import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How many operations per second the checker and the live machine get through on a long synthetic
 * transaction ({@link SyntheticTraces}: 16 utxos, 50,000 calls with a raise each, about 1.1 M ops).
 * Run on demand:
 *
 * <pre>
 * ./mvnw -B -q -pl vm -am test-compile -Dquickly
 * java -cp vm/target/classes:vm/target/test-classes dev.starstream.studio.vm.interleaving.InterleavingBench
 * </pre>
 */
public final class InterleavingBench {
    private InterleavingBench() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        SyntheticTraces.Tx tx = SyntheticTraces.build(16, rounds);
        Verdict reference = TransactionChecker.check(tx.instance(), tx.traces());
        if (!reference.ok()) {
            throw new IllegalStateException("the synthetic transaction is illegal: " + reference.violation().describe());
        }
        List<Step> order = reference.order();
        List<Op> submitted = new ArrayList<>(order.size());
        for (Step step : order) {
            Op op = tx.traces().get(step.pid().value()).op(step.index());
            submitted.add(switch (op) {
                case Op.Resume r -> Op.Resume.pending(r.target(), r.fn(), r.val());
                case Op.CallEffectHandler c -> Op.CallEffectHandler.pending(c.iface(), c.fn(), c.val());
                default -> op;
            });
        }
        report("whole-transaction check", tx.ops(), () -> TransactionChecker.check(tx.instance(), tx.traces()).ok());
        report("live machine, outputs filled", tx.ops(), () -> live(tx, order, submitted));
    }

    /** Replays the transaction the way the runtime drives it (scripts under provisional pids). */
    private static boolean live(SyntheticTraces.Tx tx, List<Step> order, List<Op> submitted) {
        int script = tx.instance().entrypoint().value();
        InterleavingMachine m = InterleavingMachine.live(List.of(), SyntheticTraces.H);
        ProcessId s = m.entry();
        for (int i = 0; i < order.size(); i++) {
            ProcessId pid = order.get(i).pid();
            Op op = submitted.get(i);
            boolean byScript = pid.value() == script;
            Op live = switch (op) {
                case Op.Activation a when !byScript -> new Op.Activation(a.val(), s);
                case Op.Init init -> new Op.Init(init.val(), s);
                default -> op;
            };
            if (!m.step(byScript ? s : pid, live).accepted()) {
                return false;
            }
        }
        return m.finish().ok();
    }

    private static void report(String what, long ops, java.util.function.BooleanSupplier run) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 3; i++) {
            run.getAsBoolean(); // warm-up
        }
        double[] wall = new double[7];
        double[] cpu = new double[wall.length];
        for (int i = 0; i < wall.length; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            boolean ok = run.getAsBoolean();
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            if (!ok) {
                throw new IllegalStateException(what + " rejected the synthetic transaction");
            }
            wall[i] = ops / ((t1 - t0) / 1e9);
            cpu[i] = ops / ((c1 - c0) / 1e9);
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        // Wall-clock rates suffer when the machine is shared; per CPU-second of this thread they do not.
        System.out.printf(Locale.ROOT, "%-30s %,d ops: median %,.0f ops/s wall (best %,.0f), %,.0f ops per CPU-second%n",
                what, ops, wall[wall.length / 2], wall[wall.length - 1], cpu[cpu.length / 2]);
    }
}
