package dev.starstream.studio.vm.interleaving;

import dev.starstream.studio.vm.interleaving.op.Op;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of checking a whole transaction.
 *
 * @param instance the instance checked (for a live run: the one built from the run, in canonical
 *     numbering)
 * @param traces the per-process traces, canonical order (for a live run: as recorded, deferred
 *     outputs filled, pids canonical)
 * @param order the global interleaving reconstructed from the entrypoint: every executed step in
 *     order (up to the violation, which is not included)
 * @param violation the first broken rule, or {@code null} when the transaction is legal
 */
public record Verdict(
        InterleavingInstance instance, List<ProcessTrace> traces, List<Step> order, @Nullable Violation violation) {
    public Verdict {
        traces = List.copyOf(traces);
        order = List.copyOf(order);
    }

    public boolean ok() {
        return violation == null;
    }

    public Optional<Violation> failure() {
        return Optional.ofNullable(violation);
    }

    /** The operation a step of the order executed. */
    public Op op(Step step) {
        return traces.get(step.pid().value()).op(step.index());
    }
}
