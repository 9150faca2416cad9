package dev.starstream.studio.vm.interleaving;

import static dev.starstream.studio.vm.interleaving.Proc.NONE;

import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.Op.Bind;
import dev.starstream.studio.vm.interleaving.op.Op.GetHandlerFor;
import dev.starstream.studio.vm.interleaving.op.Op.InstallHandler;
import dev.starstream.studio.vm.interleaving.op.Op.NewCoord;
import dev.starstream.studio.vm.interleaving.op.Op.NewRef;
import dev.starstream.studio.vm.interleaving.op.Op.NewToken;
import dev.starstream.studio.vm.interleaving.op.Op.NewUtxo;
import dev.starstream.studio.vm.interleaving.op.Op.ProgramHash;
import dev.starstream.studio.vm.interleaving.op.Op.RefGet;
import dev.starstream.studio.vm.interleaving.op.Op.RefPush;
import dev.starstream.studio.vm.interleaving.op.Op.RefWrite;
import dev.starstream.studio.vm.interleaving.op.Op.Unbind;
import dev.starstream.studio.vm.interleaving.op.Op.UninstallHandler;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.RefId;
import org.jspecify.annotations.Nullable;

/**
 * Everything that does not transfer control: process creation, handler stacks, program hashes, the
 * ref arena, Burn, Bind and Unbind (B §3.4 rules 18–28 and 37–53, A.2, A.4). As in
 * {@link ControlRules}, every method checks before it changes anything.
 */
final class ResourceRules {
    private final MachineState s;

    ResourceRules(MachineState s) {
        this.s = s;
    }

    /** A pid as messages show it: canonical (live scripts already numbered as they will end up). */
    private int p(int pid) {
        return s.canonical(pid);
    }

    /** NewUtxo, NewToken and NewCoord (rules 19–23). */
    @Nullable Failure create(Proc c, Op op) {
        record Creation(Hash hash, RefId val, ProcessId id, boolean utxo, boolean token) {}
        Creation n = switch (op) {
            case NewUtxo u -> new Creation(u.programHash(), u.val(), u.id(), true, false);
            case NewToken t -> new Creation(t.programHash(), t.val(), t.id(), true, true);
            case NewCoord k -> new Creation(k.programHash(), k.val(), k.id(), false, false);
            default -> throw new IllegalArgumentException("not a creation: " + op);
        };
        String what = op.opcode().opName();
        if (c.utxo) {
            return Failure.of(Rule.NEW_FROM_COORD, "utxo %d performs %s; only scripts create processes", p(c.pid), what);
        }
        int id = n.id().value();
        Proc t;
        if (s.live) {
            int fresh = n.utxo() ? s.nextUtxoPid() : s.nextCoordPid();
            if (id != fresh) {
                return s.proc(id) != null
                        ? Failure.of(Rule.NEW_NOT_INITIALIZED, "%s %d: that process already exists", what, id)
                        : Failure.of(Rule.PIDS_IN_TABLE, "%s must create pid %d next, not %d", what, fresh, id);
            }
            t = s.register(id, n.hash(), n.utxo(), n.token());
        } else {
            t = s.proc(id);
            if (t == null) {
                return Failure.of(Rule.PIDS_IN_TABLE, "%s creates %s, which is not in the process table", what, n.id());
            }
            if (t.utxo != n.utxo()) {
                return Failure.of(Rule.NEW_KIND, "%s creates %d, which is a %s", what, id, t.kind());
            }
            if (t.token != n.token()) {
                return Failure.of(Rule.NEW_TOKEN_FLAG, "%s creates %d, which is a %s", what, id, t.kind());
            }
            if (!t.programHash.equals(n.hash())) {
                return Failure.of(Rule.NEW_PROGRAM_HASH, "%s creates %d with program %s, but the table says %s",
                        what, id, n.hash().hex(), t.programHash.hex());
            }
            if (t.initialized) {
                return Failure.of(Rule.NEW_NOT_INITIALIZED, "%s creates %d, which already exists", what, id);
            }
        }
        t.initialized = true;
        t.initVal = n.val().value();
        t.initCaller = c.pid;
        t.expectedInput = NONE;
        t.expectedResumer = NONE;
        t.onYield = true;
        t.yieldTo = NONE;
        return null;
    }

