package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.contract.AbiLayout;
import dev.starstream.studio.vm.contract.HandlerLayout;
import dev.starstream.studio.vm.runtime.engine.EngineException;
import dev.starstream.studio.vm.contract.MethodLayout;
import dev.starstream.studio.vm.contract.ProcessTypeLayout;
import dev.starstream.studio.vm.interleaving.Delivery;
import dev.starstream.studio.vm.interleaving.encoding.Ids;
import dev.starstream.studio.vm.interleaving.op.FunctionId;
import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.RefId;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.runtime.values.ValueCodec;
import dev.starstream.studio.vm.runtime.values.ValueDecodeException;
import dev.starstream.studio.vm.runtime.values.ValueLayout;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every cross-process act of RUNTIME A.9 as operations: creating utxos and tokens (M1–M3, T1),
 * method calls on handles (M1–M7), attach, detach and burn (T2–T4), effects raised by utxos and
 * answered by the script's handlers (A.3, E3) and the script's {@code try} scopes. Each act checks
 * what must hold before any operation is recorded (M6 availability, M7 busy targets, A.2, A.3), then
 * performs the caller's operations, runs the target's frame on its instance, and reads the value that
 * comes back (M1: the value of the next transfer into the caller).
 */
final class Control {
    private static final FunctionId ATTACH = Ids.functionId("Token.attach");
    private static final FunctionId DETACH = Ids.functionId("Token.detach");
    private static final FunctionId UNBIND = Ids.functionId("$sys.unbind");
    private static final List<Type> HANDLE_UTXO = List.of(new Type.AnyUtxo());
    private static final List<Type> HANDLE_TOKEN = List.of(new Type.AnyToken());

    private final TxRun run;
    private final Processes processes;

    Control(TxRun run, Processes processes) {
        this.run = run;
        this.processes = processes;
    }

    // ------------------------------------------------------------------ constructors (M1–M3, T1)

    long construct(Proc caller, Binding.Construct b, long[] args) {
        requireScript(caller, "create a " + b.type().name());
        List<Type> params = Bindings.types(b.constructor().params());
        int[] lanes = lanes(caller, params, args);
        RefId r = run.send(caller, lanes);
        ProcessId id = run.machine.nextNewProcess();
        boolean token = b.type().kind() == ProcessTypeLayout.Kind.TOKEN;
        Hash program = caller.contract.programHash();
        run.op(caller, token ? new Op.NewToken(program, r, id) : new Op.NewUtxo(program, r, id));
        Proc created = processes.create(id.value(), caller.contract, b.type());
        FunctionId f = new FunctionId(b.constructor().functionId());
        run.op(caller, Op.Resume.pending(id, f, r));
        RefId v = frame(created, f, r, true, params, b.constructor().export(), Type.UNIT, After.NOTHING, null);
        run.receive(caller, v, 0);
        return id.value();
    }

    // ------------------------------------------------------------------ method calls (M1–M7)

    long[] callMethod(Proc caller, Binding.AbiCall b, long[] args) {
        AbiLayout abi = b.abi();
        AbiLayout.Member member = b.method();
        String what = abi.name() + "." + member.name();
        requireScript(caller, "call " + what);
        Proc target = target(caller, args[0], what);
        requireIdle(caller, target, what);
        MethodLayout impl = target.type == null ? null : target.type().method(abi.name(), member.name()).orElse(null);
        if (impl == null || !target.offeredAbis().contains(abi.name())) {
            throw run.abort("MethodNotAvailable", notAvailable(target, what), null, null, caller);
        }
        List<Type> params = Bindings.types(member.params());
        int[] lanes = lanes(caller, params, Arrays.copyOfRange(args, 1, args.length));
        RefId r = run.send(caller, lanes);
        FunctionId f = new FunctionId(member.functionId());
        run.op(caller, Op.Resume.pending(target.id(), f, r));
        RefId v = frame(target, f, r, false, params, impl.export(), member.result(), After.NOTHING, null);
        return slots(caller, member.result(), run.receive(caller, v, ValueLayout.laneCount(member.result())));
    }

    // ------------------------------------------------------------------ tokens (T2–T4)

    void attach(Proc caller, long tokenPid, long utxoPid) {
        requireScript(caller, "attach a token");
        Proc token = token(caller, tokenPid, "attach");
        Proc owner = target(caller, utxoPid, "attach a token to it");
        requireIdle(caller, token, "Token.attach");
        String export = tokenMethod(token, "attach").map(MethodLayout::export)
                .orElse(Names.kebab(token.type().name()) + "#[method]token.attach");
        RefId r = run.send(caller, new int[] {owner.pid});
        run.op(caller, Op.Resume.pending(token.id(), ATTACH, r));
        RefId v = frame(token, ATTACH, r, false, HANDLE_UTXO, export, Type.UNIT, After.BIND, owner);
        run.receive(caller, v, 0);
    }

