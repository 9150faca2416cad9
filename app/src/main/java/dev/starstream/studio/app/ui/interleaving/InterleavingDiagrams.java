package dev.starstream.studio.app.ui.interleaving;

import dev.starstream.studio.editor.services.location.Location;
import dev.starstream.studio.vm.contract.AbiLayout;
import dev.starstream.studio.vm.contract.ContractLayout;
import dev.starstream.studio.vm.contract.FunctionLayout;
import dev.starstream.studio.vm.contract.MethodLayout;
import dev.starstream.studio.vm.contract.ParamLayout;
import dev.starstream.studio.vm.contract.ProcessTypeLayout;
import dev.starstream.studio.vm.interleaving.InterleavingText;
import dev.starstream.studio.vm.interleaving.Step;
import dev.starstream.studio.vm.interleaving.Symbols;
import dev.starstream.studio.vm.interleaving.encoding.Ids;
import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.RefId;
import dev.starstream.studio.vm.interleaving.op.Word;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.runtime.DebugStep;
import dev.starstream.studio.vm.runtime.RunMode;
import dev.starstream.studio.vm.runtime.Trace;
import dev.starstream.studio.vm.runtime.values.HandleNames;
import dev.starstream.studio.vm.runtime.values.Value;
import dev.starstream.studio.vm.runtime.values.ValueCodec;
import dev.starstream.studio.vm.runtime.values.ValueLayout;
import dev.starstream.studio.vm.runtime.values.ValueText;
import dev.starstream.studio.vm.wasm.codegen.debug.DebugInfo;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Builds the {@link InterleavingDiagram} of a run from its trace: lanes from the process table, acts
 * from the control operations in global order, payloads decoded by replaying the ref arena
 * ({@code NewRef}/{@code RefPush}/{@code RefWrite}) and reading the lanes with the types of the
 * function involved (its parameters on the way in, its result on the way out), and source
 * locations from the statement steps a debug run records (the statement a process was executing
 * when it performed the operation).
 */
public final class InterleavingDiagrams {
    private InterleavingDiagrams() {}

    /** What the function id of a transfer stands for. */
    private enum FnKind {
        CONSTRUCTOR,
        METHOD,
        EFFECT,
        TOKEN
    }

    private record Fn(String name, String shortName, List<Type> params, Type result, FnKind kind) {}

