package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.check.workspace.CheckedWorkspace;
import dev.starstream.studio.vm.lang.check.workspace.Workspace;
import dev.starstream.studio.vm.lang.testing.RealisticPrograms;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Benchmarks of the language front end (run on demand, numbers go to docs/STATUS.md):
 * parse + check of a generated 10,000-line workspace (fresh workspace each round, warm JVM), and
 * re-check after a one-line edit in a 2,000-line file (incremental). Prints min and median of the
 * wall time and of the CPU time of the checking thread (the machine is shared: the CPU time is the
 * work, the wall time includes waiting for a core).
 *
 * <pre>./mvnw -B -q -pl vm -am test-compile -Dquickly
 * java -cp "vm/target/classes:vm/target/test-classes:$(cat vm/target/cp.txt)" dev.starstream.studio.vm.lang.check.CheckBench</pre>
 */
public final class CheckBench {
    private CheckBench() {}

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        // everything on the language thread, so that its CPU time is the work measured
        dev.starstream.studio.vm.lang.BigStack.call(() -> {
            run(rounds);
            return null;
        });
    }

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private static void run(int rounds) {
        Map<Path, String> big = new RealisticPrograms(42).workspace(Path.of("/bench"), 10_000);
        int lines = big.values().stream().mapToInt(RealisticPrograms::count).sum();
        long[] full = new long[rounds];
        long[] fullCpu = new long[rounds];
        for (int w = 0; w < rounds + 10; w++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            CheckedWorkspace ws = Workspace.inMemory(Path.of("/bench"), big).check();
            long t = System.nanoTime() - t0;
            long c = CPU.getCurrentThreadCpuTime() - c0;
            if (!ws.diagnostics().isEmpty()) {
                throw new IllegalStateException("generated workspace has diagnostics: " + ws.diagnostics().getFirst());
            }
            if (w >= 10) {
                full[w - 10] = t;
                fullCpu[w - 10] = c;
            }
        }
        report("parse + check, " + big.size() + " files, " + lines + " lines", full, fullCpu);

        Path file = Path.of("/edit/contract.star");
        String text = new RealisticPrograms(7).contract(2_000);
        Workspace ws = Workspace.inMemory(Path.of("/edit"), Map.of(file, text));
        ws.check();
        int at = text.indexOf("acc = acc + 1;");
        String a = text.substring(0, at) + "acc = acc + 2;" + text.substring(at + "acc = acc + 1;".length());
        long[] edit = new long[rounds * 3];
        long[] editCpu = new long[rounds * 3];
        for (int w = 0; w < edit.length + 30; w++) {
            long c0 = CPU.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            CheckedWorkspace r = ws.update(file, w % 2 == 0 ? a : text);
            long t = System.nanoTime() - t0;
            long c = CPU.getCurrentThreadCpuTime() - c0;
            if (!r.diagnostics().isEmpty() || ws.parsedLastTime() != 1) {
                throw new IllegalStateException("unexpected re-check result");
            }
            if (w >= 30) {
                edit[w - 30] = t;
                editCpu[w - 30] = c;
            }
        }
        report("re-check after a one-line edit, " + RealisticPrograms.count(text) + "-line file", edit, editCpu);
    }

    private static void report(String what, long[] wall, long[] cpu) {
        long[] w = wall.clone();
        long[] c = cpu.clone();
        Arrays.sort(w);
        Arrays.sort(c);
        System.out.printf("%-58s wall min %6.1f ms, median %6.1f ms | thread CPU min %6.1f ms, median %6.1f ms%n", what,
                w[0] / 1e6, w[w.length / 2] / 1e6, c[0] / 1e6, c[c.length / 2] / 1e6);
    }
}
