package dev.starstream.studio.app.ui.run;

import dev.starstream.studio.app.run.RunConfiguration;
import dev.starstream.studio.app.run.RunOutcome;
import dev.starstream.studio.app.run.StateDecoder;
import dev.starstream.studio.editor.services.location.Location;
import dev.starstream.studio.vm.lang.diag.Diagnostic;
import dev.starstream.studio.vm.lang.syntax.Position;
import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.ledger.TransitionPlan;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoId;
import dev.starstream.studio.vm.runtime.OutputReport;
import dev.starstream.studio.vm.runtime.SourceLocation;
import dev.starstream.studio.vm.runtime.Trace;
import dev.starstream.studio.vm.runtime.TransactionResult;
import dev.starstream.studio.vm.runtime.TxFailure;
import dev.starstream.studio.vm.runtime.values.HandleNames;
import dev.starstream.studio.vm.runtime.values.Value;
import dev.starstream.studio.vm.runtime.values.ValueText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Builds the {@link RunSummary} of a {@link RunOutcome} (no toolkit: tested as plain code). */
public final class RunSummaries {
    private RunSummaries() {}

    /** @param root the workspace, against which source locations (relative paths) resolve */
    public static RunSummary of(RunConfiguration configuration, RunOutcome outcome, Path root) {
        String target = configuration.target();
        return switch (outcome) {
            case RunOutcome.Refused refused -> new RunSummary(configuration.name(), target, RunSummary.Status.REFUSED,
                    "Not run", refused.message(), null, "", List.of(), List.of(), List.of(), List.of(), 0,
                    configuration.gasLimit(), List.of(), null);
            case RunOutcome.CompileFailed failed -> compileFailed(configuration, failed, root);
            case RunOutcome.Ran ran -> ran(configuration, ran, root);
        };
    }

    private static RunSummary compileFailed(RunConfiguration configuration, RunOutcome.CompileFailed failed, Path root) {
        List<RunSummary.DiagnosticRow> rows = new ArrayList<>();
        for (Diagnostic d : failed.diagnostics()) {
            Position start = d.location().start();
            rows.add(new RunSummary.DiagnosticRow(d.severity().name().toLowerCase(Locale.ROOT), d.code().code(), d.message(),
                    at(root, d.file().path(), start.line(), start.column())));
        }
        long errors = failed.diagnostics().stream().filter(Diagnostic::isError).count();
        RunSummary.DiagnosticRow first = rows.stream().filter(r -> r.severity().equals("error")).findFirst().orElse(null);
        return new RunSummary(configuration.name(), configuration.target(), RunSummary.Status.COMPILE_ERROR,
                failed.file() + " does not compile",
                errors + " error" + (errors == 1 ? "" : "s") + (first == null ? "" : ": " + first.message()),
                first == null ? null : first.location(), "", List.of(), List.of(), List.of(), rows, 0, configuration.gasLimit(),
                List.of(), null);
    }

    private static RunSummary ran(RunConfiguration configuration, RunOutcome.Ran ran, Path root) {
        TransactionResult result = ran.result();
        Trace trace = result.trace();
        Map<Integer, String> labels = new HashMap<>();
        trace.processes().forEach(p -> labels.put(p.pid(), p.label()));
        List<RunSummary.EventRow> events = new ArrayList<>();
        for (Trace.TraceEvent e : trace.events()) {
            SourceLocation where = e.location();
            events.add(new RunSummary.EventRow(e.name(), e.abi(), arguments(e.args()), labels.getOrDefault(e.pid(), "#" + e.pid()),
                    where == null ? null : at(root, where.file(), where.line(), where.column())));
        }
        List<RunSummary.GasRow> gas = new ArrayList<>();
        long used = Math.max(1, trace.gas().used());
        trace.gas().processes().forEach(p -> gas.add(new RunSummary.GasRow(p.label(), p.gas(), (double) p.gas() / used)));
        return switch (result) {
            case TransactionResult.Committed committed -> {
                ApplyResult.Committed applied = ran.applied();
                Map<Integer, UtxoId> ids = ids(committed, applied == null ? null : applied.plan());
                HandleNames names = HandleNames.of(ids);
                String shown = ValueText.show(committed.result(), names);
                yield new RunSummary(configuration.name(), configuration.target(), RunSummary.Status.COMMITTED,
                        "Committed", trace.script() + "() = " + shown, null, shown, List.of(), events,
                        utxos(committed, applied == null ? null : applied.plan(), ids, names), List.of(), trace.gas().used(),
                        trace.gas().limit(), gas, applied == null ? null : applied.txHash().toString());
            }
            case TransactionResult.Failed failed -> {
                TxFailure failure = failed.failure();
                SourceLocation where = failure.location();
                List<RunSummary.StackRow> stack = new ArrayList<>();
                for (TxFailure.StackFrame frame : failure.stack()) {
                    SourceLocation at = frame.location();
                    stack.add(new RunSummary.StackRow(frame.process(), function(frame.function()),
                            at == null ? null : at(root, at.file(), at.line(), at.column())));
                }
                String headline = "Failed: " + failure.reason() + (failure.code() == null ? "" : " " + failure.code())
                        + (failure.rule() == null ? "" : " (rule " + failure.rule() + ")");
                yield new RunSummary(configuration.name(), configuration.target(), RunSummary.Status.FAILED, headline,
                        failure.message(), where == null ? null : at(root, where.file(), where.line(), where.column()), "",
                        stack, events, List.of(), List.of(), trace.gas().used(), trace.gas().limit(), gas, null);
            }
        };
    }

