package dev.starstream.studio.vm.interleaving;

import dev.starstream.studio.vm.interleaving.op.ProcessId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Rule 1: whether an instance (and, when given, its traces) fit together. */
final class InstanceShape {
    private InstanceShape() {}

    /** The first shape problem, or {@code null}; {@code traceCount} < 0 skips the trace count. */
    static @Nullable String problem(InterleavingInstance inst, int traceCount) {
        int n = inst.size();
        int nUtxos = inst.nInputs() + inst.nNew();
        if (inst.nInputs() < 0 || inst.nNew() < 0 || inst.nCoords() < 0) {
            return "negative process counts";
        }
        if ((long) nUtxos + inst.nCoords() != n) {
            return "n_inputs + n_new + n_coords = " + ((long) nUtxos + inst.nCoords()) + " but the process table has " + n;
        }
        if (inst.isUtxo().size() != n || inst.isToken().size() != n) {
            return "is_utxo and is_token need one entry per process (" + n + ")";
        }
        for (int p = 0; p < n; p++) {
            if (inst.isUtxo().get(p) != (p < nUtxos)) {
                return "is_utxo[" + p + "] must be " + (p < nUtxos) + " (inputs and new outputs are the utxos)";
            }
            if (inst.isToken().get(p) && !inst.isUtxo().get(p)) {
                return "process " + p + " is a token but not a utxo";
            }
        }
        if (inst.mustBurn().size() != inst.nInputs()) {
            return "must_burn needs one entry per input (" + inst.nInputs() + ")";
        }
        if (inst.ownershipIn().size() != nUtxos || inst.ownershipOut().size() != nUtxos) {
            return "ownership_in and ownership_out need one entry per utxo (" + nUtxos + ")";
        }
        String owners = owners("ownership_in", inst.ownershipIn(), nUtxos);
        if (owners == null) {
            owners = owners("ownership_out", inst.ownershipOut(), nUtxos);
        }
        if (owners != null) {
            return owners;
        }
        if (inst.ephemeral().size() != nUtxos) {
            return "ephemeral needs one entry per utxo (" + nUtxos + ")";
        }
        for (int p = 0; p < inst.nInputs(); p++) {
            if (inst.ephemeral().get(p)) {
                return "input " + p + " is marked ephemeral; only new outputs can be";
            }
        }
        if (inst.entrypoint().value() >= n) {
            return "the entrypoint " + inst.entrypoint().value() + " is not a process";
        }
        if (traceCount >= 0 && traceCount != n) {
            return "there are " + traceCount + " traces for " + n + " processes";
        }
        return null;
    }

    private static @Nullable String owners(String name, List<@Nullable ProcessId> owners, int nUtxos) {
        for (int p = 0; p < owners.size(); p++) {
            ProcessId owner = owners.get(p);
            if (owner != null && (owner.value() >= nUtxos || owner.value() == p)) {
                return name + "[" + p + "] = " + owner.value() + " is not another utxo";
            }
        }
        return null;
    }
}
