package dev.starstream.studio.vm.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Objects;

/**
 * A utxo's state on the ledger (RUNTIME A.8): its kind and its storage record, a list of u32 words.
 * Word 0 is the declaration index of the utxo/token type within its contract; word 1 is the yield
 * point k of a utxo (0 = main ended); then the storage fields and the spill slots. The ledger treats
 * the words as opaque except for comparing them (a continuation equal to its input is a reference
 * input) and checking that a continuation keeps its input's kind, type and length.
 *
 * <p>JSON: {@code {"kind":"UTXO","words":[0,1,15,0]}} with the words as unsigned numbers.
 */
public record UtxoState(UtxoKind kind, int[] words) {
    public UtxoState {
        Objects.requireNonNull(kind, "kind");
        words = words.clone();
        if (words.length == 0) {
            throw new IllegalArgumentException("a storage record has at least its type word");
        }
    }

    public static UtxoState utxo(int... words) {
        return new UtxoState(UtxoKind.UTXO, words);
    }

    public static UtxoState token(int... words) {
        return new UtxoState(UtxoKind.TOKEN, words);
    }

    /** A copy of the words. */
    @Override
    public int[] words() {
        return words.clone();
    }

    public int wordCount() {
        return words.length;
    }

    public int word(int index) {
        return words[index];
    }

    /** Word 0: the declaration index of the type in its contract. */
    public int typeIndex() {
        return words[0];
    }

    /** Word 1 of a utxo: the yield point it is suspended at (0 = ended); 0 when there is no word 1. */
    public int yieldPoint() {
        return words.length > 1 ? words[1] : 0;
    }

    @JsonIgnore
    public boolean isToken() {
        return kind == UtxoKind.TOKEN;
    }

    @JsonCreator
    static UtxoState fromJson(Json json) {
        int[] words = new int[json.words().length];
        for (int i = 0; i < words.length; i++) {
            long word = json.words()[i];
            if (word < 0 || word > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("storage word " + i + " is not a u32: " + word);
            }
            words[i] = (int) word;
        }
        return new UtxoState(json.kind(), words);
    }

    @JsonValue
    Json toJson() {
        return new Json(kind, Arrays.stream(words).mapToLong(Integer::toUnsignedLong).toArray());
    }

    /** The JSON shape: words as unsigned numbers. */
    record Json(UtxoKind kind, long[] words) {}

    @Override
    public boolean equals(Object other) {
        return other instanceof UtxoState that && kind == that.kind && Arrays.equals(words, that.words);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(kind == UtxoKind.TOKEN ? "token[" : "utxo[");
        for (int i = 0; i < words.length; i++) {
            text.append(i == 0 ? "" : ", ").append(Integer.toUnsignedString(words[i]));
        }
        return text.append(']').toString();
    }
}