    /** The UtxoIds the processes got on the ledger: inputs keep or change theirs, new outputs get new ones. */
    private static Map<Integer, UtxoId> ids(TransactionResult.Committed committed, @Nullable TransitionPlan plan) {
        Map<Integer, UtxoId> ids = new HashMap<>();
        if (plan == null) {
            return ids;
        }
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
        return ids;
    }

    private static List<RunSummary.UtxoRow> utxos(TransactionResult.Committed committed, @Nullable TransitionPlan plan,
            Map<Integer, UtxoId> ids, HandleNames names) {
        List<RunSummary.UtxoRow> rows = new ArrayList<>();
        for (OutputReport o : committed.outputs()) {
            UtxoId id = ids.get(o.pid());
            UtxoId before = o.input();
            RunSummary.Fate fate = switch (o.fate()) {
                case NEW -> RunSummary.Fate.CREATED;
                case CONTINUED -> RunSummary.Fate.CONTINUED;
                case REFERENCE -> RunSummary.Fate.REFERENCE;
                case BURNED -> RunSummary.Fate.BURNED;
                case EPHEMERAL -> RunSummary.Fate.EPHEMERAL;
            };
            List<StateDecoder.Field> storage = new ArrayList<>();
            for (Map.Entry<String, Value> field : o.storage().entrySet()) {
                storage.add(new StateDecoder.Field(field.getKey(),
                        dev.starstream.studio.vm.lang.types.Type.display(field.getValue().type()),
                        StateDecoder.show(field.getValue(), names), field.getValue()));
            }
            UtxoId owner = o.owner() == null ? null : ids.get(o.owner());
            String ownerType = o.owner() == null ? null : committed.outputs().stream().filter(p -> p.pid() == o.owner())
                    .map(OutputReport::type).findFirst().orElse(null);
            boolean live = o.fate().live();
            rows.add(new RunSummary.UtxoRow(fate, live && id != null ? id.toString() : null,
                    before == null || fate == RunSummary.Fate.REFERENCE ? null : before.toString(), o.type(), o.token(),
                    live ? storage : List.of(), o.abis(), owner == null ? null : owner.toString(), ownerType));
        }
        return rows;
    }

    /** An export name as people know the function: {@code locked#[method]utxo.claim} is {@code claim}. */
    static String function(String export) {
        int bracket = export.indexOf("#[");
        if (bracket < 0) {
            return export;
        }
        int close = export.indexOf(']', bracket);
        String rest = close < 0 ? export.substring(bracket + 2) : export.substring(close + 1);
        int dot = rest.lastIndexOf('.');
        return dot < 0 ? rest : rest.substring(dot + 1);
    }

    /** {@code [7, 15]} as {@code 7, 15}. */
    static String arguments(com.fasterxml.jackson.databind.JsonNode args) {
        List<String> parts = new ArrayList<>();
        args.forEach(a -> parts.add(a.isTextual() ? a.asText() : a.toString()));
        return String.join(", ", parts);
    }

    /** A text location in the workspace, or null when {@code file} is not under it. */
    static Location.@Nullable TextLocation at(Path root, String file, int line, int column) {
        try {
            Path absolute = root.resolve(file).normalize();
            if (!absolute.startsWith(root)) {
                return null;
            }
            return Location.ofFile(root, absolute).at(Math.max(1, line), Math.max(1, column));
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
