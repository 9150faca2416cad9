package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.interleaving.InterleavingMachine;
import dev.starstream.studio.vm.interleaving.StepResult;
import dev.starstream.studio.vm.interleaving.Violation;
import dev.starstream.studio.vm.interleaving.encoding.Lanes;
import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.RefId;
import dev.starstream.studio.vm.interleaving.op.Word;
import dev.starstream.studio.vm.runtime.engine.EngineException;
import dev.starstream.studio.vm.runtime.engine.GasMeter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The state of one running transaction: the interleaving machine every operation is fed to, the
 * processes, the gas meter, the stack of active instance calls, events and debug records. The host
 * functions and the control acts ({@link Control}) work on it. Not thread-safe: a transaction runs on
 * one thread.
 */
final class TxRun {
    /** Gas per interleaving operation and per host call (A.5b). */
    static final long OP_GAS = 100;
    static final long HOST_CALL_GAS = 100;

    final InterleavingMachine machine;
    final GasMeter gas;
    final RunMode mode;
    final List<Proc> utxos = new ArrayList<>();
    final Recorder recorder;
    private final Deque<Frame> frames = new ArrayDeque<>();
    @Nullable Proc script;

    /** One call into an instance that has not returned: the process, the export and the statement it is at. */
    static final class Frame {
        final Proc proc;
        final String function;
        int statement = -1;

        Frame(Proc proc, String function) {
            this.proc = proc;
            this.function = function;
        }
    }

    TxRun(InterleavingMachine machine, GasMeter gas, RunMode mode, Recorder recorder) {
        this.machine = machine;
        this.gas = gas;
        this.mode = mode;
        this.recorder = recorder;
    }

    Proc script() {
        if (script == null) {
            throw new IllegalStateException("the entry script has not started");
        }
        return script;
    }

    /** The process whose pid is {@code pid} as wasm sees it (a utxo or token), or null. */
    @Nullable Proc process(long pid) {
        return pid >= 0 && pid < utxos.size() ? utxos.get((int) pid) : null;
    }

    /** The canonical pid of {@code p} (the script after the utxos, A.5b). */
    int canonical(Proc p) {
        return p.isScript() ? utxos.size() : p.pid;
    }

    // ------------------------------------------------------------------ operations

    /** Feeds {@code op}, performed by {@code p}, to the machine; a broken rule fails the transaction here. */
    void op(Proc p, Op op) {
        charge(p, OP_GAS, op.opcode().opName());
        StepResult result = machine.step(p.id(), op);
        if (result instanceof StepResult.Rejected rejected) {
            Violation v = rejected.violation();
            throw abort(v.error().name(), v.message() + " (rule " + v.rule().number() + ": " + v.rule().text() + ")",
                    v.rule().number(), null, p);
        }
    }

    /** {@code NewRef} + one {@code RefPush} per word of {@code lanes} by {@code p} (M3, M4); the new ref. */
    RefId send(Proc p, int[] lanes) {
        List<Word> words = Lanes.toWords(unsigned(lanes));
        RefId ref = machine.nextRef();
        op(p, new Op.NewRef(words.size(), ref));
        for (Word word : words) {
            op(p, new Op.RefPush(word));
        }
        return ref;
    }

    /** One {@code RefGet} per word of a {@code laneCount}-lane value in {@code ref}, by {@code p} (M2, M4). */
    int[] receive(Proc p, RefId ref, int laneCount) {
        int wordCount = Lanes.wordCount(laneCount);
        List<Word> words = new ArrayList<>(wordCount);
        for (int i = 0; i < wordCount; i++) {
            int offset = i;
            Word word = machine.word(ref, offset).orElseThrow(() -> abort("RefGetOutOfBounds",
                    p.label + " reads word " + offset + " of " + ref + ", which has fewer words", null, null, p));
            op(p, new Op.RefGet(ref, offset, word));
            words.add(word);
        }
        long[] lanes;
        try {
            lanes = Lanes.fromWords(words, laneCount);
        } catch (IllegalArgumentException e) {
            throw abort("Trap", p.label + " received a malformed value in " + ref + ": " + e.getMessage(), null, null, p);
        }
        int[] out = new int[lanes.length];
        for (int i = 0; i < lanes.length; i++) {
            out[i] = (int) lanes[i];
        }
        return out;
    }

