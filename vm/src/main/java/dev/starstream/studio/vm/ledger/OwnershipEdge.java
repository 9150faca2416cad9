package dev.starstream.studio.vm.ledger;

/**
 * One entry of {@code ownership_out} (B §3.1): the token at output ref {@code token} is bound to the
 * utxo at output ref {@code owner}. An output ref indexes {@code inputs ++ newOutputs}. A token not
 * listed is unowned at the end of the transaction.
 */
public record OwnershipEdge(int token, int owner) {
    public OwnershipEdge {
        if (token < 0 || owner < 0) {
            throw new IllegalArgumentException("output refs are not negative: " + token + " -> " + owner);
        }
    }
}
