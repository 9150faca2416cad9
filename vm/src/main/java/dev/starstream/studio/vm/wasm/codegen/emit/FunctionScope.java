package dev.starstream.studio.vm.wasm.codegen.emit;

import dev.starstream.studio.vm.lang.syntax.SourceFile;
import dev.starstream.studio.vm.lang.syntax.Span;
import dev.starstream.studio.vm.wasm.codegen.ir.IrStmt;
import dev.starstream.studio.vm.wasm.codegen.ir.IrVar;
import dev.starstream.studio.vm.wasm.codegen.layout.Slots;
import dev.starstream.studio.vm.wasm.encode.BlockType;
import dev.starstream.studio.vm.wasm.encode.CodeBuilder;
import dev.starstream.studio.vm.wasm.encode.Ids.FunctionId;
import dev.starstream.studio.vm.wasm.encode.Ids.MemoryId;
import dev.starstream.studio.vm.wasm.encode.Local;
import dev.starstream.studio.vm.wasm.encode.MemOp;
import dev.starstream.studio.vm.wasm.encode.Op;
import dev.starstream.studio.vm.wasm.encode.ValType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The state of one wasm function body while it is written: where each variable lives (wasm locals or
 * the shadow frame), scratch locals, the frame pointer, the {@code try}s being inside of, how the
 * function is left on every exit path (uninstall, frame release, {@code yield := 0} in a utxo main,
 * a clause's running flag cleared, the {@code exit} hook) and the debug hooks (docs/design/vm-abi.md §8, §9).
 */
public final class FunctionScope {
    /** How the function is left. */
    public enum ExitKind {
        /** A script, helper, method, constructor of a token, or a handler clause. */
        PLAIN,
        /** A utxo's main: ending it sets {@code yield := 0}. */
        MAIN
    }

    private final ModuleContext cx;
    private final CodeBuilder code;
    private final Temps temps;
    private final SourceFile file;
    private final ShadowFrames frames;
    private final ShadowFrames.Scope scope;
    private final int debugId;
    private final ExitKind exitKind;
    private final String owner;
    private final Map<Integer, SlotSource> homes = new HashMap<>();
    private final Map<Integer, int[]> varIds = new HashMap<>();
    private final Deque<IrStmt.Try> tries = new ArrayDeque<>();
    private @Nullable Local fp;
    private @Nullable Local frameParam;
    private int runningFlag = -1;

    public FunctionScope(ModuleContext cx, CodeBuilder code, SourceFile file, ShadowFrames frames,
            ShadowFrames.Scope scope, int debugId, ExitKind exitKind, String owner) {
        this.cx = cx;
        this.code = code;
        this.temps = new Temps(code);
        this.file = file;
        this.frames = frames;
        this.scope = scope;
        this.debugId = debugId;
        this.exitKind = exitKind;
        this.owner = owner;
    }

    public CodeBuilder code() {
        return code;
    }

    public Temps temps() {
        return temps;
    }

    public SourceFile file() {
        return file;
    }

    public int debugId() {
        return debugId;
    }

    public String owner() {
        return owner;
    }

    /**
     * The function's start: a clause takes its enclosing frame from wasm parameter 0; the frame is
     * allocated; parameters get their homes (wasm parameters from {@code firstParam} on, copied into
     * the frame when captured); the {@code enter} hook and the parameters' write hooks run.
     */
    public void prologue(List<IrVar> params, int firstParam, boolean enterHook) {
        if (scope.isClause()) {
            frameParam = code.param(0);
        }
        if (scope.needsFrame()) {
            allocateFrame();
        }
        if (enterHook) {
            hook("enter", debugId);
        }
        int wasmIndex = firstParam;
        for (IrVar p : params) {
            int n = Slots.count(p.type());
            List<Local> locals = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                locals.add(code.param(wasmIndex + i));
            }
            wasmIndex += n;
            bindParameter(p, new SlotSource.Locals(locals));
            if (enterHook) {
                writeHooks(p);
            }
        }
    }

    /**
     * A clause's start: its running flag, at {@code offset} in the frame it received, must be clear
     * (else it traps with {@code ReentrantHandler}: the host's walk normally reports that first); it
     * is set until {@link #exit} clears it (docs/design/vm-abi.md §9).
     */
    public void markRunning(int offset) {
        Local frame = java.util.Objects.requireNonNull(frameParam, "a clause's frame parameter");
        runningFlag = offset;
        code.localGet(frame).memory(MemOp.I32_LOAD, offset);
        cx.traps().trapIf(code, TrapReason.REENTRANT_HANDLER);
        code.localGet(frame).i32Const(1).memory(MemOp.I32_STORE, offset);
    }

    /** Gives parameter {@code p} a home, copying it from {@code incoming} into the frame if captured. */
    public void bindParameter(IrVar p, SlotSource.Locals incoming) {
        ShadowFrames.Framed framed = frames.framed(p);
        if (framed == null) {
            homes.put(p.id(), incoming);
            register(p, incoming);
            return;
        }
        SlotSource home = declare(p);
        for (int i = 0; i < incoming.size(); i++) {
            int slot = i;
            home.store(code, i, c -> incoming.load(c, slot));
        }
    }

    private void allocateFrame() {
        Local frame = code.local(ValType.I32, "fp");
        fp = frame;
        var sp = cx.stackPointer();
        MemoryId memory = new MemoryId(0);
        code.globalGet(sp).localTee(frame).i32Const(scope.size()).op(Op.I32_ADD).globalSet(sp);
        code.globalGet(sp).memorySize(memory).i32Const(16).op(Op.I32_SHL).op(Op.I32_GT_U).ifThen(BlockType.EMPTY, l -> {
            code.globalGet(sp).memorySize(memory).i32Const(16).op(Op.I32_SHL).op(Op.I32_SUB)
                    .i32Const(0xFFFF).op(Op.I32_ADD).i32Const(16).op(Op.I32_SHR_U)
                    .memoryGrow(memory).i32Const(-1).op(Op.I32_EQ);
            cx.traps().trapIf(code, TrapReason.STACK_OVERFLOW);
        });
        if (frameParam != null) {
            code.localGet(frame).localGet(frameParam).memory(MemOp.I32_STORE, 0);
        }
    }

    /** Pushes this scope's frame address, or 0 when it has none. */
    public void pushOwnFrame() {
        if (fp != null) {
            code.localGet(fp);
        } else {
            code.i32Const(0);
        }
    }

    // ---- variables ----------------------------------------------------------------------------

    /** The home of a variable introduced here (idempotent: a second call returns the same home). */
    public SlotSource declare(IrVar v) {
        SlotSource existing = homes.get(v.id());
        if (existing != null) {
            return existing;
        }
        ShadowFrames.Framed framed = frames.framed(v);
        SlotSource home;
        if (framed != null) {
            home = new SlotSource.Frame(base(framed.owner()), framed.offsets(), framed.slots());
        } else {
            List<ValType> types = Slots.of(v.type());
            List<Local> locals = new ArrayList<>();
            for (int i = 0; i < types.size(); i++) {
                locals.add(code.local(types.get(i), types.size() == 1 ? v.name() : v.name() + "." + i));
            }
            home = new SlotSource.Locals(locals);
        }
        homes.put(v.id(), home);
        register(v, home);
        return home;
    }

    /** The home of a variable; a variable captured from an enclosing scope is found through the frame links. */
    public SlotSource home(IrVar v) {
        SlotSource home = homes.get(v.id());
        if (home != null) {
            return home;
        }
        ShadowFrames.Framed framed = frames.framed(v);
        if (framed == null) {
            throw new IllegalStateException("variable " + v + " used before it is declared");
        }
        home = new SlotSource.Frame(base(framed.owner()), framed.offsets(), framed.slots());
        homes.put(v.id(), home);
        return home;
    }

    private Consumer<CodeBuilder> base(ShadowFrames.Scope ownerScope) {
        if (ownerScope == scope) {
            return c -> c.localGet(java.util.Objects.requireNonNull(fp, "frame"));
        }
        int hops = scope.depth() - ownerScope.depth();
        Local link = java.util.Objects.requireNonNull(frameParam, "frame parameter");
        return c -> {
            c.localGet(link);
            for (int i = 1; i < hops; i++) {
                c.memory(MemOp.I32_LOAD, 0);
            }
        };
    }

    private void register(IrVar v, SlotSource home) {
        if (v.kind() == IrVar.Kind.TEMP) {
            return;
        }
        int n = home.size();
        int[] ids = new int[n];
        String kind = home instanceof SlotSource.Frame ? "captured-in-frame"
                : v.kind() == IrVar.Kind.PARAMETER ? "param" : "local";
        int line = file.position(v.span().start()).line();
        for (int i = 0; i < n; i++) {
            ids[i] = cx.recorder.variable(debugId, v.name(), v.type(), i, n, kind, describe(home, i), line);
        }
        varIds.put(v.id(), ids);
        if (home instanceof SlotSource.Frame) {
            frames.framedVarIds().put(v.id(), ids);
        }
    }

    private static String describe(SlotSource home, int slot) {
        return switch (home) {
            case SlotSource.Locals l -> "local " + l.locals().get(slot).index();
            case SlotSource.Frame f -> "frame+" + f.offsets().get(slot);
            default -> home.getClass().getSimpleName();
        };
    }

    /** The var-ids of a variable's slots (empty for temporaries). */
    public int[] varIds(IrVar v) {
        return varIds.getOrDefault(v.id(), new int[0]);
    }

    // ---- debug hooks --------------------------------------------------------------------------

    public void writeHooks(IrVar v) {
        if (!cx.debug) {
            return;
        }
        int[] ids = varIds.getOrDefault(v.id(), frames.framedVarIds().get(v.id()));
        if (ids == null) {
            return;
        }
        SlotSource home = home(v);
        for (int i = 0; i < ids.length; i++) {
            code.i32Const(ids[i]);
            home.load(code, i);
            code.call(cx.imports.get(Imports.DEBUG_MODULE, home.types().get(i) == ValType.I64 ? "write.i64" : "write.i32"));
        }
    }

    public void storageWriteHooks(String type, int field) {
        if (!cx.debug) {
            return;
        }
        SlotSource.Globals globals = cx.globals(type).storage().get(field);
        int[] ids = cx.storageVarIds.get(type).get(field);
        for (int i = 0; i < ids.length; i++) {
            code.i32Const(ids[i]);
            globals.load(code, i);
            code.call(cx.imports.get(Imports.DEBUG_MODULE, globals.types().get(i) == ValType.I64 ? "write.i64" : "write.i32"));
        }
    }

    public void statementHook(int id, Span span) {
        if (id < 0) {
            return;
        }
        cx.recorder.statement(id, debugId, file, span);
        cx.recorder.mark(code.function().index(), code.position(), id, file, span);
        hook("stmt", id);
    }

    /** Calls the debug hook {@code name} with {@code argument} in a debug build. */
    public void hook(String name, int argument) {
        if (cx.debug) {
            code.i32Const(argument).call(cx.imports.get(Imports.DEBUG_MODULE, name));
        }
    }

    public void effectSite(String kind, String name, Span span) {
        cx.recorder.effectSite(kind, name, debugId, file, span);
    }

    // ---- try and exits ------------------------------------------------------------------------

    public void enterTry(IrStmt.Try t) {
        tries.push(t);
    }

    public void leaveTry(IrStmt.Try t) {
        if (tries.pop() != t) {
            throw new IllegalStateException("try nesting");
        }
    }

    /** The clause of the innermost enclosing {@code try} of this function that answers the effect, or null. */
    public ModuleContext.@Nullable Handler staticHandler(String abi, String effect) {
        for (IrStmt.Try t : tries) {
            for (IrStmt.Clause c : t.clauses()) {
                if (c.abi().equals(abi) && c.effect().equals(effect)) {
                    return cx.handlers.get(c);
                }
            }
        }
        return null;
    }

    /**
     * Leaves the function with the result on the stack: uninstalls the open {@code try}s (innermost
     * first), releases the frame, ends a main ({@code yield := 0}), calls the {@code exit} hook, and
     * returns when {@code explicit} (a {@code return} statement; otherwise the body's end follows).
     */
    public void exit(boolean explicit) {
        for (IrStmt.Try t : tries) {
            code.i32Const(cx.tryIds.get(t));
            pushOwnFrame();
            code.call(cx.imports.get(Imports.HANDLERS_MODULE, "uninstall"));
        }
        if (fp != null) {
            code.localGet(fp).globalSet(cx.stackPointer());
        }
        if (exitKind == ExitKind.MAIN) {
            code.i32Const(0).globalSet(java.util.Objects.requireNonNull(cx.globals(owner).yieldPoint()));
        }
        if (runningFlag >= 0) {
            code.localGet(java.util.Objects.requireNonNull(frameParam)).i32Const(0).memory(MemOp.I32_STORE, runningFlag);
        }
        hook("exit", debugId);
        if (explicit) {
            code.ret();
        }
    }

    /** {@code resume;}: the method ends and main continues after its yield (a tail call of the dispatcher). */
    public void resume() {
        FunctionId dispatcher = cx.resumeDispatchers.get(owner);
        if (dispatcher == null) {
            throw new IllegalStateException("resume; outside a utxo with yields: " + owner);
        }
        hook("exit", debugId);
        code.returnCall(dispatcher);
    }
}
