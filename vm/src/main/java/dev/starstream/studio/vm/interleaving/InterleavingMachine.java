package dev.starstream.studio.vm.interleaving;

import static dev.starstream.studio.vm.interleaving.Proc.NONE;

import dev.starstream.studio.vm.interleaving.op.FunctionId;
import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.RefId;
import dev.starstream.studio.vm.interleaving.op.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The interleaving machine (RUNTIME B §3.3–§3.4 as amended by A.2), fed one operation at a time.
 *
 * <p>Two modes:
 *
 * <ul>
 *   <li>{@link #live}: the runtime drives it while the transaction runs. Only the inputs and the
 *       entry script are known; each {@code NewUtxo}/{@code NewToken}/{@code NewCoord} adds a
 *       process. New utxos get their final pid at creation ({@link #nextNewProcess()}); scripts get a
 *       provisional pid ({@link #entry()} for the entry script) that {@link #finish()} renumbers. The
 *       machine records every operation; a {@code Resume} or {@code CallEffectHandler} submitted
 *       with unresolved outputs ({@code Op.Resume.pending}) gets them filled when control comes back
 *       (M1), see {@link #recorded}.
 *   <li>{@link #replaying}: a fixed instance, for re-checking and for the debugger. {@link
 *       TransactionChecker} uses it to check whole transactions.
 * </ul>
 *
 * <p>A rejected operation does not take effect: the machine stops at it and keeps the state from
 * before it, so {@link #snapshot()} shows what the offending operation met. Not thread-safe.
 */
public final class InterleavingMachine {
    private final MachineState s;
    private final ControlRules control;
    private final ResourceRules resources;
    private final @Nullable InterleavingInstance instance;
    private @Nullable Violation violation;
    private @Nullable Verdict verdict;

    private InterleavingMachine(MachineState s, @Nullable InterleavingInstance instance, @Nullable Violation shape) {
        this.s = s;
        this.control = new ControlRules(s);
        this.resources = new ResourceRules(s);
        this.instance = instance;
        this.violation = shape;
    }

    /** A machine for a live run: the transaction's inputs (pids 0…) and its entry script's program. */
    public static InterleavingMachine live(List<InputProcess> inputs, Hash entryProgram) {
        return new InterleavingMachine(new MachineState(inputs, entryProgram), null, null);
    }

    /**
     * A machine over a fixed instance. A malformed instance (rule 1) gives a machine that is stopped
     * from the start.
     */
    public static InterleavingMachine replaying(InterleavingInstance instance) {
        String problem = InstanceShape.problem(instance, -1);
        if (problem != null) {
            // A placeholder state: the machine is stopped before its first step and never reads it.
            MachineState placeholder = new MachineState(List.of(), new Hash(0, 0, 0, 0));
            return new InterleavingMachine(placeholder, instance, new Violation(Rule.SHAPE, null, -1, 0, problem));
        }
        return new InterleavingMachine(new MachineState(instance), instance, null);
    }

    /**
     * Executes {@code op}, performed by {@code pid}, if every rule allows it.
     *
     * @throws IllegalStateException after {@link #finish()}
     */
    public StepResult step(ProcessId pid, Op op) {
        if (verdict != null) {
            throw new IllegalStateException("the transaction was finished");
        }
        long step = s.steps();
        Violation v = advance(pid.value(), op);
        return v == null ? new StepResult.Accepted(step, lastIndex(pid.value())) : new StepResult.Rejected(v);
    }

    /** The index the last accepted op of {@code pid} got. */
    private int lastIndex(int pid) {
        return s.proc(pid).executed - 1;
    }

    /** Executes {@code op} of {@code pid}; {@code null} when accepted (the checker's allocation-free path). */
    @Nullable Violation advance(int pid, Op op) {
        if (violation != null) {
            return violation;
        }
        Proc c = s.curr;
        if (pid != c.pid) {
            Proc who = s.proc(pid);
            return reject(Failure.of(Rule.NEXT_TRACE_ENTRY, "process %d performed %s while %d holds control",
                    s.canonical(pid), op.opcode().opName(), s.canonical(c.pid)),
                    pid, who == null ? -1 : who.executed);
        }
        int index = c.executed;
        Failure failure = execute(c, op, index);
        if (failure != null) {
            return reject(failure, c.pid, index);
        }
        c.executed++;
        c.recorded.add(op);
        s.recordStep(c.pid, index);
        return null;
    }

    /** The pid holding control, as an int (the checker's allocation-free path). */
    int currentPid() {
        return s.curr.pid;
    }

    private @Nullable Failure execute(Proc c, Op op, int index) {
        if (c.building() && !(op instanceof Op.RefPush)) {
            return Failure.of(Rule.ONLY_PUSH_WHILE_BUILDING, "process %d performs %s while building r%d (word %d of %d)",
                    s.canonical(c.pid), op.opcode().opName(), c.buildRef, c.buildWord, c.buildSize);
        }
        if (c.mustEnter != NONE && !(op instanceof Op.Enter)) {
            return Failure.of(Rule.ENTER_WHEN_PENDING, "process %d performs %s before entering %s",
                    s.canonical(c.pid), op.opcode().opName(), new FunctionId(c.mustEnter));
        }
        return switch (op) {
            case Op.Resume r -> control.resume(c, r, index);
            case Op.Yield y -> control.doYield(c, y);
            case Op.Return r -> control.doReturn(c);
            case Op.CallEffectHandler call -> control.callEffectHandler(c, call, index);
            case Op.Enter e -> control.enter(c, e);
            case Op.Activation a -> control.activation(c, a);
            case Op.Init i -> control.init(c, i);
            case Op.NewUtxo n -> resources.create(c, n);
            case Op.NewToken n -> resources.create(c, n);
            case Op.NewCoord n -> resources.create(c, n);
            case Op.InstallHandler i -> resources.install(c, i);
            case Op.UninstallHandler u -> resources.uninstall(c, u);
            case Op.GetHandlerFor g -> resources.getHandler(g);
            case Op.ProgramHash h -> resources.programHash(h);
            case Op.NewRef n -> resources.newRef(c, n);
            case Op.RefPush p -> resources.refPush(c, p);
            case Op.RefGet g -> resources.refGet(g);
            case Op.RefWrite w -> resources.refWrite(w);
            case Op.Burn b -> resources.burn(c);
            case Op.Bind b -> resources.bind(c, b);
            case Op.Unbind u -> resources.unbind(c, u);
        };
    }

    private Violation reject(Failure failure, int pid, int index) {
        Violation v = new Violation(failure.rule(), new ProcessId(s.canonical(pid)), index, s.steps(), failure.message());
        violation = v;
        return v;
    }

    /** The process holding control (its pid as this machine knows it: provisional for live scripts). */
    public ProcessId current() {
        return new ProcessId(s.curr.pid);
    }

    /** The entry script's pid as this machine knows it (provisional in live mode). */
    public ProcessId entry() {
        return new ProcessId(s.entry);
    }

    /** The number of operations executed. */
    public long steps() {
        return s.steps();
    }

    /** The rule that stopped the machine, if any. */
    public Optional<Violation> violation() {
        return Optional.ofNullable(violation);
    }

    /** The global order so far, canonical pids (during a live run: as of now). */
    public List<Step> order() {
        return s.order(true);
    }

    // ---------------------------------------------------------------- what the live runtime reads

    /** The ref the next {@code NewRef} must return. */
    public RefId nextRef() {
        return new RefId(s.arena.next());
    }

    /** Live mode: the pid the next {@code NewUtxo}/{@code NewToken} must carry. */
    public ProcessId nextNewProcess() {
        requireLive("nextNewProcess");
        return new ProcessId(s.nextUtxoPid());
    }

    /** Live mode: the pid the next {@code NewCoord} must carry (provisional). */
    public ProcessId nextNewCoord() {
        requireLive("nextNewCoord");
        return new ProcessId(s.nextCoordPid());
    }

    /** What {@code Activation} must read in {@code pid} now, if anything. */
    public Optional<Delivery> activation(ProcessId pid) {
        Proc p = s.proc(pid.value());
        return p == null || !p.hasActivation()
                ? Optional.empty()
                : Optional.of(new Delivery(new RefId(p.activationVal), new ProcessId(p.activationCaller)));
    }

    /** What {@code Init} must read in {@code pid} now, if anything. */
    public Optional<Delivery> init(ProcessId pid) {
        Proc p = s.proc(pid.value());
        return p == null || p.initVal == NONE
                ? Optional.empty()
                : Optional.of(new Delivery(new RefId(p.initVal), new ProcessId(p.initCaller)));
    }

    /** The top of {@code iface}'s handler stack, if any. */
    public Optional<ProcessId> handlerFor(Hash iface) {
        int top = s.handlers.top(iface);
        return top == NONE ? Optional.empty() : Optional.of(new ProcessId(top));
    }

    /** Word {@code offset} of {@code ref}, if both exist. */
    public Optional<Word> word(RefId ref, int offset) {
        long r = ref.value();
        if (!s.arena.exists(r) || offset < 0 || offset >= s.arena.size(r)) {
            return Optional.empty();
        }
        return Optional.of(s.arena.read(r, offset));
    }

    /** The program hash of {@code pid}, if it is a process. */
    public Optional<Hash> programHash(ProcessId pid) {
        Proc p = s.proc(pid.value());
        return p == null ? Optional.empty() : Optional.of(p.programHash);
    }

    /**
     * Operation {@code index} of {@code pid} as executed; in live mode with its deferred outputs
     * filled once control came back (M1).
     */
    public Op recorded(ProcessId pid, int index) {
        Proc p = s.proc(pid.value());
        if (p == null || index < 0 || index >= p.recorded.size()) {
            throw new IllegalArgumentException("process " + pid + " has no executed operation " + index);
        }
        return p.recorded.get(index);
    }

    /** Live mode: {@code pid}, a new utxo or token, ended in this transaction (A.5b ephemeral). */
    public void markEphemeral(ProcessId pid) {
        requireLive("markEphemeral");
        Proc p = s.proc(pid.value());
        if (p == null || !p.utxo || p.input) {
            throw new IllegalArgumentException(pid + " is not a new utxo or token of this transaction");
        }
        p.ephemeral = true;
    }

    /** Everything the machine knows now. */
    public MachineSnapshot snapshot() {
        return Snapshots.of(s, violation);
    }

    // ---------------------------------------------------------------- the end

    /**
     * Ends the transaction: checks rules 54–60 and 64–65 (unless a rule already stopped the machine)
     * and returns the verdict. In live mode the verdict carries the instance the run built and the
     * recorded traces, all in canonical numbering. Further calls return the same verdict.
     */
    public Verdict finish() {
        if (verdict == null) {
            verdict = instance != null ? finishReplay(null) : finishLive();
        }
        return verdict;
    }

    /** Replay-mode end with the full traces at hand (rule 54 and "every entry consumed"). */
    Verdict finishReplay(@Nullable List<ProcessTrace> traces) {
        InterleavingInstance inst = Objects.requireNonNull(instance, "replay mode has an instance");
        if (violation == null) {
            EndRules.EndFailure end = new EndRules(s).check(traces, inst.ownershipOut());
            if (end != null) {
                endViolation(end);
            }
        }
        List<ProcessTrace> executed = new ArrayList<>();
        if (s.entry != MachineState.COORD_BASE) { // not the placeholder state of a malformed instance
            for (Proc p : s.all()) {
                executed.add(new ProcessTrace(p.recorded));
            }
        }
        verdict = new Verdict(inst, traces != null ? traces : executed, s.order(false), violation);
        return verdict;
    }

    private Verdict finishLive() {
        if (violation == null) {
            EndRules.EndFailure end = new EndRules(s).check(null, null);
            if (end != null) {
                endViolation(end);
            }
        }
        return LiveInstances.verdict(s, violation);
    }

    private void endViolation(EndRules.EndFailure end) {
        violation = new Violation(end.failure().rule(), new ProcessId(end.pid()), -1, s.steps(), end.failure().message());
    }

    private void requireLive(String what) {
        if (!s.live) {
            throw new IllegalStateException(what + " is for live runs; this machine replays a fixed instance");
        }
    }
}
