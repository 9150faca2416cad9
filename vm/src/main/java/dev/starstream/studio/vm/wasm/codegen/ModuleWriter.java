package dev.starstream.studio.vm.wasm.codegen;

import dev.starstream.studio.vm.contract.HandlerLayout;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.wasm.codegen.debug.DebugInfo;
import dev.starstream.studio.vm.wasm.codegen.debug.DebugRecorder;
import dev.starstream.studio.vm.wasm.codegen.emit.BodyEmitter;
import dev.starstream.studio.vm.wasm.codegen.emit.CoroutineEmitter;
import dev.starstream.studio.vm.wasm.codegen.emit.FunctionScope;
import dev.starstream.studio.vm.wasm.codegen.emit.HostCall;
import dev.starstream.studio.vm.wasm.codegen.emit.Imports;
import dev.starstream.studio.vm.wasm.codegen.emit.MatchCompiler;
import dev.starstream.studio.vm.wasm.codegen.emit.ModuleContext;
import dev.starstream.studio.vm.wasm.codegen.emit.ShadowFrames;
import dev.starstream.studio.vm.wasm.codegen.emit.SlotSource;
import dev.starstream.studio.vm.wasm.codegen.emit.TrapReason;
import dev.starstream.studio.vm.wasm.codegen.ir.FnRef;
import dev.starstream.studio.vm.wasm.codegen.ir.IrContract;
import dev.starstream.studio.vm.wasm.codegen.ir.IrExpr;
import dev.starstream.studio.vm.wasm.codegen.ir.IrFunction;
import dev.starstream.studio.vm.wasm.codegen.ir.IrStmt;
import dev.starstream.studio.vm.wasm.codegen.ir.IrVar;
import dev.starstream.studio.vm.wasm.codegen.ir.IrWalker;
import dev.starstream.studio.vm.wasm.codegen.layout.Slots;
import dev.starstream.studio.vm.wasm.encode.CodeBuilder;
import dev.starstream.studio.vm.wasm.encode.ConstExpr;
import dev.starstream.studio.vm.wasm.encode.EncodedModule;
import dev.starstream.studio.vm.wasm.encode.FuncType;
import dev.starstream.studio.vm.wasm.encode.Ids.FunctionId;
import dev.starstream.studio.vm.wasm.encode.Ids.GlobalId;
import dev.starstream.studio.vm.wasm.encode.Limits;
import dev.starstream.studio.vm.wasm.encode.Local;
import dev.starstream.studio.vm.wasm.encode.ModuleBuilder;
import dev.starstream.studio.vm.wasm.encode.Op;
import dev.starstream.studio.vm.wasm.encode.ValType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** Writes the wasm module of one contract in one build mode (docs/design/vm-abi.md). */
final class ModuleWriter {
    /** What writing produced. */
    record Output(EncodedModule module, DebugRecorder recorder, Map<String, TypeState> states,
            List<HandlerLayout> handlers) {}

    private record ClauseSite(IrFunction owner, IrStmt.Clause clause, ModuleContext.Handler handler) {}

    private final IrContract contract;
    private final boolean debug;
    private final ModuleBuilder m = new ModuleBuilder();
    private final Imports imports = new Imports();
    private final DebugRecorder recorder = new DebugRecorder();
    private final Map<String, TypeState> states = new LinkedHashMap<>();
    private final Map<IrFunction, MainPlan> plans = new IdentityHashMap<>();
    private final Map<IrFunction, ShadowFrames> frames = new IdentityHashMap<>();
    private final Map<IrFunction, FunctionId> mainWrappers = new IdentityHashMap<>();
    private final Map<String, FunctionId> unbinds = new LinkedHashMap<>();
    private final List<ClauseSite> clauses = new ArrayList<>();
    private final List<HandlerLayout> handlerLayouts = new ArrayList<>();
    private final Set<String> exportNames = new HashSet<>();
    private final Map<IrFunction, String> labels = new IdentityHashMap<>();
    private ModuleContext cx;

