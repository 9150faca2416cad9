package dev.starstream.studio.vm.ledger;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * A list of u32 lanes (RUNTIME A.9 P3): the flattened arguments of an intent. Stored as the i32 bit
 * patterns; JSON shows them as unsigned numbers.
 */
public record Lanes(int[] values) {
    public static final Lanes EMPTY = new Lanes(new int[0]);

    public Lanes {
        values = values.clone();
    }

    public static Lanes of(int... values) {
        return new Lanes(values);
    }

    @Override
    public int[] values() {
        return values.clone();
    }

    public int size() {
        return values.length;
    }

    public int get(int index) {
        return values[index];
    }

    @JsonCreator
    static Lanes fromJson(long[] unsigned) {
        int[] values = new int[unsigned.length];
        for (int i = 0; i < unsigned.length; i++) {
            if (unsigned[i] < 0 || unsigned[i] > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("lane " + i + " is not a u32: " + unsigned[i]);
            }
            values[i] = (int) unsigned[i];
        }
        return new Lanes(values);
    }

    @JsonValue
    long[] toJson() {
        return Arrays.stream(values).mapToLong(Integer::toUnsignedLong).toArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Lanes that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return Arrays.toString(toJson());
    }
}
