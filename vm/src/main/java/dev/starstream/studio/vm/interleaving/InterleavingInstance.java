package dev.starstream.studio.vm.interleaving;

import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The public instance of a transaction's interleaving (RUNTIME B §3.1 {@code InterleavingInstance}):
 * the process table in canonical order (inputs ++ new outputs ++ coordination scripts) and what the
 * rules need to know about each process. The constructor only copies; whether the parts fit
 * together is rule 1, reported by the machine as a violation, so a malformed instance read from a
 * file is data, not a crash.
 *
 * @param processTable program hash of every process
 * @param isUtxo per process; true exactly for inputs and new outputs
 * @param isToken per process; a token is a utxo
 * @param mustBurn per input: it has no continuation (it must {@code Burn})
 * @param nInputs number of inputs (pids {@code 0 … nInputs−1})
 * @param nNew number of new outputs (pids {@code nInputs …})
 * @param nCoords number of coordination scripts (the last pids)
 * @param ownershipIn per utxo (inputs ++ new): its owner at the start, {@code null} for none
 * @param ownershipOut per utxo: its owner at the end, {@code null} for none
 * @param entrypoint the coordination script that runs first
 * @param ephemeral per utxo: a new output whose life ended in this transaction (A.5b, Studio)
 */
public record InterleavingInstance(
        List<Hash> processTable,
        List<Boolean> isUtxo,
        List<Boolean> isToken,
        List<Boolean> mustBurn,
        int nInputs,
        int nNew,
        int nCoords,
        List<@Nullable ProcessId> ownershipIn,
        List<@Nullable ProcessId> ownershipOut,
        ProcessId entrypoint,
        List<Boolean> ephemeral) {

    public InterleavingInstance {
        processTable = List.copyOf(processTable);
        isUtxo = List.copyOf(isUtxo);
        isToken = List.copyOf(isToken);
        mustBurn = List.copyOf(mustBurn);
        ownershipIn = copyAllowingNull(ownershipIn);
        ownershipOut = copyAllowingNull(ownershipOut);
        ephemeral = List.copyOf(ephemeral);
    }

    /** The number of processes. */
    public int size() {
        return processTable.size();
    }

    /** The kind of {@code pid} (which must be in the table). */
    public ProcessKind kind(ProcessId pid) {
        int p = pid.value();
        if (!isUtxo.get(p)) {
            return ProcessKind.COORD;
        }
        return isToken.get(p) ? ProcessKind.TOKEN : ProcessKind.UTXO;
    }

    public static Builder builder() {
        return new Builder();
    }

    private static <T> List<@Nullable T> copyAllowingNull(List<@Nullable T> list) {
        return Collections.unmodifiableList(new ArrayList<>(list));
    }

    /**
     * Builds an instance in canonical order: add every input, then every new output, then every
     * coordination script; the entrypoint defaults to the first coordination script.
     */
    public static final class Builder {
        private final List<Hash> table = new ArrayList<>();
        private final List<Boolean> utxo = new ArrayList<>();
        private final List<Boolean> token = new ArrayList<>();
        private final List<Boolean> burn = new ArrayList<>();
        private final List<@Nullable ProcessId> ownIn = new ArrayList<>();
        private final List<@Nullable ProcessId> ownOut = new ArrayList<>();
        private final List<Boolean> ephemeralFlags = new ArrayList<>();
        private int inputs;
        private int created;
        private int coords;
        private @Nullable ProcessId entry;

        private Builder() {}

        /** Adds the next input; returns its pid. */
        public ProcessId input(
                Hash programHash, boolean isToken, boolean mustBurn, @Nullable ProcessId ownerIn,
                @Nullable ProcessId ownerOut) {
            requireOrder(created == 0 && coords == 0, "inputs come first");
            inputs++;
            burn.add(mustBurn);
            return addUtxo(programHash, isToken, ownerIn, ownerOut, false);
        }

        /** Adds the next new output; returns its pid. */
        public ProcessId newOutput(
                Hash programHash, boolean isToken, @Nullable ProcessId ownerOut, boolean ephemeral) {
            requireOrder(coords == 0, "new outputs come before coordination scripts");
            created++;
            return addUtxo(programHash, isToken, null, ownerOut, ephemeral);
        }

        /** Adds the next coordination script; returns its pid. */
        public ProcessId coord(Hash programHash) {
            coords++;
            table.add(programHash);
            utxo.add(false);
            token.add(false);
            return new ProcessId(table.size() - 1);
        }

        public Builder entrypoint(ProcessId pid) {
            this.entry = pid;
            return this;
        }

        public InterleavingInstance build() {
            ProcessId entrypoint = entry != null ? entry : new ProcessId(inputs + created);
            return new InterleavingInstance(
                    table, utxo, token, burn, inputs, created, coords, ownIn, ownOut, entrypoint, ephemeralFlags);
        }

        private ProcessId addUtxo(
                Hash programHash, boolean isToken, @Nullable ProcessId ownerIn, @Nullable ProcessId ownerOut,
                boolean ephemeral) {
            table.add(programHash);
            utxo.add(true);
            token.add(isToken);
            ownIn.add(ownerIn);
            ownOut.add(ownerOut);
            ephemeralFlags.add(ephemeral);
            return new ProcessId(table.size() - 1);
        }

        private static void requireOrder(boolean ok, String message) {
            if (!ok) {
                throw new IllegalStateException("canonical order: " + message);
            }
        }
    }
}
