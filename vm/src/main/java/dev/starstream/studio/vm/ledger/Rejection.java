package dev.starstream.studio.vm.ledger;

/**
 * A transaction the ledger refused: a stable reason name ({@link RejectReason} names, or a rule name
 * of the interleaving checker such as {@code UtxoResumesUtxo}) and a message for people that says
 * which input, output or signature is at fault.
 */
public record Rejection(String reason, String message) {
    public static Rejection of(RejectReason reason, String message) {
        return new Rejection(reason.name(), message);
    }

    public boolean is(RejectReason expected) {
        return reason.equals(expected.name());
    }
}