    @Nullable Failure install(Proc c, InstallHandler op) {
        if (c.utxo) {
            return Failure.of(Rule.INSTALL_FROM_COORD, "utxo %d installs a handler; only scripts handle effects", p(c.pid));
        }
        s.handlers.push(op.iface(), c.pid);
        return null;
    }

    @Nullable Failure uninstall(Proc c, UninstallHandler op) {
        if (c.utxo) {
            return Failure.of(Rule.UNINSTALL_FROM_COORD, "utxo %d uninstalls a handler", p(c.pid));
        }
        int top = s.handlers.top(op.iface());
        if (top == NONE) {
            return Failure.of(Rule.UNINSTALL_STACK_NOT_EMPTY, "no handler is installed for %s", op.iface().hex());
        }
        if (top != c.pid) {
            return Failure.of(Rule.UNINSTALL_TOP_IS_CURRENT,
                    "the innermost handler for %s is %d, not %d", op.iface().hex(), p(top), p(c.pid));
        }
        s.handlers.pop(op.iface());
        return null;
    }

    @Nullable Failure getHandler(GetHandlerFor op) {
        int top = s.handlers.top(op.iface());
        if (top == NONE || top != op.handler().value()) {
            return Failure.of(Rule.GET_HANDLER_MATCHES, "the handler for %s is %s, not %d", op.iface().hex(),
                    p(top) == NONE ? "none" : Integer.toString(p(top)), p(op.handler().value()));
        }
        return null;
    }

    @Nullable Failure programHash(ProgramHash op) {
        Proc t = s.proc(op.target().value());
        if (t == null) {
            return Failure.of(Rule.PIDS_IN_TABLE, "ProgramHash of %s, which is not a process", op.target());
        }
        if (!t.programHash.equals(op.hash())) {
            return Failure.of(Rule.PROGRAM_HASH_MATCHES, "process %d runs %s, not %s", p(t.pid), t.programHash.hex(),
                    op.hash().hex());
        }
        return null;
    }

    @Nullable Failure newRef(Proc c, NewRef op) {
        if (c.building()) {
            return Failure.of(Rule.NEW_REF_NOT_BUILDING, "process %d starts a ref while building r%d", p(c.pid), c.buildRef);
        }
        long next = s.arena.next();
        if (op.ref().value() != next) {
            return Failure.of(Rule.NEW_REF_SEQUENTIAL, "the next ref is r%d, not %s", next, op.ref());
        }
        if (!s.arena.fits(op.size())) {
            return Failure.of(Rule.NEW_REF_SEQUENTIAL, "a ref of %d words would overflow the arena", op.size());
        }
        long ref = s.arena.create(op.size());
        if (op.size() > 0) {
            c.buildRef = ref;
            c.buildWord = 0;
            c.buildSize = op.size();
        }
        return null;
    }

    @Nullable Failure refPush(Proc c, RefPush op) {
        if (!c.building()) {
            return Failure.of(Rule.REF_PUSH_BUILDING, "process %d pushes a word but builds no ref", p(c.pid));
        }
        s.arena.write(c.buildRef, c.buildWord, op.word());
        c.buildWord++;
        if (c.buildWord == c.buildSize) {
            c.buildRef = NONE;
            c.buildWord = 0;
            c.buildSize = 0;
        }
        return null;
    }

