package dev.starstream.studio.ledger.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starstream.studio.vm.ledger.CoroutineId;
import dev.starstream.studio.vm.ledger.UtxoEntry;
import dev.starstream.studio.vm.ledger.UtxoId;
import dev.starstream.studio.vm.ledger.UtxoKind;
import dev.starstream.studio.vm.ledger.UtxoState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** How ledger values are written into and read from table columns (hex text, JSON text, lower-case kinds). */
public final class Rows {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private Rows() {}

    public static String kind(UtxoKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static UtxoKind kind(String text) throws SQLException {
        return switch (text) {
            case "utxo" -> UtxoKind.UTXO;
            case "token" -> UtxoKind.TOKEN;
            default -> throw new SQLException("unknown utxo kind \"" + text + "\"");
        };
    }

    public static String fate(dev.starstream.studio.vm.ledger.InputFate fate) {
        return fate.name().toLowerCase(Locale.ROOT);
    }

    /** The words as a JSON array of unsigned numbers, e.g. {@code [0,1,15,0]}. */
    public static String words(UtxoState state) {
        StringBuilder text = new StringBuilder("[");
        int[] words = state.words();
        for (int i = 0; i < words.length; i++) {
            text.append(i == 0 ? "" : ",").append(Integer.toUnsignedString(words[i]));
        }
        return text.append(']').toString();
    }

    static int[] words(String json) throws SQLException {
        try {
            long[] unsigned = JSON.readValue(json, long[].class);
            int[] words = new int[unsigned.length];
            for (int i = 0; i < unsigned.length; i++) {
                if (unsigned[i] < 0 || unsigned[i] > 0xFFFF_FFFFL) {
                    throw new SQLException("storage word " + i + " is not a u32: " + unsigned[i]);
                }
                words[i] = (int) unsigned[i];
            }
            return words;
        } catch (JsonProcessingException e) {
            throw new SQLException("storage words that are not a JSON array of numbers: " + e.getOriginalMessage(), e);
        }
    }

    public static String strings(List<String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }

    static List<String> strings(String json) throws SQLException {
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new SQLException("a list of names that is not a JSON array of strings: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * A utxo entry from a row with the columns id, kind, words, abis, coroutine and owner (the
     * {@code live_utxos} view's names). Values that do not parse raise {@link SQLException}.
     */
    static UtxoEntry entry(ResultSet row) throws SQLException {
        try {
            UtxoId id = UtxoId.parse(row.getString("id"));
            UtxoState state = new UtxoState(kind(row.getString("kind")), words(row.getString("words")));
            CoroutineId coroutine = CoroutineId.parse(row.getString("coroutine"));
            String owner = row.getString("owner");
            return new UtxoEntry(id, state, coroutine, strings(row.getString("abis")),
                    owner == null ? null : CoroutineId.parse(owner));
        } catch (IllegalArgumentException e) {
            throw new SQLException("a utxo row that does not parse: " + e.getMessage(), e);
        }
    }
}
