package dev.starstream.studio.vm.interleaving.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.starstream.studio.vm.interleaving.Rule;
import dev.starstream.studio.vm.interleaving.op.FunctionId;
import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.RefId;
import dev.starstream.studio.vm.interleaving.op.Word;

/**
 * Jackson support for the interleaving types. Register {@link #module()} in any mapper that embeds
 * them (the runtime's trace does); {@link #newMapper()} is a mapper with it registered.
 *
 * <p>Forms: an operation is {@code {"op": name, …its components}} (unresolved outputs left out); a
 * pid or ref a number; a function id an exact unsigned number; a hash 64 hex digits; a word
 * {@code [l0, l1, l2, l3]}; a rule its number. Records ({@code InterleavingInstance},
 * {@code ProcessTrace}, {@code Step}, {@code Violation}, {@code Verdict}, {@code MachineSnapshot})
 * use their component names. Malformed input fails with a {@link JsonProcessingException} naming
 * the field.
 */
public final class InterleavingJson {
    private InterleavingJson() {}

    public static Module module() {
        SimpleModule module = new SimpleModule("starstream-interleaving");
        module.addSerializer(Op.class, new OpJson.Serializer());
        module.addDeserializer(Op.class, new OpJson.Deserializer());
        module.addSerializer(ProcessId.class, new ValueJson.PidSerializer());
        module.addDeserializer(ProcessId.class, new ValueJson.PidDeserializer());
        module.addSerializer(RefId.class, new ValueJson.RefSerializer());
        module.addDeserializer(RefId.class, new ValueJson.RefDeserializer());
        module.addSerializer(FunctionId.class, new ValueJson.FunctionSerializer());
        module.addDeserializer(FunctionId.class, new ValueJson.FunctionDeserializer());
        module.addSerializer(Hash.class, new ValueJson.HashSerializer());
        module.addDeserializer(Hash.class, new ValueJson.HashDeserializer());
        module.addKeySerializer(Hash.class, new ValueJson.HashKeySerializer());
        module.addKeyDeserializer(Hash.class, new ValueJson.HashKeyDeserializer());
        module.addSerializer(Word.class, new ValueJson.WordSerializer());
        module.addDeserializer(Word.class, new ValueJson.WordDeserializer());
        module.addSerializer(Rule.class, new ValueJson.RuleSerializer());
        module.addDeserializer(Rule.class, new ValueJson.RuleDeserializer());
        return module;
    }

    /** A fresh mapper with {@link #module()} registered; unknown fields are errors. */
    public static ObjectMapper newMapper() {
        return new ObjectMapper()
                .registerModule(module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    }
}
