package dev.starstream.studio.vm.interleaving;

import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import java.util.List;

/**
 * Checks a whole transaction: the instance and one trace per process. It reconstructs the global
 * interleaving from the entrypoint by following control operations (B §4.1 step 1): take the next
 * operation of whichever process holds control, until that process's trace is exhausted. Then the
 * end rules, then "every trace entry consumed" (rule 66).
 *
 * <p>The verdict carries the reconstructed order (the debugger steps through it, the prover proves
 * it) and the first violation, if any.
 */
public final class TransactionChecker {
    private TransactionChecker() {}

    public static Verdict check(InterleavingInstance instance, List<ProcessTrace> traces) {
        String problem = InstanceShape.problem(instance, traces.size());
        if (problem != null) {
            return new Verdict(instance, traces, List.of(), new Violation(Rule.SHAPE, null, -1, 0, problem));
        }
        InterleavingMachine machine = InterleavingMachine.replaying(instance);
        int[] next = new int[traces.size()];
        while (true) {
            int p = machine.currentPid();
            List<Op> ops = traces.get(p).ops();
            if (next[p] >= ops.size() || machine.advance(p, ops.get(next[p])) != null) {
                break;
            }
            next[p]++;
        }
        Verdict verdict = machine.finishReplay(traces);
        if (!verdict.ok()) {
            return verdict;
        }
        for (int p = 0; p < traces.size(); p++) {
            if (next[p] < traces.get(p).size()) {
                Violation left = new Violation(Rule.ALL_ENTRIES_CONSUMED, new ProcessId(p), next[p], machine.steps(),
                        String.format("process %d's operations %d..%d were never reached", p, next[p] + 1,
                                traces.get(p).size()));
                return new Verdict(instance, traces, verdict.order(), left);
            }
        }
        return verdict;
    }
}
