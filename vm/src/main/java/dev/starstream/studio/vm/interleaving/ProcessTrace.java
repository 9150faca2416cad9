package dev.starstream.studio.vm.interleaving;

import dev.starstream.studio.vm.interleaving.op.Op;
import java.util.List;

/** The operations one process performed, in its own order (one per host call). */
public record ProcessTrace(List<Op> ops) {
    public ProcessTrace {
        ops = List.copyOf(ops);
    }

    public static ProcessTrace of(Op... ops) {
        return new ProcessTrace(List.of(ops));
    }

    public int size() {
        return ops.size();
    }

    public Op op(int index) {
        return ops.get(index);
    }
}