    ModuleWriter(IrContract contract, BuildMode mode) {
        this.contract = contract;
        this.debug = mode == BuildMode.DEBUG;
        m.moduleName(contract.name());
    }

    Output write() {
        label();
        scanImports();
        imports.declare(m);
        cx = new ModuleContext(contract, m, imports, debug, recorder);
        cx.importsDeclared();
        m.exportMemory("memory", m.memory(Limits.atLeast(1)));
        cx.stackPointer(m.global("sp", ValType.I32, true, ConstExpr.i32(16)));
        planMains();
        declareState();
        declareFunctions();
        writeBodies();
        return new Output(m.encode(), recorder, states, handlerLayouts);
    }

    private Stream<IrFunction> allFunctions() {
        return Stream.concat(contract.functions().stream(), contract.types().stream().flatMap(t -> Stream.of(
                t.helpers().stream(), t.constructors().stream(), t.methods().stream().map(IrContract.Method::function))
                .flatMap(s -> s)));
    }

    /**
     * How the name section, the debug info and gas reports call each function: {@code Owner::name},
     * with its kind added when a helper shares the name of a main, mint, burn fn or method of its type.
     */
    private void label() {
        Map<String, Integer> uses = new java.util.HashMap<>();
        allFunctions().forEach(f -> uses.merge(f.qualifiedName(), 1, Integer::sum));
        allFunctions().forEach(f -> labels.put(f, uses.get(f.qualifiedName()) == 1 ? f.qualifiedName()
                : f.qualifiedName() + " (" + f.kind().name().toLowerCase(java.util.Locale.ROOT) + ")"));
    }

    private String label(IrFunction f) {
        return labels.getOrDefault(f, f.qualifiedName());
    }

    private void scanImports() {
        HostCall.trap().require(imports);
        if (debug) {
            HostCall.debugHooks().forEach(h -> h.require(imports));
        }
        allFunctions().forEach(f -> new IrWalker() {
            @Override
            protected void expr(IrExpr e) {
                HostCall.of(e).ifPresent(h -> h.require(imports));
                if (e instanceof IrExpr.Yield) {
                    HostCall.implementsMethod().require(imports);
                }
                if (e instanceof IrExpr.If i
                        && i.branches().stream().anyMatch(b -> b.condition() instanceof IrExpr.Condition.IsAbi)) {
                    HostCall.isAbi().require(imports);
                }
            }

            @Override
            protected void stmt(IrStmt s) {
                if (s instanceof IrStmt.Try t && !t.clauses().isEmpty()) {
                    HostCall.install().require(imports);
                    HostCall.uninstall().require(imports);
                }
            }
        }.function(f));
    }

    private void planMains() {
        for (IrContract.ProcessType t : contract.types()) {
            if (t.token()) {
                continue;
            }
            int k = 1;
            for (IrFunction main : t.constructors()) {
                MainPlan plan = MainPlan.of(main, k);
                plans.put(main, plan);
                k += plan.yieldCount();
            }
        }
    }

    private void declareState() {
        for (IrContract.ProcessType t : contract.types()) {
            TypeState state = new TypeState(m, t, t.constructors().stream().map(c -> plans.get(c)).filter(p -> p != null)
                    .toList());
            states.put(t.name(), state);
            cx.typeGlobals.put(t.name(), new ModuleContext.TypeGlobals(state.yieldGlobal, state.storage));
            List<int[]> ids = new ArrayList<>();
            for (int f = 0; f < t.storage().size(); f++) {
                IrContract.StorageField field = t.storage().get(f);
                SlotSource.Globals g = state.storage.get(f);
                int[] slotIds = new int[g.size()];
                for (int i = 0; i < slotIds.length; i++) {
                    slotIds[i] = recorder.variable(-1, t.name() + "." + field.name(), field.type(), i, slotIds.length,
                            "storage", "global " + g.globals().get(i).index(), 0);
                }
                ids.add(slotIds);
            }
            cx.storageVarIds.put(t.name(), ids);
            for (IrFunction main : t.constructors()) {
                if (!t.token() && IrWalker.hasYield(main.body()) && plans.get(main) == null) {
                    throw new IllegalStateException("unplanned main " + main.qualifiedName());
                }
            }
            recorder.frame(new DebugInfo.Frame(t.name(), state.stateGlobals, state.debugYieldPoints));
        }
    }