    void detach(Proc caller, long tokenPid, long utxoPid) {
        requireScript(caller, "detach a token");
        Proc token = token(caller, tokenPid, "detach");
        Proc owner = target(caller, utxoPid, "detach a token from it");
        requireIdle(caller, token, "Token.detach");
        requireIdle(caller, owner, "$sys.unbind");
        String export = tokenMethod(token, "detach").map(MethodLayout::export)
                .orElse(Names.kebab(token.type().name()) + "#[method]token.detach");
        RefId r = run.send(caller, new int[] {owner.pid});
        run.op(caller, Op.Resume.pending(token.id(), DETACH, r));
        RefId v = frame(token, DETACH, r, false, HANDLE_UTXO, export, Type.UNIT, After.NOTHING, null);
        run.receive(caller, v, 0);
        String unbind = owner.type == null ? "" : Names.kebab(owner.type().name()) + "#$sys.unbind";
        RefId r2 = run.send(caller, new int[] {token.pid});
        run.op(caller, Op.Resume.pending(owner.id(), UNBIND, r2));
        RefId v2 = frame(owner, UNBIND, r2, false, HANDLE_TOKEN, unbind, Type.UNIT, After.UNBIND, token);
        run.receive(caller, v2, 0);
    }

    void burn(Proc caller, Binding.Burn b, long[] args) {
        String what = b.token().name() + "::" + b.burn().name();
        requireScript(caller, "burn a token");
        Proc token = token(caller, args[0], what);
        if (token.type().index() != b.token().index() || !token.contract.hash().equals(caller.contract.hash())) {
            throw run.abort("Trap", token.label + " is not a " + b.token().name() + " of this contract", null, null, caller);
        }
        requireIdle(caller, token, what);
        List<Type> params = Bindings.types(b.burn().params());
        int[] lanes = lanes(caller, params, Arrays.copyOfRange(args, 1, args.length));
        RefId r = run.send(caller, lanes);
        FunctionId f = new FunctionId(b.burn().functionId());
        run.op(caller, Op.Resume.pending(token.id(), f, r));
        RefId v = frame(token, f, r, false, params, b.burn().export(), b.burn().result(), After.END_TOKEN, null);
        run.receive(caller, v, ValueLayout.laneCount(b.burn().result()));
    }

    // ------------------------------------------------------------------ effects (A.3, E3)

    long[] raise(Proc raiser, Binding.Raise b, long[] args) {
        Proc s = run.script();
        AbiLayout.Member effect = b.effect();
        String what = b.abi().name() + "." + effect.name();
        Clause clause = resolve(raiser, b.abi().name(), effect.name(), what);
        List<Type> params = Bindings.types(effect.params());
        if (raiser.isScript()) {
            return handle(clause, args, effect.result());
        }
        int[] lanes = lanes(raiser, params, args);
        RefId r = run.send(raiser, lanes);
        FunctionId f = new FunctionId(effect.functionId());
        run.op(raiser, Op.CallEffectHandler.pending(interfaceId(b.abi()), f, r));
        raiser.status = Proc.Status.AWAITING_HANDLER;
        run.op(s, new Op.Enter(f));
        Delivery d = delivery(s, run.machine.activation(s.id()));
        run.op(s, new Op.Activation(d.val(), d.caller()));
        long[] argSlots = slots(s, params, run.receive(s, r, ValueLayout.laneCount(params)));
        long[] result = handle(clause, argSlots, effect.result());
        RefId v = run.send(s, lanes(s, List.of(effect.result()), result));
        run.op(s, Op.Resume.pending(raiser.id(), f, v));
        raiser.status = Proc.Status.RUNNING;
        run.op(raiser, new Op.Enter(f));
        Delivery back = delivery(raiser, run.machine.activation(raiser.id()));
        run.op(raiser, new Op.Activation(back.val(), back.caller()));
        return slots(raiser, effect.result(), run.receive(raiser, v, ValueLayout.laneCount(effect.result())));
    }

    /** A clause chosen for a raise: the try it belongs to and its index there. */
    private record Clause(Proc.TryScope scope, int index) {
        HandlerLayout layout() {
            return scope.clauses.get(index);
        }
    }

