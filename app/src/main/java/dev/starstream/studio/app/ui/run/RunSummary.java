package dev.starstream.studio.app.ui.run;

import dev.starstream.studio.app.run.StateDecoder;
import dev.starstream.studio.editor.services.location.Location;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One run as the Run Output panel shows it: what ran, how it ended (with reason, message and a
 * source link), the process stack at a failure, events, the utxos it created, continued, referenced,
 * spent or burned (storage decoded), and gas in total and per process.
 */
public record RunSummary(
        String configuration,
        String target,
        Status status,
        String headline,
        String message,
        Location.@Nullable TextLocation location,
        String result,
        List<StackRow> stack,
        List<EventRow> events,
        List<UtxoRow> utxos,
        List<DiagnosticRow> diagnostics,
        long gas,
        long gasLimit,
        List<GasRow> gasByProcess,
        @Nullable String transaction) {

    public RunSummary {
        stack = List.copyOf(stack);
        events = List.copyOf(events);
        utxos = List.copyOf(utxos);
        diagnostics = List.copyOf(diagnostics);
        gasByProcess = List.copyOf(gasByProcess);
    }

    /** How the run ended. */
    public enum Status {
        COMMITTED,
        FAILED,
        COMPILE_ERROR,
        REFUSED
    }

    /** A process on the stack at a failure, innermost first. */
    public record StackRow(String process, String function, Location.@Nullable TextLocation location) {}

    /** An emitted event (not committed when the run failed). */
    public record EventRow(String name, String abi, String arguments, String process, Location.@Nullable TextLocation location) {}

    /** What became of a utxo or token. */
    public enum Fate {
        CREATED,
        CONTINUED,
        REFERENCE,
        BURNED,
        EPHEMERAL
    }

    /**
     * A utxo or token of the transaction: its fate, its id now (and before, for continued ones), type,
     * decoded storage, the ABIs it offers, its owner.
     */
    public record UtxoRow(
            Fate fate, @Nullable String id, @Nullable String before, String type, boolean token, List<StateDecoder.Field> storage,
            List<String> abis, @Nullable String owner, @Nullable String ownerType) {
        public UtxoRow {
            storage = List.copyOf(storage);
            abis = List.copyOf(abis);
        }
    }

    /** A compile diagnostic. */
    public record DiagnosticRow(String severity, String code, String message, Location.@Nullable TextLocation location) {}

    /** Gas one process used, and its share of the total. */
    public record GasRow(String process, long gas, double share) {}

    public boolean committed() {
        return status == Status.COMMITTED;
    }
}
