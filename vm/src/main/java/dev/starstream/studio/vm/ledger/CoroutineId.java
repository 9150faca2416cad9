package dev.starstream.studio.vm.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The stable identity of a utxo across all its UtxoIds (B §3.1): the hash of the transaction that
 * created it and its index among that transaction's new outputs (ephemeral outputs keep their index,
 * A.5b). Token ownership is recorded between CoroutineIds, so it survives an owner's new UtxoId.
 *
 * <p>Text form (also its JSON form): {@code <64-hex creation tx hash>#<output index>}.
 */
public record CoroutineId(Hash32 creationTxHash, int outputIndex) implements Comparable<CoroutineId> {
    private static final Comparator<CoroutineId> ORDER =
            Comparator.comparing(CoroutineId::creationTxHash).thenComparingInt(CoroutineId::outputIndex);

    public CoroutineId {
        Objects.requireNonNull(creationTxHash, "creationTxHash");
        if (outputIndex < 0) {
            throw new IllegalArgumentException("an output index is not negative: " + outputIndex);
        }
    }

    /** Parses the text form; throws {@link IllegalArgumentException} naming what is wrong. */
    @JsonCreator
    public static CoroutineId parse(String text) {
        int mark = text.indexOf('#');
        if (mark < 0) {
            throw new IllegalArgumentException("a coroutine id is <64-hex transaction hash>#<output index>, and \""
                    + Hash32.abbreviate(text) + "\" has no '#'");
        }
        Hash32 hash = Hash32.tryParse(text.substring(0, mark)).orElseThrow(() -> new IllegalArgumentException(
                "the transaction hash of a coroutine id is 64 hexadecimal digits"));
        String index = text.substring(mark + 1);
        if (index.isEmpty() || index.length() > 9 || !index.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException(
                    "the output index of a coroutine id is a small decimal number, not \"" + Hash32.abbreviate(index) + "\"");
        }
        return new CoroutineId(hash, Integer.parseInt(index));
    }

    /** Parses the text form, or empty. */
    public static Optional<CoroutineId> tryParse(String text) {
        try {
            return Optional.of(parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @JsonValue
    @Override
    public String toString() {
        return creationTxHash.hex() + "#" + outputIndex;
    }

    @Override
    public int compareTo(CoroutineId other) {
        return ORDER.compare(this, other);
    }
}