    /** A.3's walk over the script's active tries, innermost first. */
    private Clause resolve(Proc raiser, String abi, String effect, String what) {
        for (Proc.TryScope scope : run.script().tries) {
            for (int i = 0; i < scope.clauses.size(); i++) {
                HandlerLayout clause = scope.clauses.get(i);
                if (clause.abi().equals(abi) && clause.effect().equals(effect)) {
                    if (scope.running[i] || runningInScript(scope, clause, raiser)) {
                        throw run.abort("ReentrantHandler", raiser.label + " raises " + what + " while the handler that "
                                + "would answer it (" + clause.export() + ", " + clause.file() + ":" + clause.line()
                                + ") is still running", null, null, raiser);
                    }
                    return new Clause(scope, i);
                }
            }
        }
        throw run.abort("HandlerNotFound", raiser.label + " raises " + what + " but no enclosing try of the script "
                + "handles it", null, null, raiser);
    }

    /**
     * Whether the clause runs now for this {@code try} activation although the host did not call it:
     * the script called it directly for a raise of its own (vm-abi §9), which sets the clause's running
     * flag in the activation's frame.
     */
    private boolean runningInScript(Proc.TryScope scope, HandlerLayout clause, Proc raiser) {
        if (!clause.hasRunningFlag()) {
            return false;
        }
        Proc s = run.script();
        try {
            return s.instance().memoryI32(scope.frame + clause.runningFlag()) != 0;
        } catch (EngineException e) {
            throw run.abort("Trap", "the running flag of " + clause.export() + " is not in the script's memory: "
                    + e.getMessage(), null, null, raiser);
        }
    }

    private long[] handle(Clause clause, long[] args, Type result) {
        Proc s = run.script();
        long[] withFrame = new long[args.length + 1];
        withFrame[0] = clause.scope().frame;
        System.arraycopy(args, 0, withFrame, 1, args.length);
        clause.scope().running[clause.index()] = true;
        try {
            long[] out = run.call(s, clause.layout().export(), withFrame);
            if (out.length != ValueLayout.slotCount(result)) {
                throw run.abort("Trap", clause.layout().export() + " returned " + out.length + " values, expected "
                        + ValueLayout.slotCount(result), null, null, s);
            }
            return out;
        } finally {
            clause.scope().running[clause.index()] = false;
        }
    }

    void install(Proc caller, int tryId, int frame) {
        if (!caller.isScript()) {
            throw run.abort("UtxoResumesUtxo", caller.label + " enters a try with handlers; only coordination scripts "
                    + "install handlers (A.3)", 6, null, caller);
        }
        List<HandlerLayout> clauses = caller.contract.layout().handlers().stream().filter(h -> h.tryId() == tryId).toList();
        Proc.TryScope scope = new Proc.TryScope(tryId, frame, clauses);
        for (String abi : scope.abis()) {
            run.op(caller, new Op.InstallHandler(interfaceId(caller, abi)));
        }
        caller.tries.push(scope);
    }

    void uninstall(Proc caller, int tryId, int frame) {
        if (!caller.isScript()) {
            throw run.abort("UtxoResumesUtxo", caller.label + " leaves a try with handlers; only coordination scripts "
                    + "install handlers (A.3)", 6, null, caller);
        }
        Proc.TryScope top = caller.tries.peek();
        if (top == null || top.tryId != tryId || top.frame != frame) {
            throw run.abort("Trap", "the script leaves try " + tryId + " but the innermost open try is "
                    + (top == null ? "none" : Integer.toString(top.tryId)), null, null, caller);
        }
        List<String> abis = top.abis();
        for (int i = abis.size() - 1; i >= 0; i--) {
            run.op(caller, new Op.UninstallHandler(interfaceId(caller, abis.get(i))));
        }
        caller.tries.pop();
    }

    // ------------------------------------------------------------------ the target's frame

    /** What the target does after its body and before its exit (T2 Bind, T3 Unbind, T4 end of a token). */
    private enum After {
        NOTHING,
        BIND,
        UNBIND,
        END_TOKEN
    }