    private static long[] unsigned(int[] lanes) {
        long[] out = new long[lanes.length];
        for (int i = 0; i < lanes.length; i++) {
            out[i] = Integer.toUnsignedLong(lanes[i]);
        }
        return out;
    }

    // ------------------------------------------------------------------ gas

    /** Charges {@code amount} on behalf of {@code p} (an operation it performs, a host call it makes). */
    void charge(Proc p, long amount, String what) {
        try {
            gas.charge(amount, what);
        } catch (EngineException e) {
            throw abort("OutOfGas", e.getMessage(), null, null, p);
        }
        p.attributedGas += amount;
        Frame top = frames.peek();
        if (top != null) {
            top.proc.chargedWhileRunning += amount;
        }
    }

    // ------------------------------------------------------------------ calls into instances

    /** Calls {@code export} on {@code p}'s instance with a frame on the process stack. */
    long[] call(Proc p, String export, long[] args) {
        Frame frame = new Frame(p, export);
        frames.push(frame);
        try {
            return p.instance().call(export, args);
        } catch (EngineException e) {
            TxAbort ours = EngineException.hostFailure(e, TxAbort.class).orElse(null);
            if (ours != null) {
                throw ours;
            }
            String message = e.reason().equals("Interrupted")
                    ? "execution interrupted (Thread.interrupt(), the wall-clock backstop)"
                    : e.getMessage() == null ? e.reason() : e.getMessage();
            throw abort(reasonOf(e), message, null, null, p);
        } finally {
            frames.pop();
        }
    }

    private static String reasonOf(EngineException e) {
        return switch (e.reason()) {
            case "OutOfGas", "StackOverflow", "Overflow", "DivisionByZero" -> e.reason();
            default -> "Trap";
        };
    }

    /** The innermost frame, if any instance call is running. */
    @Nullable Frame top() {
        return frames.peek();
    }

    // ------------------------------------------------------------------ failures

    /** A failure of {@code p} (or of the running process) now, with the process stack as it is. */
    TxAbort abort(String reason, String message, @Nullable Integer rule, @Nullable Long code, @Nullable Proc p) {
        Proc who = p != null ? p : frames.isEmpty() ? null : frames.peek().proc;
        List<TxFailure.StackFrame> stack = stack();
        SourceLocation where = null;
        for (Frame f : frames) {
            if (who != null && f.proc == who) {
                where = location(f);
                break;
            }
        }
        if (where == null && !stack.isEmpty()) {
            where = stack.getFirst().location();
        }
        return new TxAbort(TxAbort.failure(reason, message, rule, code, who == null ? null : canonical(who), where, stack));
    }

    /** The process stack, innermost first. */
    List<TxFailure.StackFrame> stack() {
        List<TxFailure.StackFrame> stack = new ArrayList<>();
        for (Iterator<Frame> it = frames.iterator(); it.hasNext(); ) {
            Frame f = it.next();
            stack.add(new TxFailure.StackFrame(canonical(f.proc), f.proc.label, f.proc.contract.functionName(f.function),
                    location(f)));
        }
        return stack;
    }

    /**
     * Where a frame is: the statement its debug hooks announced last; in a debug build, before its first
     * statement (out of gas at the entry of a handler clause, say), the declaration of its function.
     * Run mode knows no statements: its failures are located by a debug re-run.
     */
    private static @Nullable SourceLocation location(Frame f) {
        if (f.statement >= 0) {
            return f.proc.contract.statement(f.statement).orElse(null);
        }
        return f.proc.contract.hooked() ? f.proc.contract.functionByExport(f.function).orElse(null) : null;
    }

    /** Where {@code p} is now: its innermost frame's statement (debug builds), else null. */
    @Nullable SourceLocation where(Proc p) {
        for (Frame f : frames) {
            if (f.proc == p) {
                return location(f);
            }
        }
        return null;
    }
}
