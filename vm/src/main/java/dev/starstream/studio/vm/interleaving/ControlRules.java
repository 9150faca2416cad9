package dev.starstream.studio.vm.interleaving;

import static dev.starstream.studio.vm.interleaving.Proc.NONE;

import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.Op.Activation;
import dev.starstream.studio.vm.interleaving.op.Op.CallEffectHandler;
import dev.starstream.studio.vm.interleaving.op.Op.Enter;
import dev.starstream.studio.vm.interleaving.op.Op.Init;
import dev.starstream.studio.vm.interleaving.op.Op.Resume;
import dev.starstream.studio.vm.interleaving.op.Op.Yield;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.RefId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Control transfers and frames: Resume, Yield, Return, CallEffectHandler, Enter, Activation, Init
 * (B §3.4 rules 5–17 and 29–36, amended by A.2). Every method checks all its rules first and only
 * then changes the state, so a rejected operation leaves the machine as it was.
 */
final class ControlRules {
    private final MachineState s;

    ControlRules(MachineState s) {
        this.s = s;
    }

    /** A pid as messages show it: canonical (live scripts already numbered as they will end up). */
    private int p(int pid) {
        return s.canonical(pid);
    }

    @Nullable Failure resume(Proc c, Resume op, int index) {
        Proc t = s.proc(op.target().value());
        if (t == null) {
            return Failure.of(Rule.PIDS_IN_TABLE, "Resume target %s is not a process of this transaction", op.target());
        }
        if (t == c) {
            return Failure.of(Rule.RESUME_NOT_SELF, "process %d resumes itself", p(c.pid));
        }
        if (c.utxo) {
            return Failure.of(Rule.RESUME_NOT_FROM_UTXO,
                    "utxo %d resumes process %d; a utxo reaches others only through Yield or CallEffectHandler",
                    p(c.pid), p(t.pid));
        }
        if (!t.initialized) {
            return Failure.of(Rule.RESUME_TARGET_INITIALIZED, "target %d was never created", p(t.pid));
        }
        if (t.hasActivation()) {
            return Failure.of(Rule.RESUME_TARGET_NOT_ACTIVE,
                    "target %d is still handling the transfer r%d from %d", p(t.pid), t.activationVal,
                    p(t.activationCaller));
        }
        long val = op.val().value();
        if (t.expectedInput != NONE && t.expectedInput != val) {
            return Failure.of(Rule.RESUME_INPUT_CLAIM,
                    "target %d expects to be resumed with r%d, got r%d", p(t.pid), t.expectedInput, val);
        }
        if (t.expectedResumer != NONE && t.expectedResumer != c.pid) {
            return Failure.of(Rule.RESUME_RESUMER_CLAIM,
                    "target %d expects to be resumed by %d, not %d", p(t.pid), p(t.expectedResumer), p(c.pid));
        }
        c.activationVal = NONE;
        t.expectedInput = NONE;
        t.expectedResumer = NONE;
        t.activationVal = val;
        t.activationCaller = c.pid;
        c.expectedInput = op.ret() == null ? NONE : op.ret().value();
        c.expectedResumer = op.caller() == null ? NONE : op.caller().value();
        c.mustExit = false;
        t.mustEnter = op.fn().value();
        if (t.onYield && !c.utxo) {
            t.yieldTo = c.pid;
            t.onYield = false;
        }
        t.finalized = false;
        transfer(c, t, val, op.ret() == null || op.caller() == null, index);
        return null;
    }

    @Nullable Failure doYield(Proc c, Yield op) {
        if (!c.utxo) {
            return Failure.of(Rule.YIELD_FROM_UTXO, "coordination script %d yields; scripts Return", p(c.pid));
        }
        if (c.yieldTo == NONE) {
            return Failure.of(Rule.YIELD_HAS_PARENT, "utxo %d yields but no script ever resumed it", p(c.pid));
        }
        long val = op.val().value();
        if (!s.arena.exists(val)) {
            return Failure.of(Rule.YIELD_REF_EXISTS, "utxo %d yields r%d, which does not exist", p(c.pid), val);
        }
        Proc parent = s.proc(c.yieldTo);
        if (parent.expectedResumer != NONE && parent.expectedResumer != c.pid) {
            return Failure.of(Rule.YIELD_RESUMER_CLAIM,
                    "parent %d expects control back from %d, not %d", p(parent.pid), p(parent.expectedResumer), p(c.pid));
        }
        if (parent.expectedInput != NONE) {
            long expected = parent.expectedInput;
            if (!s.arena.exists(expected)) {
                return Failure.of(Rule.YIELD_INPUT_CLAIM,
                        "parent %d expects the contents of r%d, which does not exist", p(parent.pid), expected);
            }
            if (!s.arena.sameContents(expected, val)) {
                return Failure.of(Rule.YIELD_INPUT_CLAIM, "parent %d expects the contents of r%d %s, got r%d %s",
                        p(parent.pid), expected, s.arena.words(expected), val, s.arena.words(val));
            }
        }
        c.finalized = true;
        c.onYield = true;
        c.activationVal = NONE;
        c.mustExit = false;
        transfer(c, parent, val, false, NONE);
        return null;
    }