    /**
     * Runs one frame of {@code target}: {@code Enter(f)}, {@code Init} or {@code Activation}, the
     * argument's {@code RefGet}s (M2), the export, then {@code after}, {@code Burn} if an input ended,
     * and the exit {@code NewRef/RefPush/Yield} with the result (M3). Returns the yielded ref.
     */
    private RefId frame(Proc target, FunctionId f, RefId arg, boolean constructor, List<Type> params, String export,
            Type result, After after, @Nullable Proc other) {
        run.op(target, new Op.Enter(f));
        if (constructor) {
            Delivery d = delivery(target, run.machine.init(target.id()));
            run.op(target, new Op.Init(d.val(), d.caller()));
        } else {
            Delivery d = delivery(target, run.machine.activation(target.id()));
            run.op(target, new Op.Activation(d.val(), d.caller()));
        }
        long[] args = slots(target, params, run.receive(target, arg, ValueLayout.laneCount(params)));
        target.status = Proc.Status.RUNNING;
        // A utxo module without a $sys.unbind export (a foreign module) still performs the Unbind.
        boolean skipBody = after == After.UNBIND && (export.isEmpty() || !target.instance().exportsFunction(export));
        long[] out = skipBody ? new long[0] : run.call(target, export, args);
        target.status = Proc.Status.IDLE;
        int[] resultLanes = lanes(target, List.of(result), out);
        switch (after) {
            case BIND -> run.op(target, new Op.Bind(java.util.Objects.requireNonNull(other).id()));
            case UNBIND -> run.op(target, new Op.Unbind(java.util.Objects.requireNonNull(other).id()));
            case NOTHING, END_TOKEN -> { }
        }
        boolean ends = after == After.END_TOKEN || (target.kind == Proc.Kind.UTXO && !target.ended && target.yieldPoint() == 0);
        if (ends && !target.ended) {
            target.ended = true;
            if (target.isInput()) {
                run.op(target, new Op.Burn());
            } else {
                run.machine.markEphemeral(target.id());
            }
        }
        RefId v = run.send(target, resultLanes);
        run.op(target, new Op.Yield(v));
        return v;
    }

    // ------------------------------------------------------------------ checks and helpers

    private void requireScript(Proc caller, String what) {
        if (!caller.isScript()) {
            throw run.abort("UtxoResumesUtxo", caller.label + " tries to " + what + "; a utxo or token never resumes "
                    + "another process (A.2)", 6, null, caller);
        }
    }

    private Proc target(Proc caller, long pid, String what) {
        Proc target = run.process(pid);
        if (target == null) {
            throw run.abort("BadPid", "the handle " + pid + " used to " + what + " names no process of this transaction",
                    61, null, caller);
        }
        return target;
    }

    private Proc token(Proc caller, long pid, String what) {
        Proc token = target(caller, pid, what);
        if (!token.isToken()) {
            throw run.abort("Trap", token.label + " is not a token (" + what + ")", null, null, caller);
        }
        if (token.ended) {
            throw run.abort("MethodNotAvailable", token.label + " was burned; " + what + " is not available", null, null, caller);
        }
        return token;
    }

    /** M7: only an idle process may be entered. */
    private void requireIdle(Proc caller, Proc target, String what) {
        if (target.status != Proc.Status.IDLE) {
            throw run.abort("ReentrantResume", caller.label + " calls " + what + " on " + target.label + ", which is "
                    + (target.status == Proc.Status.AWAITING_HANDLER ? "waiting for the answer to its effect"
                            : "still running") + " (M7)", 8, null, caller);
        }
    }

    private static String notAvailable(Proc target, String what) {
        if (target.ended) {
            return what + " is not available: " + target.label + " has ended";
        }
        List<String> offered = target.offeredAbis();
        return what + " is not available on " + target.label + (offered.isEmpty() ? ", which offers nothing now"
                : ", which offers " + String.join(", ", offered) + " now");
    }

    private static Optional<MethodLayout> tokenMethod(Proc token, String name) {
        return token.type().method("Token", name);
    }

    private Delivery delivery(Proc p, Optional<Delivery> d) {
        return d.orElseThrow(() -> run.abort("Trap", "no value was delivered to " + p.label, null, null, p));
    }

    private int[] lanes(Proc p, List<Type> types, long[] slots) {
        try {
            return ValueCodec.slotsToLanes(types, slots);
        } catch (ValueDecodeException e) {
            throw run.abort("Trap", p.label + " passed a malformed value: " + e.getMessage(), null, null, p);
        }
    }

    private long[] slots(Proc p, Type type, int[] lanes) {
        return slots(p, List.of(type), lanes);
    }

    private long[] slots(Proc p, List<Type> types, int[] lanes) {
        try {
            return ValueCodec.lanesToSlots(types, lanes);
        } catch (ValueDecodeException e) {
            throw run.abort("Trap", p.label + " received a malformed value: " + e.getMessage(), null, null, p);
        }
    }

    static Hash interfaceId(AbiLayout abi) {
        List<Long> limbs = abi.interfaceId();
        return limbs.size() == 4 ? new Hash(limbs.get(0), limbs.get(1), limbs.get(2), limbs.get(3))
                : Ids.interfaceId(abi.name());
    }

    private static Hash interfaceId(Proc caller, String abiName) {
        return caller.contract.layout().abi(abiName).map(Control::interfaceId).orElseGet(() -> Ids.interfaceId(abiName));
    }
}
