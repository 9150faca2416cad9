package dev.starstream.studio.vm.lang.check;

import java.util.List;

/**
 * What a {@code with E(p…) { … }} clause handles: the effect (with its ABI and signature), the
 * variables its patterns bind (in pattern order), and whether it is a duplicate of an earlier
 * clause for the same effect in the same {@code try} (E0028; the earlier clause wins).
 */
public record HandledEffect(AbiInfo.Member effect, List<Variable> bindings, boolean duplicate) {
    public HandledEffect {
        bindings = List.copyOf(bindings);
    }
}
