package dev.starstream.studio.vm.interleaving;

import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.RefId;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Renders an interleaving as text, one line per operation: the global step (1-based), the process
 * label and the operation with its arguments and outputs, e.g.
 *
 * <pre>
 *    7  S1   Resume(U0, Meter.charge, r2) → (r3, U0)
 * </pre>
 *
 * A failed verdict ends with the offending operation and the broken rule. Used by
 * {@code studio run} and the debugger's interleaving view.
 */
public final class InterleavingText {
    private InterleavingText() {}

    /** The whole verdict: every executed step, then the violation if there is one. */
    public static String render(Verdict verdict, Symbols symbols) {
        StringBuilder out = new StringBuilder();
        Function<ProcessId, String> label = pid -> label(verdict.instance(), symbols, pid);
        int width = 4;
        for (ProcessId pid : allPids(verdict.instance())) {
            width = Math.max(width, label.apply(pid).length());
        }
        String row = "%4s  %-" + width + "s  %s%n";
        out.append(String.format(row, "step", "proc", "operation"));
        List<Step> order = verdict.order();
        for (int i = 0; i < order.size(); i++) {
            Step step = order.get(i);
            Op op = verdict.traces().get(step.pid().value()).op(step.index());
            out.append(String.format(row, i + 1, label.apply(step.pid()), op(op, symbols, label)));
        }
        Violation v = verdict.violation();
        if (v != null) {
            if (v.opIndex() >= 0 && v.pid() != null && v.pid().value() < verdict.traces().size()
                    && v.opIndex() < verdict.traces().get(v.pid().value()).size()) {
                Op op = verdict.traces().get(v.pid().value()).op(v.opIndex());
                out.append(String.format(row, "✗" + (v.step() + 1), label.apply(v.pid()), op(op, symbols, label)));
            }
            out.append("rejected: ").append(v.error()).append(" (rule ").append(v.rule().number()).append(")");
            if (v.opIndex() < 0 && v.pid() != null) {
                out.append(" at the end, about ").append(label.apply(v.pid()));
            }
            out.append(": ").append(v.message()).append(System.lineSeparator());
        }
        return out.toString();
    }

    /** The default label of a process: its kind's letter and its pid ({@code U0}, {@code T1}, {@code S2}). */
    public static String label(InterleavingInstance instance, Symbols symbols, ProcessId pid) {
        String named = symbols.processes().get(pid);
        if (named != null) {
            return named;
        }
        if (pid.value() >= instance.size() || pid.value() >= instance.isUtxo().size()
                || pid.value() >= instance.isToken().size()) {
            return "#" + pid.value();
        }
        return instance.kind(pid).letter() + pid.value();
    }

    /** One operation with its arguments and outputs, pids shown through {@code label}. */
    public static String op(Op op, Symbols symbols, Function<ProcessId, String> label) {
        return switch (op) {
            case Op.Resume r -> "Resume(" + label.apply(r.target()) + ", " + symbols.function(r.fn()) + ", " + r.val()
                    + ") → (" + ref(r.ret()) + ", " + pid(r.caller(), label) + ")";
            case Op.Yield y -> "Yield(" + y.val() + ")";
            case Op.NewUtxo n -> "NewUtxo(" + symbols.hash(n.programHash()) + ", " + n.val() + ") → "
                    + label.apply(n.id());
            case Op.NewToken n -> "NewToken(" + symbols.hash(n.programHash()) + ", " + n.val() + ") → "
                    + label.apply(n.id());
            case Op.NewCoord n -> "NewCoord(" + symbols.hash(n.programHash()) + ", " + n.val() + ") → "
                    + label.apply(n.id());
            case Op.InstallHandler i -> "InstallHandler(" + symbols.hash(i.iface()) + ")";
            case Op.UninstallHandler u -> "UninstallHandler(" + symbols.hash(u.iface()) + ")";
            case Op.GetHandlerFor g -> "GetHandlerFor(" + symbols.hash(g.iface()) + ") → " + label.apply(g.handler());
            case Op.Burn b -> "Burn";
            case Op.Activation a -> "Activation() → (" + a.val() + ", " + label.apply(a.caller()) + ")";
            case Op.Init i -> "Init() → (" + i.val() + ", " + label.apply(i.caller()) + ")";
            case Op.NewRef n -> "NewRef(" + n.size() + ") → " + n.ref();
            case Op.RefPush p -> "RefPush" + p.word();
            case Op.RefGet g -> "RefGet(" + g.ref() + ", " + g.offset() + ") → " + g.word();
            case Op.RefWrite w -> "RefWrite(" + w.ref() + ", " + w.offset() + ", " + w.word() + ")";
            case Op.Bind b -> "Bind(" + label.apply(b.owner()) + ")";
            case Op.Unbind u -> "Unbind(" + label.apply(u.token()) + ")";
            case Op.ProgramHash h -> "ProgramHash(" + label.apply(h.target()) + ") → " + symbols.hash(h.hash());
            case Op.Return r -> "Return";
            case Op.CallEffectHandler c -> "CallEffectHandler(" + symbols.hash(c.iface()) + ", "
                    + symbols.function(c.fn()) + ", " + c.val() + ") → " + ref(c.ret());
            case Op.Enter e -> "Enter(" + symbols.function(e.fn()) + ")";
        };
    }

    private static String ref(@Nullable RefId ref) {
        return ref == null ? "?" : ref.toString();
    }

    private static String pid(@Nullable ProcessId pid, Function<ProcessId, String> label) {
        return pid == null ? "?" : label.apply(pid);
    }

    private static List<ProcessId> allPids(InterleavingInstance instance) {
        return IntStream.range(0, instance.size()).mapToObj(ProcessId::new).toList();
    }
}