    private static List<ValType> params(IrFunction f) {
        return Slots.ofAll(f.params().stream().map(IrVar::type).toList());
    }

    private static String[] paramNames(IrFunction f) {
        List<String> names = new ArrayList<>();
        for (IrVar p : f.params()) {
            int n = Slots.count(p.type());
            for (int i = 0; i < n; i++) {
                names.add(n == 1 ? p.name() : p.name() + "." + i);
            }
        }
        return names.toArray(String[]::new);
    }

    private FunctionId declare(IrFunction f) {
        FunctionId id = m.declare(label(f), FuncType.of(params(f), Slots.of(f.result())), paramNames(f));
        if (cx.functions.put(f.ref(), id) != null) {
            throw new IllegalStateException("two functions are " + f.ref() + " (" + f.ref().role() + ")");
        }
        return id;
    }

    private void declareFunctions() {
        contract.functions().forEach(this::declare);
        for (IrContract.ProcessType t : contract.types()) {
            t.helpers().forEach(this::declare);
            for (IrFunction c : t.constructors()) {
                if (t.token()) {
                    declare(c);
                    continue;
                }
                List<ValType> withK = new ArrayList<>();
                withK.add(ValType.I32);
                withK.addAll(params(c));
                List<String> names = new ArrayList<>(List.of("k"));
                names.addAll(List.of(paramNames(c)));
                FunctionId body = m.declare(label(c), FuncType.of(withK, List.of()), names.toArray(String[]::new));
                cx.functions.put(c.ref(), body);
                mainWrappers.put(c, m.declare(label(c) + "$export", FuncType.of(params(c), List.of()),
                        paramNames(c)));
            }
            for (IrContract.Method method : t.methods()) {
                declare(method.function());
            }
            if (!t.token()) {
                cx.resumeDispatchers.put(t.name(), m.declare(t.name() + "::$resume", FuncType.empty()));
                unbinds.put(t.name(), m.declare(t.name() + "::$sys.unbind", FuncType.accepting(ValType.I32), "token"));
            }
        }
        int[] nextTry = {0};
        allFunctions().forEach(f -> new IrWalker() {
            @Override
            protected void stmt(IrStmt s) {
                if (s instanceof IrStmt.Try t && !t.clauses().isEmpty()) {
                    int tryId = nextTry[0]++;
                    cx.tryIds.put(t, tryId);
                    for (IrStmt.Clause c : t.clauses()) {
                        int n = clauses.size();
                        List<ValType> ps = new ArrayList<>();
                        ps.add(ValType.I32);
                        ps.addAll(Slots.ofAll(c.paramTypes()));
                        FunctionId id = m.declare(Names.handlerExport(n), FuncType.of(ps, Slots.of(c.result())), "frame");
                        ModuleContext.Handler h = new ModuleContext.Handler(n, tryId, id);
                        cx.handlers.put(c, h);
                        clauses.add(new ClauseSite(f, c, h));
                        handlerLayouts.add(new HandlerLayout(n, Names.handlerExport(n), tryId, c.abi(), c.effect(),
                                f.file().path(), f.file().position(c.span().start()).line(), framesOf(f).runningFlag(c)));
                    }
                }
            }
        }.function(f));
    }

    // ---- bodies -------------------------------------------------------------------------------

