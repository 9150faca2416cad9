package dev.starstream.studio.app.ui.ledger;

import java.util.List;

/**
 * One transaction in full: where it is, what ran, with which signatures, what it did to each input
 * and output, the events it emitted and its result.
 */
public record TransactionDetail(
        String hash, long blockHeight, int position, String verifiedBy, String contract, String script, long gas, long gasLimit,
        List<String> signatures, List<Io> io, List<Event> events, String result) {
    public TransactionDetail {
        signatures = List.copyOf(signatures);
        io = List.copyOf(io);
        events = List.copyOf(events);
    }

    /** An input (reference, continued, burned) or output (created, ephemeral) and its ids. */
    public record Io(String io, int position, String fate, String type, String before, String after) {}

    /** An emitted event and its arguments. */
    public record Event(String abi, String name, String arguments, int process) {}
}