    @Nullable Failure doReturn(Proc c) {
        if (c.utxo) {
            return Failure.of(Rule.RETURN_FROM_COORD, "utxo %d returns; utxo frames close with Yield", p(c.pid));
        }
        if (c.yieldTo == NONE && c.pid != s.entry) {
            return Failure.of(Rule.RETURN_HAS_PARENT,
                    "script %d returns but it has no parent and is not the entrypoint", p(c.pid));
        }
        c.finalized = true;
        c.activationVal = NONE;
        c.mustExit = false;
        if (c.yieldTo != NONE) {
            transfer(c, s.proc(c.yieldTo), NONE, false, NONE);
        }
        return null;
    }

    @Nullable Failure callEffectHandler(Proc c, CallEffectHandler op, int index) {
        int top = s.handlers.top(op.iface());
        if (top == NONE) {
            return Failure.of(Rule.CALL_HANDLER_EXISTS, "no handler is installed for interface %s", op.iface().hex());
        }
        Proc t = s.proc(top);
        if (t == c) {
            return Failure.of(Rule.NO_SELF_HANDLER,
                    "process %d raises to itself; a raise handled in its own process is a local call", p(c.pid));
        }
        if (t.hasActivation()) {
            return Failure.of(Rule.CALL_HANDLER_NOT_ACTIVE,
                    "handler %d is still handling the transfer r%d from %d", p(t.pid), t.activationVal,
                    p(t.activationCaller));
        }
        long val = op.val().value();
        if (t.expectedInput != NONE && t.expectedInput != val) {
            return Failure.of(Rule.CALL_INPUT_CLAIM,
                    "handler %d expects to be resumed with r%d, got r%d", p(t.pid), t.expectedInput, val);
        }
        if (t.expectedResumer != NONE && t.expectedResumer != c.pid) {
            return Failure.of(Rule.CALL_RESUMER_CLAIM,
                    "handler %d expects to be resumed by %d, not %d", p(t.pid), p(t.expectedResumer), p(c.pid));
        }
        c.activationVal = NONE;
        t.expectedInput = NONE;
        t.expectedResumer = NONE;
        t.activationVal = val;
        t.activationCaller = c.pid;
        c.expectedInput = op.ret() == null ? NONE : op.ret().value();
        c.expectedResumer = t.pid;
        c.mustExit = false;
        t.mustEnter = op.fn().value();
        t.finalized = false;
        transfer(c, t, val, op.ret() == null, index);
        return null;
    }

    @Nullable Failure enter(Proc c, Enter op) {
        long fn = op.fn().value();
        if (c.mustEnter == NONE) {
            return Failure.of(Rule.ENTER_MATCHES, "process %d enters %s but no transfer announced a function",
                    p(c.pid), op.fn());
        }
        if (c.mustEnter != fn) {
            return Failure.of(Rule.ENTER_MATCHES, "process %d must enter F#%016x, not %s", p(c.pid), c.mustEnter,
                    op.fn());
        }
        if (c.mustExit) {
            return Failure.of(Rule.ENTER_NO_OPEN_FRAME, "process %d enters %s while a frame is open", p(c.pid),
                    op.fn());
        }
        c.mustEnter = NONE;
        c.mustExit = true;
        return null;
    }

    @Nullable Failure activation(Proc c, Activation op) {
        if (!c.hasActivation()) {
            return Failure.of(Rule.ACTIVATION_MATCHES, "process %d reads an activation but none is pending", p(c.pid));
        }
        if (c.activationVal != op.val().value() || c.activationCaller != op.caller().value()) {
            return Failure.of(Rule.ACTIVATION_MATCHES, "process %d was activated with (r%d, %d), not (%s, %d)",
                    p(c.pid), c.activationVal, p(c.activationCaller), op.val(), p(op.caller().value()));
        }
        return null;
    }

    @Nullable Failure init(Proc c, Init op) {
        if (c.initVal == NONE) {
            return Failure.of(Rule.INIT_MATCHES,
                    "process %d reads its constructor argument but none is pending (never created, or read before)",
                    p(c.pid));
        }
        if (c.initVal != op.val().value() || c.initCaller != op.caller().value()) {
            return Failure.of(Rule.INIT_MATCHES, "process %d was created with (r%d, %d), not (%s, %d)", p(c.pid),
                    c.initVal, p(c.initCaller), op.val(), p(op.caller().value()));
        }
        c.initVal = NONE;
        c.initCaller = NONE;
        return null;
    }

    /**
     * Hands control from {@code from} to {@code to}. In live mode, {@code from}'s own op (at
     * {@code index}) waits for outputs when {@code pending}, and {@code to}'s waiting op is resolved
     * with what arrives: {@code val} (−1 for Return, which carries none) sent by {@code from}.
     */
    private void transfer(Proc from, Proc to, long val, boolean pending, int index) {
        s.prev = from.pid;
        s.curr = to;
        if (!s.live) {
            return;
        }
        if (pending) {
            from.pendingControl = index;
        }
        if (to.pendingControl != NONE) {
            List<Op> recorded = to.recorded;  // live: every op is recorded
            int at = to.pendingControl;
            RefId arrived = val == NONE ? null : new RefId(val);
            recorded.set(at, switch (recorded.get(at)) {
                case Resume r -> r.withOutputs(
                        r.ret() != null ? r.ret() : arrived,
                        r.caller() != null ? r.caller() : new ProcessId(from.pid));
                case CallEffectHandler call -> call.withRet(call.ret() != null ? call.ret() : arrived);
                default -> throw new IllegalStateException("only Resume and CallEffectHandler wait for outputs");
            });
            to.pendingControl = NONE;
        }
    }
}
