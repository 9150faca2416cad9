package dev.starstream.studio.vm.interleaving;

import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the machine tracks (B §3.3): the processes, who holds control, the ref arena, the
 * handler stacks and the global order so far.
 *
 * <p>In replay mode the process table is the instance's, pids canonical. In live mode it grows:
 * inputs have pids {@code 0 … n_in−1}, each new utxo or token the next pid after them (final at
 * creation, A.5b), and coordination scripts provisional pids {@link #COORD_BASE}{@code + k} that
 * {@code finish()} renumbers to their canonical place after the new outputs.
 */
final class MachineState {
    /** Provisional pid of the k-th coordination script in a live run: {@code COORD_BASE + k}. */
    static final int COORD_BASE = 1 << 30;

    final boolean live;
    final int nInputs;
    final int entry;
    final RefArena arena = new RefArena();
    final HandlerStacks handlers = new HandlerStacks();
    /** Live: the utxos (inputs, then new). Replay: every process, canonical order. */
    private final List<Proc> utxos;
    /** Live: the scripts. Replay: empty. */
    private final List<Proc> coords;
    /** Replay: how many processes are utxos (the first ones). */
    private final int replayUtxos;

    Proc curr;
    int prev = Proc.NONE;
    private int[] orderPid = new int[64];
    private int[] orderIndex = new int[64];
    private int steps;

    /** Replay mode over a well-formed instance. */
    MachineState(InterleavingInstance instance) {
        this.live = false;
        this.nInputs = instance.nInputs();
        this.entry = instance.entrypoint().value();
        this.utxos = new ArrayList<>(instance.size());
        this.coords = List.of();
        int nUtxos = instance.nInputs() + instance.nNew();
        this.replayUtxos = nUtxos;
        for (int p = 0; p < instance.size(); p++) {
            boolean input = p < instance.nInputs();
            Proc proc = new Proc(p, instance.processTable().get(p), instance.isUtxo().get(p),
                    instance.isToken().get(p), input);
            proc.mustBurn = input && instance.mustBurn().get(p);
            if (p < nUtxos) {
                proc.ephemeral = instance.ephemeral().get(p);
                ProcessId owner = instance.ownershipIn().get(p);
                proc.owner = owner == null ? Proc.NONE : owner.value();
                proc.ownerIn = proc.owner;
            }
            proc.initialized = input || p == entry;
            utxos.add(proc);
        }
        this.curr = utxos.get(entry);
    }

    /** Live mode: the inputs and the entry script are known; everything else is created by the run. */
    MachineState(List<InputProcess> inputs, Hash entryProgram) {
        this.live = true;
        this.nInputs = inputs.size();
        this.entry = COORD_BASE;
        this.utxos = new ArrayList<>();
        this.coords = new ArrayList<>();
        this.replayUtxos = 0;
        for (int p = 0; p < inputs.size(); p++) {
            InputProcess in = inputs.get(p);
            Proc proc = new Proc(p, in.programHash(), true, in.token(), true);
            proc.initialized = true;
            utxos.add(proc);
        }
        for (int p = 0; p < inputs.size(); p++) {
            ProcessId owner = inputs.get(p).owner();
            if (owner != null) {
                if (owner.value() >= inputs.size() || owner.value() == p) {
                    throw new IllegalArgumentException(
                            "input " + p + " is owned by " + owner + ", which is not another input");
                }
                utxos.get(p).owner = owner.value();
                utxos.get(p).ownerIn = owner.value();
            }
        }
        Proc script = new Proc(COORD_BASE, entryProgram, false, false, false);
        script.initialized = true;
        coords.add(script);
        this.curr = script;
    }

    /** The process with this pid, or {@code null} when there is none. */
    @Nullable Proc proc(int pid) {
        if (pid >= COORD_BASE && live) {
            int k = pid - COORD_BASE;
            return k < coords.size() ? coords.get(k) : null;
        }
        return pid >= 0 && pid < utxos.size() ? utxos.get(pid) : null;
    }

    /** Live mode: the pid the next NewUtxo/NewToken must carry. */
    int nextUtxoPid() {
        return utxos.size();
    }

    /** Live mode: the pid the next NewCoord must carry. */
    int nextCoordPid() {
        return COORD_BASE + coords.size();
    }

    /** Live mode: registers the process a New* op creates (its pid was checked to be the next one). */
    Proc register(int pid, Hash programHash, boolean utxo, boolean token) {
        Proc proc = new Proc(pid, programHash, utxo, token, false);
        (utxo ? utxos : coords).add(proc);
        return proc;
    }

    /** The utxos (inputs and new outputs), pid order. */
    List<Proc> utxoProcs() {
        return live ? utxos : utxos.subList(0, replayUtxos);
    }

    List<Proc> coordProcs() {
        return coords;
    }

    /** Every process, utxos first (in replay mode: canonical order). */
    List<Proc> all() {
        if (coords.isEmpty()) {
            return utxos;
        }
        List<Proc> all = new ArrayList<>(utxos);
        all.addAll(coords);
        return all;
    }

    /** The canonical pid of {@code pid} (identity except for live coordination scripts). */
    int canonical(int pid) {
        if (live && pid >= COORD_BASE) {
            return utxos.size() + (pid - COORD_BASE);
        }
        return pid;
    }

    void recordStep(int pid, int index) {
        if (steps == orderPid.length) {
            orderPid = Arrays.copyOf(orderPid, 2 * steps);
            orderIndex = Arrays.copyOf(orderIndex, 2 * steps);
        }
        orderPid[steps] = pid;
        orderIndex[steps] = index;
        steps++;
    }

    int steps() {
        return steps;
    }

    /** The global order so far, pids mapped with {@link #canonical} when {@code canonical} is set. */
    List<Step> order(boolean canonical) {
        List<Step> out = new ArrayList<>(steps);
        for (int i = 0; i < steps; i++) {
            out.add(new Step(new ProcessId(canonical ? canonical(orderPid[i]) : orderPid[i]), orderIndex[i]));
        }
        return out;
    }
}
