package dev.starstream.studio.vm.runtime;

import dev.starstream.studio.vm.interleaving.ProcessTrace;
import dev.starstream.studio.vm.interleaving.Step;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a transaction run did (docs/design/vm-abi.md §11), immutable: the process table, every
 * process's interleaving operations and the global order, events, gas per process and function,
 * in debug mode the statement steps and variable writes, and the failure if there was one. Run mode
 * and debug mode give equal traces apart from {@link #debugSteps()} and the debug-only parts of events
 * ({@link #withoutDebugDetail()}). Pids are canonical: inputs, new outputs, then the entry script.
 */
public record Trace(
        int version,
        RunMode mode,
        String entryContract,
        String script,
        long blockHeight,
        long slot,
        List<TraceProcess> processes,
        List<ProcessTrace> operations,
        List<Step> order,
        List<TraceEvent> events,
        GasReport gas,
        List<DebugStep> debugSteps,
        @Nullable TxFailure failure) {

    public static final int VERSION = 1;

    public Trace {
        processes = List.copyOf(processes);
        operations = List.copyOf(operations);
        order = List.copyOf(order);
        events = List.copyOf(events);
        debugSteps = List.copyOf(debugSteps);
    }

    /** This trace as run mode would have recorded it: no debug steps, no statement ids on events, mode RUN. */
    public Trace withoutDebugDetail() {
        return new Trace(version, RunMode.RUN, entryContract, script, blockHeight, slot, processes, operations, order,
                events.stream().map(TraceEvent::withoutStatement).toList(), gas, List.of(), failure);
    }

    /** A process of the transaction. */
    public record TraceProcess(
            int pid,
            String kind,
            String contract,
            String contractName,
            @Nullable String type,
            String label,
            @Nullable String input,
            boolean ended) {}

    /**
     * An emitted event: the process, ABI and name, its arguments as A.11 JSON, the only call site of
     * the event in its module (when there is one: the same in both modes), in debug mode the statement
     * that emitted it and its location, and the number of operations executed before it.
     */
    public record TraceEvent(
            int pid,
            String abi,
            String name,
            com.fasterxml.jackson.databind.JsonNode args,
            @Nullable SourceLocation site,
            int statement,
            @Nullable SourceLocation statementLocation,
            long step) {
        public TraceEvent {
            args = args.deepCopy();
        }

        @Override
        public com.fasterxml.jackson.databind.JsonNode args() {
            return args.deepCopy();
        }

        /** The best location known: the statement (debug mode), else the unique call site. */
        public @Nullable SourceLocation location() {
            return statementLocation != null ? statementLocation : site;
        }

        TraceEvent withoutStatement() {
            return new TraceEvent(pid, abi, name, args, site, -1, null, step);
        }
    }

    /** Gas: the limit, what the run used, and per process (instructions, operations and host calls) and function. */
    public record GasReport(long limit, long used, List<ProcessGas> processes) {
        public GasReport {
            processes = List.copyOf(processes);
        }
    }

    /**
     * @param gas everything the process used: its instructions, and 100 per operation and host call
     * @param functions instruction gas per source function (see {@code LoadedContract#gasByFunction}),
     *     most expensive first
     */
    public record ProcessGas(int pid, String label, long gas, java.util.Map<String, Long> functions) {
        public ProcessGas {
            functions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(functions));
        }
    }
}
