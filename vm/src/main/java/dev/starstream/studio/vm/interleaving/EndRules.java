package dev.starstream.studio.vm.interleaving;

import static dev.starstream.studio.vm.interleaving.Proc.NONE;

import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The end-of-transaction rules 54–60 (B §3.4) and the Studio end rules 64–65 (A.4, A.5b), in that
 * order. Returns the first broken one with the pid it is about (canonical numbering).
 */
final class EndRules {
    record EndFailure(Failure failure, int pid) {}

    private final MachineState s;

    EndRules(MachineState s) {
        this.s = s;
    }

    /**
     * @param traces the full traces (replay mode), for rule 54; {@code null} in live mode, where
     *     an input's {@code must_burn} is what it did, so rules 54 and 56 hold by construction
     * @param ownershipOut the declared final ownership (replay mode); {@code null} in live mode,
     *     where the computed ownership is what the transaction declares
     */
    @Nullable EndFailure check(@Nullable List<ProcessTrace> traces, @Nullable List<@Nullable ProcessId> ownershipOut) {
        List<Proc> utxos = s.utxoProcs();
        if (traces != null) {
            for (Proc p : utxos) {
                if (p.input && p.mustBurn && traces.get(p.pid).ops().stream().noneMatch(Op.Burn.class::isInstance)) {
                    return fail(Rule.BURNED_INPUT_TRACE_BURNS, p, "input %d has no continuation but its trace has no Burn", p.pid);
                }
            }
        }
        for (Proc p : utxos) {
            if (p.utxo && !p.finalized) {
                return fail(Rule.UTXOS_FINALIZED, p, "utxo %d did not end with a Yield (its last transfer out)", p.pid);
            }
        }
        for (Proc p : utxos) {
            if (p.input && p.mustBurn && !p.didBurn) {
                return fail(Rule.BURNED_INPUT_DID_BURN, p, "input %d has no continuation but did not Burn", p.pid);
            }
        }
        if (s.curr.utxo) {
            return fail(Rule.ENDS_IN_COORD, s.curr, "the transaction ends in utxo %d", s.curr.pid);
        }
        if (ownershipOut != null) {
            for (Proc p : utxos) {
                ProcessId declared = ownershipOut.get(p.pid);
                int expected = declared == null ? NONE : declared.value();
                if (expected != p.owner) {
                    return fail(Rule.OWNERSHIP_OUT_MATCHES, p, "utxo %d ends owned by %s but ownership_out says %s",
                            p.pid, owner(p.owner), owner(expected));
                }
            }
        }
        for (Proc p : utxos) {
            if (p.token && !(p.input && p.didBurn) && !p.ephemeral && p.owner == NONE) {
                return fail(Rule.LIVE_TOKENS_BOUND, p, "token %d lives on but is bound to no utxo", p.pid);
            }
        }
        for (Proc p : s.all()) {
            if (!p.initialized) {
                return fail(Rule.ALL_INITIALIZED, p, "process %d was never created", s.canonical(p.pid));
            }
        }
        for (Proc p : utxos) {
            if (p.owner != NONE && s.proc(p.owner).ended()) {
                return fail(Rule.ENDED_OWNS_NOTHING, s.proc(p.owner), "utxo %d ended while owning token %d",
                        p.owner, p.pid);
            }
        }
        for (Proc p : utxos) {
            if (p.ephemeral && p.owner != NONE) {
                return fail(Rule.EPHEMERAL_UNBOUND, p, "ephemeral %d ended while bound to %d", p.pid, p.owner);
            }
        }
        return null;
    }

    private EndFailure fail(Rule rule, Proc about, String format, Object... args) {
        return new EndFailure(Failure.of(rule, format, args), s.canonical(about.pid));
    }

    private static String owner(int pid) {
        return pid == NONE ? "nobody" : Integer.toString(pid);
    }
}
