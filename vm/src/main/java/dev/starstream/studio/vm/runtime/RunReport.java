package dev.starstream.studio.vm.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.starstream.studio.vm.contract.AbiLayout;
import dev.starstream.studio.vm.contract.ContractLayout;
import dev.starstream.studio.vm.contract.FunctionLayout;
import dev.starstream.studio.vm.contract.MethodLayout;
import dev.starstream.studio.vm.contract.ProcessTypeLayout;
import dev.starstream.studio.vm.interleaving.InterleavingInstance;
import dev.starstream.studio.vm.interleaving.InterleavingText;
import dev.starstream.studio.vm.interleaving.Step;
import dev.starstream.studio.vm.interleaving.Symbols;
import dev.starstream.studio.vm.interleaving.Verdict;
import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.ledger.TransitionPlan;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoId;
import dev.starstream.studio.vm.runtime.values.HandleNames;
import dev.starstream.studio.vm.runtime.values.Value;
import dev.starstream.studio.vm.runtime.values.ValueJson;
import dev.starstream.studio.vm.runtime.values.ValueText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A run as people and tools read it (RUNTIME A.11): {@link #json()} is exactly the object
 * {@code studio run --json} prints; {@link #text()} the human report (result, events, created and
 * spent utxos with decoded storage, gas, and the interleaving as a readable sequence). For a committed
 * run the ledger's {@link TransitionPlan} supplies the UtxoIds it assigned.
 */
public final class RunReport {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final TransactionResult result;
    private final @Nullable TransitionPlan plan;
    private final List<ContractLayout> layouts;
    private final Map<Integer, UtxoId> ids = new HashMap<>();

    /**
     * @param plan what the ledger did with a committed run (null when it was not applied)
     * @param layouts the layouts of the contracts the run touched (names for the interleaving listing)
     */
    public RunReport(TransactionResult result, @Nullable TransitionPlan plan, List<ContractLayout> layouts) {
        this.result = result;
        this.plan = plan;
        this.layouts = List.copyOf(layouts);
        if (result instanceof TransactionResult.Committed committed && plan != null) {
            int inputs = committed.transaction().intent().inputs().size();
            for (int i = 0; i < plan.inputs().size(); i++) {
                TransitionPlan.InputChange change = plan.inputs().get(i);
                ids.put(i, change.after() != null ? change.after().id() : change.before().id());
            }
            for (TransitionPlan.OutputChange output : plan.outputs()) {
                UtxoEntry created = output.created();
                if (created != null) {
                    ids.put(inputs + output.index(), created.id());
                }
            }
        }
    }

    private HandleNames names() {
        return HandleNames.of(ids);
    }

    // ------------------------------------------------------------------ JSON

    /** The A.11 object. */
    public ObjectNode json() {
        return switch (result) {
            case TransactionResult.Committed c -> committedJson(c);
            case TransactionResult.Failed f -> failedJson(f);
        };
    }

    private ObjectNode committedJson(TransactionResult.Committed c) {
        ObjectNode root = NODES.objectNode();
        root.put("status", "committed");
        root.set("result", ValueJson.toJson(c.result(), names()));
        root.set("events", events(c.trace()));
        ArrayNode outputs = root.putArray("outputs");
        for (OutputReport o : c.outputs()) {
            if (!o.fate().live()) {
                continue;
            }
            ObjectNode node = outputs.addObject();
            UtxoId id = ids.get(o.pid());
            node.put("id", id == null ? null : id.toString());
            node.put("contract", o.contract().hex());
            node.put("type", o.type());
            node.put("kind", o.fate().name().toLowerCase(java.util.Locale.ROOT));
            ObjectNode storage = node.putObject("storage");
            o.storage().forEach((field, value) -> storage.set(field, ValueJson.toJson(value, names())));
            ArrayNode abis = node.putArray("abis");
            o.abis().forEach(abis::add);
            UtxoId owner = o.owner() == null ? null : ids.get(o.owner());
            node.put("owner", owner == null ? null : owner.toString());
        }
        ArrayNode spent = root.putArray("spent");
        if (plan != null) {
            plan.spent().forEach(id -> spent.add(id.toString()));
        }
        root.put("gas", c.trace().gas().used());
        root.set("gasByProcess", gasByProcess(c.trace()));
        root.set("gasByFunction", gasByFunction(c.trace()));
        return root;
    }

    private ObjectNode failedJson(TransactionResult.Failed f) {
        TxFailure failure = f.failure();
        ObjectNode root = NODES.objectNode();
        root.put("status", "failed");
        root.put("reason", failure.reason());
        root.put("message", failure.message());
        SourceLocation at = failure.location();
        root.put("file", at == null ? null : at.file());
        if (at == null) {
            root.putNull("line");
            root.putNull("column");
        } else {
            root.put("line", at.line());
            root.put("column", at.column());
        }
        root.put("process", failure.pid() == null ? null : label(f.trace(), failure.pid()));
        if (failure.rule() != null) {
            root.put("rule", failure.rule());
        }
        if (failure.code() != null) {
            root.put("code", failure.code());
        }
        ArrayNode stack = root.putArray("stack");
        for (TxFailure.StackFrame frame : failure.stack()) {
            ObjectNode node = stack.addObject();
            node.put("process", frame.process());
            node.put("function", frame.function());
            node.put("file", frame.location() == null ? null : frame.location().file());
            if (frame.location() == null) {
                node.putNull("line");
            } else {
                node.put("line", frame.location().line());
            }
        }
        root.set("uncommittedEvents", events(f.trace()));
        root.put("gas", f.trace().gas().used());
        root.set("gasByProcess", gasByProcess(f.trace()));
        root.set("gasByFunction", gasByFunction(f.trace()));
        return root;
    }

    private static ArrayNode events(Trace trace) {
        ArrayNode events = NODES.arrayNode();
        for (Trace.TraceEvent e : trace.events()) {
            ObjectNode node = events.addObject();
            node.put("name", e.name());
            node.put("abi", e.abi());
            node.set("args", e.args());
            node.put("process", label(trace, e.pid()));
            SourceLocation at = e.location();
            node.put("file", at == null ? null : at.file());
            if (at == null) {
                node.putNull("line");
            } else {
                node.put("line", at.line());
            }
        }
        return events;
    }

    private static JsonNode gasByProcess(Trace trace) {
        ObjectNode node = NODES.objectNode();
        trace.gas().processes().forEach(p -> node.put(p.label(), p.gas()));
        return node;
    }

    /** Per process, the instruction gas of each source function (operations and host calls are not in it). */
    private static JsonNode gasByFunction(Trace trace) {
        ObjectNode node = NODES.objectNode();
        for (Trace.ProcessGas p : trace.gas().processes()) {
            ObjectNode functions = node.putObject(p.label());
            p.functions().forEach(functions::put);
        }
        return node;
    }

    private static String label(Trace trace, int pid) {
        return trace.processes().stream().filter(p -> p.pid() == pid).map(Trace.TraceProcess::label).findFirst()
                .orElse("#" + pid);
    }

    // ------------------------------------------------------------------ text

    /** The human report. */
    public String text() {
        StringBuilder out = new StringBuilder();
        switch (result) {
            case TransactionResult.Committed c -> {
                out.append("committed: ").append(c.trace().script()).append("() = ")
                        .append(ValueText.show(c.result(), names())).append('\n');
                appendEvents(out, c.trace(), "events");
                appendOutputs(out, c);
            }
            case TransactionResult.Failed f -> {
                out.append("failed: ").append(f.failure().describe()).append('\n');
                for (TxFailure.StackFrame frame : f.failure().stack()) {
                    out.append("  in ").append(frame.process()).append(' ').append(frame.function())
                            .append(frame.location() == null ? "" : " at " + frame.location()).append('\n');
                }
                appendEvents(out, f.trace(), "events (not committed)");
            }
        }
        Trace trace = result.trace();
        out.append("gas: ").append(trace.gas().used()).append(" of ").append(trace.gas().limit());
        List<String> parts = new ArrayList<>();
        trace.gas().processes().forEach(p -> parts.add(p.label() + " " + p.gas()));
        out.append(parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")").append('\n');
        appendGasByFunction(out, trace);
        if (!trace.order().isEmpty()) {
            out.append("interleaving:\n").append(interleaving());
        }
        return out.toString();
    }

    /** One line per process: its instructions by source function, then what its operations and host calls cost. */
    private static void appendGasByFunction(StringBuilder out, Trace trace) {
        int width = trace.gas().processes().stream().mapToInt(p -> p.label().length()).max().orElse(0);
        for (Trace.ProcessGas p : trace.gas().processes()) {
            List<String> parts = new ArrayList<>();
            p.functions().forEach((function, gas) -> parts.add(function + " " + gas));
            long instructions = p.functions().values().stream().mapToLong(Long::longValue).sum();
            if (p.gas() > instructions) {
                parts.add("operations and host calls " + (p.gas() - instructions));
            }
            if (!parts.isEmpty()) {
                out.append("  ").append(p.label()).append(" ".repeat(width - p.label().length())).append("  ")
                        .append(String.join(", ", parts)).append('\n');
            }
        }
    }

    private void appendEvents(StringBuilder out, Trace trace, String title) {
        if (trace.events().isEmpty()) {
            return;
        }
        out.append(title).append(":\n");
        for (Trace.TraceEvent e : trace.events()) {
            List<String> args = new ArrayList<>();
            e.args().forEach(a -> args.add(a.isTextual() ? a.asText() : a.toString()));
            out.append("  ").append(e.abi()).append('.').append(e.name()).append('(').append(String.join(", ", args)).append(')')
                    .append("  by ").append(label(trace, e.pid()))
                    .append(e.location() == null ? "" : " at " + e.location()).append('\n');
        }
    }

    private void appendOutputs(StringBuilder out, TransactionResult.Committed c) {
        List<String> created = new ArrayList<>();
        List<String> ended = new ArrayList<>();
        for (OutputReport o : c.outputs()) {
            UtxoId id = ids.get(o.pid());
            String what = o.type() + (o.token() ? " token" : "") + " " + (id == null ? "#" + o.pid() : id.toString());
            if (o.fate().live()) {
                StringBuilder line = new StringBuilder("  ").append(o.fate().name().toLowerCase(java.util.Locale.ROOT))
                        .append(' ').append(what).append(' ').append(storage(o.storage()));
                if (!o.abis().isEmpty()) {
                    line.append("  offers ").append(String.join(", ", o.abis()));
                }
                if (o.owner() != null) {
                    UtxoId owner = ids.get(o.owner());
                    line.append("  owned by ").append(owner == null ? "#" + o.owner() : owner.toString());
                }
                created.add(line.toString());
            } else {
                ended.add("  " + o.fate().name().toLowerCase(java.util.Locale.ROOT) + " " + o.type()
                        + (o.input() == null ? "" : " " + o.input()));
            }
        }
        if (!created.isEmpty()) {
            out.append("utxos:\n");
            created.forEach(l -> out.append(l).append('\n'));
        }
        if (!ended.isEmpty()) {
            out.append("ended:\n");
            ended.forEach(l -> out.append(l).append('\n'));
        }
    }

    private String storage(Map<String, Value> fields) {
        if (fields.isEmpty()) {
            return "{ }";
        }
        List<String> parts = new ArrayList<>();
        fields.forEach((k, v) -> parts.add(k + ": " + ValueText.show(v, names())));
        return "{ " + String.join(", ", parts) + " }";
    }

    /** The global interleaving, one line per operation, with names instead of ids. */
    public String interleaving() {
        Trace trace = result.trace();
        List<Hash> table = new ArrayList<>();
        List<Boolean> isUtxo = new ArrayList<>();
        List<Boolean> isToken = new ArrayList<>();
        int utxos = 0;
        for (Trace.TraceProcess p : trace.processes()) {
            table.add(Hash.fromHex(p.contract()));
            isUtxo.add(!p.kind().equals("script"));
            isToken.add(p.kind().equals("token"));
            utxos += p.kind().equals("script") ? 0 : 1;
        }
        List<ProcessId> none = new ArrayList<>();
        for (int i = 0; i < utxos; i++) {
            none.add(null);
        }
        InterleavingInstance instance = new InterleavingInstance(table, isUtxo, isToken, List.of(), 0, utxos,
                trace.processes().size() - utxos, none, none, new ProcessId(Math.max(0, trace.processes().size() - 1)),
                java.util.Collections.nCopies(utxos, false));
        Verdict verdict = new Verdict(instance, trace.operations(), trace.order(), null);
        return InterleavingText.render(verdict, symbols(trace));
    }

    private Symbols symbols(Trace trace) {
        Symbols.Builder symbols = Symbols.builder().function("Token.attach").function("Token.detach").function("$sys.unbind");
        for (ContractLayout layout : layouts) {
            for (AbiLayout abi : layout.abis()) {
                symbols.abi(abi.name());
                for (AbiLayout.Member m : abi.methods()) {
                    symbols.function(abi.name() + "." + m.name());
                }
                for (AbiLayout.Member m : abi.effects()) {
                    symbols.function(abi.name() + "." + m.name());
                }
            }
            for (ProcessTypeLayout type : layout.types()) {
                for (FunctionLayout f : type.constructors()) {
                    symbols.function(type.name() + "::" + f.name());
                }
                for (MethodLayout m : type.methods()) {
                    symbols.function(m.burn() ? type.name() + "::" + m.name() : m.abi() + "." + m.name());
                }
            }
        }
        for (Trace.TraceProcess p : trace.processes()) {
            symbols.program(p.contractName(), Hash.fromHex(p.contract()));
            symbols.process(new ProcessId(p.pid()), p.label());
        }
        return symbols.build();
    }

    /** The steps of the global order (for tools that draw it). */
    public List<Step> order() {
        return result.trace().order();
    }
}