    private void writeBodies() {
        for (IrFunction f : contract.functions()) {
            plain(f, f.kind() == IrFunction.Kind.SCRIPT ? "script" : "fn",
                    f.kind() == IrFunction.Kind.SCRIPT ? export(Names.scriptExport(f.name()), f) : "");
        }
        for (IrContract.ProcessType t : contract.types()) {
            t.helpers().forEach(h -> plain(h, "fn", ""));
            for (IrFunction c : t.constructors()) {
                if (t.token()) {
                    plain(c, "mint", export(Names.mintExport(t.name(), c.name()), c));
                } else {
                    main(t, c);
                }
            }
            for (IrContract.Method method : t.methods()) {
                IrFunction f = method.function();
                String name = t.token() ? Names.tokenMethodExport(t.name(), f.name())
                        : Names.utxoMethodExport(t.name(), f.name());
                plain(f, method.burn() ? "burn" : "method", export(name, f));
            }
            if (!t.token()) {
                resumeDispatcher(t);
                FunctionId unbind = unbinds.get(t.name());
                recorder.wasmFunction(cx.resumeDispatchers.get(t.name()).index(), -1, t.name() + " (resume dispatcher)");
                recorder.wasmFunction(unbind.index(), -1, t.name() + " ($sys.unbind)");
                m.code(unbind);
                exportFunction(Names.unbindExport(t.name()), unbind, t.constructors().isEmpty() ? null
                        : t.constructors().getFirst());
            }
        }
        for (ClauseSite site : clauses) {
            handler(site);
        }
    }

    private String export(String name, IrFunction f) {
        exportFunction(name, cx.function(f.ref()), f);
        return name;
    }

    private void exportFunction(String name, FunctionId id, @Nullable IrFunction f) {
        if (!exportNames.add(name)) {
            if (f == null) {
                throw new IllegalStateException("duplicate export " + name);
            }
            throw new CodegenException("two functions would both be exported as " + name
                    + " (for example two ABIs with a method of the same name in one utxo)", f.file(), f.span());
        }
        m.exportFunction(name, id);
    }

    private ShadowFrames framesOf(IrFunction f) {
        return frames.computeIfAbsent(f, ShadowFrames::of);
    }

    private void plain(IrFunction f, String kind, String export) {
        ShadowFrames fr = framesOf(f);
        int dbg = recorder.function(label(f), kind, f.owner(), export, f.file(), f.span());
        recorder.wasmFunction(cx.function(f.ref()).index(), dbg, label(f));
        FunctionScope scope = new FunctionScope(cx, m.code(cx.function(f.ref())), f.file(), fr, fr.root(), dbg,
                FunctionScope.ExitKind.PLAIN, f.owner());
        BodyEmitter body = new BodyEmitter(cx, scope);
        scope.prologue(f.params(), 0, true);
        body.block(f.body());
        if (!Slots.of(f.body().type()).equals(Slots.of(f.result()))) {
            // a non-unit function whose body can fall off its end (it returns elsewhere): the checker
            // accepts it without path analysis, so reaching the end is a trap
            body.drop(f.body().type());
            cx.traps().trap(scope.code(), TrapReason.UNREACHABLE);
            return;
        }
        scope.exit(false);
    }

