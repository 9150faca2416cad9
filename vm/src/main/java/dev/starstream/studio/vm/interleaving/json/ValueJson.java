package dev.starstream.studio.vm.interleaving.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.starstream.studio.vm.interleaving.Rule;
import dev.starstream.studio.vm.interleaving.op.FunctionId;
import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.RefId;
import dev.starstream.studio.vm.interleaving.op.Word;
import java.io.IOException;
import java.math.BigInteger;

/**
 * The JSON forms of the value types: a pid and a ref are numbers, a function id an exact unsigned
 * number (A.11: integers exact, even u64), a hash 64 hex digits (the digest bytes in order), a word
 * an array of four lanes, a rule its number.
 */
final class ValueJson {
    private static final BigInteger U64 = BigInteger.ONE.shiftLeft(64);

    private ValueJson() {}

    static JsonMappingException bad(JsonParser p, String message) {
        return JsonMappingException.from(p, message);
    }

    static void writeUnsigned(JsonGenerator g, long value) throws IOException {
        if (value >= 0) {
            g.writeNumber(value);
        } else {
            g.writeNumber(new BigInteger(Long.toUnsignedString(value)));
        }
    }

    static long readUnsigned(JsonParser p, JsonNode node) throws IOException {
        if (!node.isIntegralNumber()) {
            throw bad(p, "expected an unsigned 64-bit integer, got " + node);
        }
        BigInteger v = node.bigIntegerValue();
        if (v.signum() < 0 || v.compareTo(U64) >= 0) {
            throw bad(p, "expected an unsigned 64-bit integer, got " + v);
        }
        return v.longValue();
    }

    static void writeWord(JsonGenerator g, Word word) throws IOException {
        g.writeStartArray();
        for (int i = 0; i < 4; i++) {
            g.writeNumber(word.lane(i));
        }
        g.writeEndArray();
    }

    static Word readWord(JsonParser p, JsonNode node) throws IOException {
        if (!node.isArray() || node.size() != 4) {
            throw bad(p, "a word is an array of 4 lanes, got " + node);
        }
        long[] lanes = new long[4];
        for (int i = 0; i < 4; i++) {
            JsonNode lane = node.get(i);
            if (!lane.isIntegralNumber() || !lane.canConvertToLong()) {
                throw bad(p, "a lane is a u32, got " + lane);
            }
            lanes[i] = lane.asLong();
        }
        try {
            return new Word(lanes[0], lanes[1], lanes[2], lanes[3]);
        } catch (IllegalArgumentException e) {
            throw bad(p, e.getMessage());
        }
    }

    static Hash readHash(JsonParser p, JsonNode node) throws IOException {
        if (!node.isTextual()) {
            throw bad(p, "a hash is 64 hex digits, got " + node);
        }
        return parseHash(p, node.asText());
    }

    static Hash parseHash(JsonParser p, String text) throws IOException {
        try {
            return Hash.fromHex(text);
        } catch (IllegalArgumentException e) {
            throw bad(p, "a hash is 64 hex digits: " + e.getMessage());
        }
    }

    static final class PidSerializer extends StdSerializer<ProcessId> {
        PidSerializer() {
            super(ProcessId.class);
        }

        @Override
        public void serialize(ProcessId pid, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeNumber(pid.value());
        }
    }

    static final class PidDeserializer extends StdDeserializer<ProcessId> {
        PidDeserializer() {
            super(ProcessId.class);
        }

        @Override
        public ProcessId deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            if (!node.isIntegralNumber() || !node.canConvertToInt() || node.asInt() < 0) {
                throw bad(p, "a pid is an integer >= 0, got " + node);
            }
            return new ProcessId(node.asInt());
        }
    }

    static final class RefSerializer extends StdSerializer<RefId> {
        RefSerializer() {
            super(RefId.class);
        }

        @Override
        public void serialize(RefId ref, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeNumber(ref.value());
        }
    }

    static final class RefDeserializer extends StdDeserializer<RefId> {
        RefDeserializer() {
            super(RefId.class);
        }

        @Override
        public RefId deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            if (!node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < 0) {
                throw bad(p, "a ref is an integer >= 0, got " + node);
            }
            return new RefId(node.asLong());
        }
    }

    static final class FunctionSerializer extends StdSerializer<FunctionId> {
        FunctionSerializer() {
            super(FunctionId.class);
        }

        @Override
        public void serialize(FunctionId fn, JsonGenerator g, SerializerProvider provider) throws IOException {
            writeUnsigned(g, fn.value());
        }
    }

    static final class FunctionDeserializer extends StdDeserializer<FunctionId> {
        FunctionDeserializer() {
            super(FunctionId.class);
        }

        @Override
        public FunctionId deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            long v = readUnsigned(p, p.readValueAsTree());
            try {
                return new FunctionId(v);
            } catch (IllegalArgumentException e) {
                throw bad(p, e.getMessage());
            }
        }
    }

    static final class HashSerializer extends StdSerializer<Hash> {
        HashSerializer() {
            super(Hash.class);
        }

        @Override
        public void serialize(Hash hash, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeString(hash.hex());
        }
    }

    static final class HashDeserializer extends StdDeserializer<Hash> {
        HashDeserializer() {
            super(Hash.class);
        }

        @Override
        public Hash deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return readHash(p, p.readValueAsTree());
        }
    }

    static final class HashKeySerializer extends StdSerializer<Hash> {
        HashKeySerializer() {
            super(Hash.class);
        }

        @Override
        public void serialize(Hash hash, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeFieldName(hash.hex());
        }
    }

    static final class HashKeyDeserializer extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            return parseHash(ctxt.getParser(), key);
        }
    }

    static final class WordSerializer extends StdSerializer<Word> {
        WordSerializer() {
            super(Word.class);
        }

        @Override
        public void serialize(Word word, JsonGenerator g, SerializerProvider provider) throws IOException {
            writeWord(g, word);
        }
    }

    static final class WordDeserializer extends StdDeserializer<Word> {
        WordDeserializer() {
            super(Word.class);
        }

        @Override
        public Word deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return readWord(p, p.readValueAsTree());
        }
    }

    static final class RuleSerializer extends StdSerializer<Rule> {
        RuleSerializer() {
            super(Rule.class);
        }

        @Override
        public void serialize(Rule rule, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeNumber(rule.number());
        }
    }

    static final class RuleDeserializer extends StdDeserializer<Rule> {
        RuleDeserializer() {
            super(Rule.class);
        }

        @Override
        public Rule deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            if (!node.isIntegralNumber() || node.asInt() < 1 || node.asInt() > Rule.values().length) {
                throw bad(p, "a rule is its number 1.." + Rule.values().length + ", got " + node);
            }
            return Rule.number(node.asInt());
        }
    }
}
