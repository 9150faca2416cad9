package dev.starstream.studio.vm.interleaving;

import dev.starstream.studio.vm.interleaving.op.FunctionId;
import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.RefId;
import dev.starstream.studio.vm.interleaving.op.Word;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the machine knows at one moment, for the debugger (B §6.3): who holds control, each
 * process's state, the handler stacks and the ref arena. Pids are canonical; during a live run a
 * coordination script's pid is its canonical number as of now (it moves up as new utxos are
 * created, A.5b).
 *
 * @param current the process holding control
 * @param previous the process that held it before ({@code id_prev}), if any
 * @param steps the number of operations executed
 * @param processes every process, in pid order
 * @param handlerStacks per interface (in order of first use): the handler stack, bottom first
 * @param refs every ref of the arena, in id order
 * @param violation the rule that stopped the machine, if one did
 */
public record MachineSnapshot(
        ProcessId current,
        @Nullable ProcessId previous,
        long steps,
        List<ProcessState> processes,
        Map<Hash, List<ProcessId>> handlerStacks,
        List<RefContents> refs,
        @Nullable Violation violation) {

    /**
     * One process's state (B §3.3).
     *
     * @param yieldTo its parent: where its Yield goes
     * @param onYield whether the next script that resumes it becomes its parent
     * @param expectedInput the ref it expects control to come back with (its claim)
     * @param expectedResumer the process it expects control back from
     * @param activation the transfer its current frame is handling
     * @param init its constructor argument, until read
     * @param mustEnter the function a transfer announced and it has not entered yet
     * @param mustExit whether a frame is open
     * @param owner the utxo it is bound to (tokens)
     * @param building the ref it is building, with {@code buildingWord} words pushed so far
     * @param executed how many of its operations ran
     */
    public record ProcessState(
            ProcessId pid,
            ProcessKind kind,
            Hash programHash,
            boolean input,
            boolean initialized,
            boolean finalized,
            boolean burned,
            boolean ephemeral,
            boolean onYield,
            @Nullable ProcessId yieldTo,
            @Nullable RefId expectedInput,
            @Nullable ProcessId expectedResumer,
            @Nullable Delivery activation,
            @Nullable Delivery init,
            @Nullable FunctionId mustEnter,
            boolean mustExit,
            @Nullable ProcessId owner,
            @Nullable RefId building,
            int buildingWord,
            int executed) {}

    /** One ref and its words. */
    public record RefContents(RefId ref, List<Word> words) {
        public RefContents {
            words = List.copyOf(words);
        }
    }

    public MachineSnapshot {
        processes = List.copyOf(processes);
        handlerStacks = Collections.unmodifiableMap(new LinkedHashMap<>(handlerStacks));
        refs = List.copyOf(refs);
    }

    public ProcessState process(ProcessId pid) {
        return processes.get(pid.value());
    }
}