    private void main(IrContract.ProcessType t, IrFunction main) {
        String export = Names.utxoMainExport(t.name(), main.name());
        FunctionId wrapper = mainWrappers.get(main);
        exportFunction(export, wrapper, main);
        FunctionId bodyId = cx.function(main.ref());
        CodeBuilder w = m.code(wrapper);
        w.i32Const(0);
        for (int i = 0; i < wrapper.type().params().size(); i++) {
            w.localGet(w.param(i));
        }
        w.returnCall(bodyId);

        ShadowFrames fr = framesOf(main);
        int dbg = recorder.function(label(main), "main", t.name(), export, main.file(), main.span());
        recorder.wasmFunction(wrapper.index(), dbg, label(main));
        recorder.wasmFunction(bodyId.index(), dbg, label(main));
        FunctionScope scope = new FunctionScope(cx, m.code(bodyId), main.file(), fr, fr.root(), dbg,
                FunctionScope.ExitKind.MAIN, t.name());
        BodyEmitter body = new BodyEmitter(cx, scope);
        MainPlan plan = plans.get(main);
        if (plan.cfg() == null) {
            scope.prologue(main.params(), 1, true);
            body.block(main.body());
            body.drop(main.body().type());
            scope.exit(false);
        } else {
            GlobalId yieldGlobal = java.util.Objects.requireNonNull(states.get(t.name()).yieldGlobal);
            new CoroutineEmitter(cx, body, yieldGlobal).emit(main, plan.cfg(), states.get(t.name()).spills);
        }
    }

    private void resumeDispatcher(IrContract.ProcessType t) {
        CodeBuilder code = m.code(cx.resumeDispatchers.get(t.name()));
        GlobalId yield = java.util.Objects.requireNonNull(states.get(t.name()).yieldGlobal);
        for (IrFunction main : t.constructors()) {
            MainPlan plan = plans.get(main);
            if (plan.cfg() == null || plan.cfg().yields().isEmpty()) {
                continue;
            }
            int first = plan.cfg().yields().getFirst().k();
            int last = plan.cfg().yields().getLast().k();
            code.globalGet(yield).i32Const(first).op(Op.I32_GE_U).globalGet(yield).i32Const(last).op(Op.I32_LE_U)
                    .op(Op.I32_AND).ifThen(dev.starstream.studio.vm.wasm.encode.BlockType.EMPTY, l -> {
                        code.globalGet(yield);
                        for (ValType p : CoroutineEmitter.parameterSlots(main)) {
                            if (p == ValType.I64) {
                                code.i64Const(0);
                            } else {
                                code.i32Const(0);
                            }
                        }
                        code.returnCall(cx.function(main.ref()));
                    });
        }
        code.globalGet(yield).op(Op.I32_EQZ).ifThen(dev.starstream.studio.vm.wasm.encode.BlockType.EMPTY,
                l -> cx.traps().trap(code, TrapReason.METHOD_NOT_AVAILABLE));
        cx.traps().trap(code, TrapReason.UNREACHABLE);
    }

    private void handler(ClauseSite site) {
        IrStmt.Clause clause = site.clause();
        IrFunction owner = site.owner();
        ShadowFrames fr = framesOf(owner);
        String export = Names.handlerExport(site.handler().index());
        exportFunction(export, site.handler().function(), owner);
        String name = label(owner) + " with " + clause.abi() + "." + clause.effect();
        int dbg = recorder.function(name, "handler", label(owner), export, owner.file(), clause.span());
        recorder.wasmFunction(site.handler().function().index(), dbg, name);
        FunctionScope scope = new FunctionScope(cx, m.code(site.handler().function()), owner.file(), fr,
                fr.scope(clause), dbg, FunctionScope.ExitKind.PLAIN, owner.owner());
        BodyEmitter body = new BodyEmitter(cx, scope);
        scope.prologue(List.of(), 1, true);
        scope.markRunning(fr.runningFlag(clause));
        CodeBuilder code = scope.code();
        int wasm = 1;
        MatchCompiler binder = new MatchCompiler(cx, body);
        for (int j = 0; j < clause.paramTypes().size(); j++) {
            Type t = clause.paramTypes().get(j);
            List<Local> locals = new ArrayList<>();
            for (int i = 0; i < Slots.count(t); i++) {
                locals.add(code.param(wasm++));
            }
            binder.bindIrrefutable(clause.patterns().get(j), t, new SlotSource.Locals(locals));
        }
        body.block(clause.body());
        scope.exit(false);
    }

    FnRef ref(IrFunction f) {
        return f.ref();
    }
}
