package dev.starstream.studio.vm.interleaving;

import static dev.starstream.studio.vm.interleaving.Proc.NONE;

import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Turns a finished live run into the instance and traces of the transaction, in canonical order
 * (inputs ++ new outputs ++ scripts, the entry script first among scripts): an input's
 * {@code must_burn} is whether it burned, {@code ownership_out} the computed ownership.
 */
final class LiveInstances {
    private LiveInstances() {}

    static Verdict verdict(MachineState s, @Nullable Violation violation) {
        List<Proc> utxos = s.utxoProcs();
        List<Proc> coords = s.coordProcs();
        IntUnaryOperator canonical = s::canonical;
        List<Hash> table = new ArrayList<>();
        List<Boolean> isUtxo = new ArrayList<>();
        List<Boolean> isToken = new ArrayList<>();
        List<Boolean> mustBurn = new ArrayList<>();
        List<@Nullable ProcessId> ownershipIn = new ArrayList<>();
        List<@Nullable ProcessId> ownershipOut = new ArrayList<>();
        List<Boolean> ephemeral = new ArrayList<>();
        List<ProcessTrace> traces = new ArrayList<>();
        for (Proc p : utxos) {
            table.add(p.programHash);
            isUtxo.add(true);
            isToken.add(p.token);
            if (p.input) {
                mustBurn.add(p.didBurn);
            }
            ownershipIn.add(p.ownerIn == NONE ? null : new ProcessId(p.ownerIn));
            ownershipOut.add(p.owner == NONE ? null : new ProcessId(p.owner));
            ephemeral.add(p.ephemeral);
        }
        for (Proc p : coords) {
            table.add(p.programHash);
            isUtxo.add(false);
            isToken.add(false);
        }
        for (Proc p : s.all()) {
            List<Op> ops = new ArrayList<>(p.recorded.size());
            for (Op op : p.recorded) {
                ops.add(Renumber.op(op, canonical));
            }
            traces.add(new ProcessTrace(ops));
        }
        InterleavingInstance instance = new InterleavingInstance(
                table, isUtxo, isToken, mustBurn, s.nInputs, utxos.size() - s.nInputs, coords.size(),
                ownershipIn, ownershipOut, new ProcessId(s.canonical(s.entry)), ephemeral);
        return new Verdict(instance, traces, s.order(true), violation);
    }
}