    /**
     * @param debugInfo the debug build's information (statement ids of a debug run), or null
     * @param text the text listing of the interleaving ({@code RunReport.interleaving()})
     */
    public static InterleavingDiagram of(Trace trace, ContractLayout layout, @Nullable DebugInfo debugInfo, Path root, String text) {
        List<Trace.TraceProcess> processes = trace.processes();
        List<InterleavingDiagram.Lane> lanes = new ArrayList<>();
        Map<Integer, Integer> laneOf = new HashMap<>();
        Map<Integer, String> labels = new HashMap<>();
        List<Trace.TraceProcess> ordered = new ArrayList<>(processes.stream().filter(p -> p.kind().equals("script")).toList());
        ordered.addAll(processes.stream().filter(p -> !p.kind().equals("script")).toList());
        for (Trace.TraceProcess p : ordered) {
            laneOf.put(p.pid(), lanes.size());
            labels.put(p.pid(), p.label());
            String subtitle = switch (p.kind()) {
                case "script" -> "entry script";
                default -> (p.kind().equals("token") ? "token" : "utxo") + (p.input() == null ? " · new" : " · input")
                        + (p.ended() ? " · ended" : "");
            };
            lanes.add(new InterleavingDiagram.Lane(p.pid(), p.label(), p.kind(), subtitle));
        }
        Map<Long, Fn> functions = functions(layout);
        Symbols symbols = symbols(layout, trace, functions);
        Function<ProcessId, String> label = pid -> labels.getOrDefault(pid.value(), "#" + pid.value());
        HandleNames handles = pid -> labels.getOrDefault(pid, "#" + pid);
        Map<Integer, Location.TextLocation> locations = locations(trace, debugInfo, root);

        List<Step> order = trace.order();
        Map<Long, List<Word>> refs = new HashMap<>();
        Map<Integer, Long> building = new HashMap<>();
        Map<Integer, Deque<Fn>> frames = new HashMap<>();
        Map<Integer, Fn> awaiting = new HashMap<>();
        List<InterleavingDiagram.Act> acts = new ArrayList<>();
        List<InterleavingDiagram.Row> rows = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            Step step = order.get(i);
            int pid = step.pid().value();
            if (pid >= trace.operations().size() || step.index() >= trace.operations().get(pid).size()) {
                continue;
            }
            Op op = trace.operations().get(pid).op(step.index());
            Location.TextLocation where = locations.get(i);
            rows.add(new InterleavingDiagram.Row(i + 1, label.apply(step.pid()), InterleavingText.op(op, symbols, label), where));
            int from = laneOf.getOrDefault(pid, 0);
            String opText = InterleavingText.op(op, symbols, label);
            switch (op) {
                case Op.NewRef n -> {
                    refs.put(n.ref().value(), new ArrayList<>());
                    building.put(pid, n.ref().value());
                }
                case Op.RefPush p -> {
                    Long ref = building.get(pid);
                    if (ref != null && refs.containsKey(ref)) {
                        refs.get(ref).add(p.word());
                    }
                }
                case Op.RefWrite w -> {
                    List<Word> words = refs.get(w.ref().value());
                    if (words != null && w.offset() >= 0 && w.offset() < words.size()) {
                        words.set(w.offset(), w.word());
                    }
                }
                case Op.Enter e -> {
                    Fn fn = functions.get(e.fn().value());
                    Fn raised = awaiting.get(pid);
                    if (raised != null && fn != null && raised.name().equals(fn.name())) {
                        awaiting.remove(pid);
                    } else if (fn != null) {
                        frames.computeIfAbsent(pid, k -> new ArrayDeque<>()).push(fn);
                    }
                }
                case Op.Resume r -> {
                    Fn fn = functions.get(r.fn().value());
                    int to = laneOf.getOrDefault(r.target().value(), from);
                    if (fn != null && fn.kind() == FnKind.EFFECT) {
                        Deque<Fn> stack = frames.get(pid);
                        if (stack != null && !stack.isEmpty()) {
                            stack.pop();
                        }
                        String value = decode(refs, r.val(), List.of(fn.result()), handles);
                        acts.add(act(i, from, to, InterleavingDiagram.Kind.ANSWER, fn.shortName() + " = " + value, opText,
                                "answers " + fn.name() + " with " + value, where));
                    } else {
                        String args = fn == null ? "" : decode(refs, r.val(), fn.params(), handles);
                        String name = fn == null ? symbols.function(r.fn()) : fn.shortName();
                        acts.add(act(i, from, to, InterleavingDiagram.Kind.RESUME, name + "(" + args + ")", opText,
                                "calls " + (fn == null ? name : fn.name()) + "(" + args + ")", where));
                    }
                }
                case Op.Yield y -> {
                    Deque<Fn> stack = frames.get(pid);
                    Fn fn = stack == null || stack.isEmpty() ? null : stack.pop();
                    int to = laneOf.getOrDefault(nextOther(trace, order, i, pid), from);
                    boolean valued = fn != null && fn.kind() != FnKind.CONSTRUCTOR && !(fn.result() instanceof Type.Unit);
                    String value = valued ? decode(refs, y.val(), List.of(fn.result()), handles) : "";
                    String shown = fn == null || fn.kind() == FnKind.CONSTRUCTOR ? "yield" : valued ? "returns " + value : "returns";
                    acts.add(act(i, from, to, InterleavingDiagram.Kind.YIELD, shown, opText,
                            fn == null ? "yields" : "returns from " + fn.name() + (valued ? " with " + value : ""), where));
                }
                case Op.CallEffectHandler c -> {
                    Fn fn = functions.get(c.fn().value());
                    if (fn != null) {
                        awaiting.put(pid, fn);
                    }
                    int to = laneOf.getOrDefault(nextOther(trace, order, i, pid), from);
                    String args = fn == null ? "" : decode(refs, c.val(), fn.params(), handles);
                    String name = fn == null ? symbols.function(c.fn()) : fn.shortName();
                    acts.add(act(i, from, to, InterleavingDiagram.Kind.EFFECT, "raise " + name + "(" + args + ")", opText,
                            "raises " + (fn == null ? name : fn.name()) + "(" + args + "), handled by the process it goes to", where));
                }
                case Op.NewUtxo n -> acts.add(creation(trace, order, i, pid, n.id(), n.val(), from, laneOf, functions, refs, handles,
                        labels, opText, where));
                case Op.NewToken n -> acts.add(creation(trace, order, i, pid, n.id(), n.val(), from, laneOf, functions, refs, handles,
                        labels, opText, where));
                case Op.Bind b -> acts.add(act(i, from, laneOf.getOrDefault(b.owner().value(), from), InterleavingDiagram.Kind.BIND,
                        "bind", opText, labels.get(pid) + " is now owned by " + label.apply(b.owner()), where));
                case Op.Unbind u -> acts.add(act(i, from, laneOf.getOrDefault(u.token().value(), from), InterleavingDiagram.Kind.UNBIND,
                        "unbind", opText, label.apply(u.token()) + " is released by " + labels.get(pid), where));
                case Op.Burn b -> acts.add(act(i, from, from, InterleavingDiagram.Kind.BURN, "burn", opText,
                        labels.get(pid) + " ends: its input is spent without a continuation", where));
                case Op.Return r -> acts.add(act(i, from, from, InterleavingDiagram.Kind.RETURN, "return", opText,
                        "the entry script returns: the transaction ends", where));
                case Op.InstallHandler h -> acts.add(act(i, from, from, InterleavingDiagram.Kind.HANDLER,
                        "handles " + symbols.hash(h.iface()), opText, "installs a handler for " + symbols.hash(h.iface()), where));
                case Op.UninstallHandler h -> acts.add(act(i, from, from, InterleavingDiagram.Kind.HANDLER,
                        "stops handling " + symbols.hash(h.iface()), opText, "uninstalls its handler for " + symbols.hash(h.iface()),
                        where));
                default -> { }
            }
        }
        String title = trace.script() + "() · " + order.size() + " operations · " + processes.size() + " processes";
        return new InterleavingDiagram(title, lanes, acts, rows, text, !locations.isEmpty(), trace.failure() != null);
    }

    private static InterleavingDiagram.Act act(int step, int from, int to, InterleavingDiagram.Kind kind, String label, String op,
            String meaning, Location.@Nullable TextLocation where) {
        return new InterleavingDiagram.Act(step, from, to, kind, label, "step " + (step + 1) + ": " + op + "\n" + meaning, where);
    }

    private static InterleavingDiagram.Act creation(Trace trace, List<Step> order, int i, int pid, ProcessId created, RefId val,
            int from, Map<Integer, Integer> laneOf, Map<Long, Fn> functions, Map<Long, List<Word>> refs, HandleNames handles,
            Map<Integer, String> labels, String opText, Location.@Nullable TextLocation where) {
        // The constructor is the function of the creator's next Resume of the new process (A.9 T1, M2).
        Fn ctor = null;
        for (int j = i + 1; j < order.size() && ctor == null; j++) {
            Step s = order.get(j);
            if (s.pid().value() == pid && s.index() < trace.operations().get(pid).size()
                    && trace.operations().get(pid).op(s.index()) instanceof Op.Resume r && r.target().equals(created)) {
                ctor = functions.get(r.fn().value());
            }
        }
        String args = ctor == null ? "" : decode(refs, val, ctor.params(), handles);
        String name = labels.getOrDefault(created.value(), "#" + created.value());
        return act(i, from, laneOf.getOrDefault(created.value(), from), InterleavingDiagram.Kind.CREATE,
                "new " + (ctor == null ? name : ctor.name()) + "(" + args + ")", opText, "creates " + name, where);
    }

    /** The process of the next operation after {@code i} that is not {@code pid}'s: where control went. */
    private static int nextOther(Trace trace, List<Step> order, int i, int pid) {
        for (int j = i + 1; j < order.size(); j++) {
            if (order.get(j).pid().value() != pid) {
                return order.get(j).pid().value();
            }
        }
        return pid;
    }

    /** The values of {@code types} in ref {@code ref}, as literals; the raw lanes when they do not decode. */
    static String decode(Map<Long, List<Word>> refs, @Nullable RefId ref, List<Type> types, HandleNames handles) {
        if (ref == null) {
            return "?";
        }
        List<Word> words = refs.get(ref.value());
        if (words == null) {
            return ref.toString();
        }
        int need = ValueLayout.laneCount(types);
        int[] lanes = new int[words.size() * 4];
        for (int w = 0; w < words.size(); w++) {
            for (int l = 0; l < 4; l++) {
                lanes[4 * w + l] = words.get(w).bits(l);
            }
        }
        if (need > lanes.length) {
            return raw(lanes);
        }
        try {
            List<Value> values = ValueCodec.fromLanes(types, java.util.Arrays.copyOf(lanes, need));
            return values.stream().map(v -> ValueText.show(v, handles)).collect(Collectors.joining(", "));
        } catch (IllegalArgumentException e) {
            return raw(lanes);
        }
    }

    private static String raw(int[] lanes) {
        return java.util.Arrays.stream(lanes).mapToObj(Integer::toUnsignedString).collect(Collectors.joining(", ", "[", "]"));
    }

    /** Every function a transfer can name, by function id. */
    private static Map<Long, Fn> functions(ContractLayout layout) {
        Map<Long, Fn> fns = new HashMap<>();
        for (AbiLayout abi : layout.abis()) {
            for (AbiLayout.Member m : abi.methods()) {
                fns.put(m.functionId(), new Fn(abi.name() + "." + m.name(), m.name(), types(m.params()), m.result(), FnKind.METHOD));
            }
            for (AbiLayout.Member m : abi.effects()) {
                fns.put(m.functionId(), new Fn(abi.name() + "." + m.name(), m.name(), types(m.params()), m.result(), FnKind.EFFECT));
            }
        }
        for (ProcessTypeLayout type : layout.types()) {
            for (FunctionLayout f : type.constructors()) {
                fns.put(f.functionId(), new Fn(type.name() + "::" + f.name(), type.name() + "::" + f.name(), types(f.params()), f.result(),
                        FnKind.CONSTRUCTOR));
            }
            for (MethodLayout m : type.methods()) {
                String name = m.burn() ? type.name() + "::" + m.name() : m.abi() + "." + m.name();
                fns.putIfAbsent(m.functionId(), new Fn(name, m.name(), types(m.params()), m.result(), FnKind.METHOD));
            }
        }
        Type utxo = new Type.AnyUtxo();
        Type token = new Type.AnyToken();
        fns.put(Ids.functionId("Token.attach").value(), new Fn("Token.attach", "attach", List.of(utxo), Type.UNIT, FnKind.TOKEN));
        fns.put(Ids.functionId("Token.detach").value(), new Fn("Token.detach", "detach", List.of(utxo), Type.UNIT, FnKind.TOKEN));
        fns.put(Ids.functionId("$sys.unbind").value(), new Fn("$sys.unbind", "unbind", List.of(token), Type.UNIT, FnKind.TOKEN));
        return fns;
    }

    private static List<Type> types(List<ParamLayout> params) {
        return params.stream().map(ParamLayout::type).toList();
    }

    private static Symbols symbols(ContractLayout layout, Trace trace, Map<Long, Fn> functions) {
        Symbols.Builder symbols = Symbols.builder();
        functions.values().forEach(f -> symbols.function(f.name()));
        layout.abis().forEach(a -> symbols.abi(a.name()));
        for (Trace.TraceProcess p : trace.processes()) {
            symbols.program(p.contractName(), Hash.fromHex(p.contract()));
            symbols.process(new ProcessId(p.pid()), p.label());
        }
        return symbols.build();
    }

    /** The source location of each global step, from the statement steps of a debug run. */
    private static Map<Integer, Location.TextLocation> locations(Trace trace, @Nullable DebugInfo info, Path root) {
        Map<Integer, Location.TextLocation> where = new HashMap<>();
        if (info == null || trace.mode() != RunMode.DEBUG || trace.debugSteps().isEmpty()) {
            return where;
        }
        Map<Integer, Integer> statementOf = new HashMap<>();
        List<DebugStep> steps = trace.debugSteps();
        int next = 0;
        for (int i = 0; i < trace.order().size(); i++) {
            while (next < steps.size() && steps.get(next).step() <= i) {
                DebugStep s = steps.get(next++);
                if (s.kind() == DebugStep.Kind.STATEMENT) {
                    statementOf.put(s.pid(), s.id());
                }
            }
            Integer statement = statementOf.get(trace.order().get(i).pid().value());
            DebugInfo.Statement st = statement == null ? null : info.statement(statement).orElse(null);
            Location.TextLocation at = st == null ? null : at(root, st.file(), st.line(), st.column());
            if (at != null) {
                where.put(i, at);
            }
        }
        return where;
    }

    private static Location.@Nullable TextLocation at(Path root, String file, int line, int column) {
        try {
            Path absolute = root.resolve(file).normalize();
            return absolute.startsWith(root) ? Location.ofFile(root, absolute).at(Math.max(1, line), Math.max(1, column)) : null;
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
