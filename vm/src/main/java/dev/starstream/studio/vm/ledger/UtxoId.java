package dev.starstream.studio.vm.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Comparator;
import java.util.Optional;

/**
 * The ledger key of a utxo (B §3.1): the contract hash and a per-contract nonce the ledger assigned
 * (counting every UtxoId ever given to that contract's processes, not resumptions). A utxo whose state
 * changes gets a new UtxoId; its {@link CoroutineId} stays.
 *
 * <p>Text form (RUNTIME A.11, also its JSON form): {@code <64-hex contract hash>:<decimal nonce>}, the
 * nonce an unsigned 64-bit integer.
 */
public record UtxoId(Hash32 contractHash, long nonce) implements Comparable<UtxoId> {
    public UtxoId {
        java.util.Objects.requireNonNull(contractHash, "contractHash");
    }

    private static final Comparator<UtxoId> ORDER =
            Comparator.comparing(UtxoId::contractHash).thenComparing(UtxoId::nonce, Long::compareUnsigned);

    /** Parses the text form; throws {@link IllegalArgumentException} naming what is wrong. */
    @JsonCreator
    public static UtxoId parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("a utxo id is <64-hex contract hash>:<nonce>, and \""
                    + Hash32.abbreviate(text) + "\" has no ':'");
        }
        Hash32 hash = Hash32.tryParse(text.substring(0, colon)).orElseThrow(() -> new IllegalArgumentException(
                "the contract hash of a utxo id is 64 hexadecimal digits, not \""
                        + Hash32.abbreviate(text.substring(0, colon)) + "\""));
        String nonceText = text.substring(colon + 1);
        if (nonceText.isEmpty() || !nonceText.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(
                    "the nonce of a utxo id is a decimal number, not \"" + Hash32.abbreviate(nonceText) + "\"");
        }
        try {
            return new UtxoId(hash, Long.parseUnsignedLong(nonceText));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the nonce " + Hash32.abbreviate(nonceText) + " does not fit in 64 bits", e);
        }
    }

    /** Parses the text form, or empty. */
    public static Optional<UtxoId> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @JsonValue
    @Override
    public String toString() {
        return contractHash.hex() + ":" + Long.toUnsignedString(nonce);
    }

    @Override
    public int compareTo(UtxoId other) {
        return ORDER.compare(this, other);
    }
}
