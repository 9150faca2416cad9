package dev.starstream.studio.vm.interleaving;

import static dev.starstream.studio.vm.interleaving.Proc.NONE;

import dev.starstream.studio.vm.interleaving.MachineSnapshot.ProcessState;
import dev.starstream.studio.vm.interleaving.MachineSnapshot.RefContents;
import dev.starstream.studio.vm.interleaving.op.FunctionId;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.RefId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Copies the machine's state into an immutable {@link MachineSnapshot}, pids canonical. */
final class Snapshots {
    private Snapshots() {}

    static MachineSnapshot of(MachineState s, @Nullable Violation violation) {
        List<ProcessState> processes = new ArrayList<>();
        for (Proc p : s.all()) {
            processes.add(new ProcessState(
                    pid(s, p.pid), p.kind(), p.programHash, p.input, p.initialized, p.finalized, p.didBurn,
                    p.ephemeral, p.onYield, optPid(s, p.yieldTo),
                    p.expectedInput == NONE ? null : new RefId(p.expectedInput),
                    optPid(s, p.expectedResumer),
                    p.hasActivation() ? new Delivery(new RefId(p.activationVal), pid(s, p.activationCaller)) : null,
                    p.initVal == NONE ? null : new Delivery(new RefId(p.initVal), pid(s, p.initCaller)),
                    p.mustEnter == NONE ? null : new FunctionId(p.mustEnter),
                    p.mustExit, optPid(s, p.owner),
                    p.building() ? new RefId(p.buildRef) : null, p.buildWord, p.executed));
        }
        List<RefContents> refs = new ArrayList<>();
        for (long r = 0; r < s.arena.next(); r++) {
            refs.add(new RefContents(new RefId(r), s.arena.words(r)));
        }
        return new MachineSnapshot(
                pid(s, s.curr.pid), optPid(s, s.prev), s.steps(), processes,
                s.handlers.snapshot(pid -> pid(s, pid)), refs, violation);
    }

    private static ProcessId pid(MachineState s, int pid) {
        return new ProcessId(s.canonical(pid));
    }

    private static @Nullable ProcessId optPid(MachineState s, int pid) {
        return pid == NONE ? null : pid(s, pid);
    }
}