    @Nullable Failure refGet(RefGet op) {
        long ref = op.ref().value();
        if (!s.arena.exists(ref)) {
            return Failure.of(Rule.REF_GET_EXISTS, "RefGet of %s, which does not exist", op.ref());
        }
        if (op.offset() >= s.arena.size(ref)) {
            return Failure.of(Rule.REF_GET_IN_BOUNDS, "RefGet of word %d of %s, which has %d words", op.offset(),
                    op.ref(), s.arena.size(ref));
        }
        if (!s.arena.holds(ref, op.offset(), op.word())) {
            return Failure.of(Rule.REF_GET_VALUE, "word %d of %s is %s, not %s", op.offset(), op.ref(),
                    s.arena.read(ref, op.offset()), op.word());
        }
        return null;
    }

    @Nullable Failure refWrite(RefWrite op) {
        long ref = op.ref().value();
        if (!s.arena.exists(ref)) {
            return Failure.of(Rule.REF_WRITE_EXISTS, "RefWrite of %s, which does not exist", op.ref());
        }
        if (op.offset() >= s.arena.size(ref)) {
            return Failure.of(Rule.REF_WRITE_IN_BOUNDS, "RefWrite of word %d of %s, which has %d words",
                    op.offset(), op.ref(), s.arena.size(ref));
        }
        s.arena.write(ref, op.offset(), op.word());
        return null;
    }

    @Nullable Failure burn(Proc c) {
        if (!c.utxo) {
            return Failure.of(Rule.BURN_FROM_UTXO, "coordination script %d burns", p(c.pid));
        }
        boolean allowed = c.input && (s.live || c.mustBurn);
        if (!allowed || !c.initialized) {
            return Failure.of(Rule.BURN_ONLY_BURNED_INPUT, c.input
                    ? "input %d burns but it has a continuation"
                    : "utxo %d burns but only inputs burn (a new utxo that ends is ephemeral)", p(c.pid));
        }
        if (c.owner != NONE) {
            return Failure.of(Rule.BURN_UNBOUND, "token %d burns while bound to %d", p(c.pid), p(c.owner));
        }
        c.didBurn = true;
        if (s.live) {
            c.mustBurn = true;
        }
        return null;
    }

    @Nullable Failure bind(Proc c, Bind op) {
        Proc o = s.proc(op.owner().value());
        if (o == null) {
            return Failure.of(Rule.PIDS_IN_TABLE, "Bind to %s, which is not a process", op.owner());
        }
        if (!c.utxo) {
            return Failure.of(Rule.BIND_FROM_UTXO, "coordination script %d binds itself", p(c.pid));
        }
        if (!o.utxo) {
            return Failure.of(Rule.BIND_OWNER_UTXO, "owner %d is a coordination script", p(o.pid));
        }
        if (!c.initialized || !o.initialized) {
            return Failure.of(Rule.BIND_BOTH_INITIALIZED, "owner %d was never created", p(o.pid));
        }
        if (c.owner != NONE) {
            return Failure.of(Rule.BIND_TOKEN_UNOWNED, "token %d is already bound to %d", p(c.pid), p(c.owner));
        }
        c.owner = o.pid;
        return null;
    }

    @Nullable Failure unbind(Proc c, Unbind op) {
        Proc t = s.proc(op.token().value());
        if (t == null) {
            return Failure.of(Rule.PIDS_IN_TABLE, "Unbind of %s, which is not a process", op.token());
        }
        if (!c.utxo) {
            return Failure.of(Rule.UNBIND_FROM_UTXO, "coordination script %d unbinds", p(c.pid));
        }
        if (!t.utxo || !t.initialized) {
            return Failure.of(Rule.UNBIND_TOKEN_LIVE, "Unbind of %d, which is %s", p(t.pid),
                    t.utxo ? "never created" : "a coordination script");
        }
        if (t.owner != c.pid) {
            return Failure.of(Rule.UNBIND_BY_OWNER, "token %d is owned by %s, not %d", p(t.pid),
                    p(t.owner) == NONE ? "nobody" : Integer.toString(p(t.owner)), p(c.pid));
        }
        t.owner = NONE;
        return null;
    }
}
