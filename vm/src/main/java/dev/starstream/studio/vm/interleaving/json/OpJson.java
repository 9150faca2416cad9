package dev.starstream.studio.vm.interleaving.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.starstream.studio.vm.interleaving.op.FunctionId;
import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.RefId;
import dev.starstream.studio.vm.interleaving.op.Word;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * One operation as a JSON object: {@code "op"} is the operation's name, the other fields are its
 * record components ({@code {"op":"Resume","target":0,"fn":…,"val":2,"ret":3,"caller":0}}), an
 * unresolved output is left out. Values use {@link ValueJson}'s forms.
 */
final class OpJson {
    private OpJson() {}

    static final class Serializer extends StdSerializer<Op> {
        Serializer() {
            super(Op.class);
        }

        @Override
        public void serialize(Op op, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject();
            g.writeStringField("op", op.opcode().opName());
            switch (op) {
                case Op.Resume r -> {
                    pid(g, "target", r.target());
                    fn(g, "fn", r.fn());
                    ref(g, "val", r.val());
                    ref(g, "ret", r.ret());
                    pid(g, "caller", r.caller());
                }
                case Op.Yield y -> ref(g, "val", y.val());
                case Op.NewUtxo n -> creation(g, n.programHash(), n.val(), n.id());
                case Op.NewToken n -> creation(g, n.programHash(), n.val(), n.id());
                case Op.NewCoord n -> creation(g, n.programHash(), n.val(), n.id());
                case Op.InstallHandler i -> hash(g, "iface", i.iface());
                case Op.UninstallHandler u -> hash(g, "iface", u.iface());
                case Op.GetHandlerFor h -> {
                    hash(g, "iface", h.iface());
                    pid(g, "handler", h.handler());
                }
                case Op.Burn b -> { }
                case Op.Activation a -> {
                    ref(g, "val", a.val());
                    pid(g, "caller", a.caller());
                }
                case Op.Init i -> {
                    ref(g, "val", i.val());
                    pid(g, "caller", i.caller());
                }
                case Op.NewRef n -> {
                    g.writeNumberField("size", n.size());
                    ref(g, "ref", n.ref());
                }
                case Op.RefPush p -> word(g, p.word());
                case Op.RefGet r -> {
                    ref(g, "ref", r.ref());
                    g.writeNumberField("offset", r.offset());
                    word(g, r.word());
                }
                case Op.RefWrite w -> {
                    ref(g, "ref", w.ref());
                    g.writeNumberField("offset", w.offset());
                    word(g, w.word());
                }
                case Op.Bind b -> pid(g, "owner", b.owner());
                case Op.Unbind u -> pid(g, "token", u.token());
                case Op.ProgramHash h -> {
                    pid(g, "target", h.target());
                    hash(g, "hash", h.hash());
                }
                case Op.Return r -> { }
                case Op.CallEffectHandler c -> {
                    hash(g, "iface", c.iface());
                    fn(g, "fn", c.fn());
                    ref(g, "val", c.val());
                    ref(g, "ret", c.ret());
                }
                case Op.Enter e -> fn(g, "fn", e.fn());
            }
            g.writeEndObject();
        }

        private static void creation(JsonGenerator g, Hash hash, RefId val, ProcessId id) throws IOException {
            hash(g, "programHash", hash);
            ref(g, "val", val);
            pid(g, "id", id);
        }

        private static void pid(JsonGenerator g, String name, @Nullable ProcessId pid) throws IOException {
            if (pid != null) {
                g.writeNumberField(name, pid.value());
            }
        }

        private static void ref(JsonGenerator g, String name, @Nullable RefId ref) throws IOException {
            if (ref != null) {
                g.writeNumberField(name, ref.value());
            }
        }

        private static void fn(JsonGenerator g, String name, FunctionId fn) throws IOException {
            g.writeFieldName(name);
            ValueJson.writeUnsigned(g, fn.value());
        }

        private static void hash(JsonGenerator g, String name, Hash hash) throws IOException {
            g.writeStringField(name, hash.hex());
        }

        private static void word(JsonGenerator g, Word word) throws IOException {
            g.writeFieldName("word");
            ValueJson.writeWord(g, word);
        }
    }

    static final class Deserializer extends StdDeserializer<Op> {
        Deserializer() {
            super(Op.class);
        }

        @Override
        public Op deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            if (node == null || !node.isObject()) {
                throw ValueJson.bad(p, "an operation is a JSON object");
            }
            Fields f = new Fields(p, node);
            String name = f.text("op");
            try {
                return switch (name) {
                    case "Resume" -> new Op.Resume(f.pid("target"), f.fn("fn"), f.ref("val"), f.optRef("ret"),
                            f.optPid("caller"));
                    case "Yield" -> new Op.Yield(f.ref("val"));
                    case "NewUtxo" -> new Op.NewUtxo(f.hash("programHash"), f.ref("val"), f.pid("id"));
                    case "NewToken" -> new Op.NewToken(f.hash("programHash"), f.ref("val"), f.pid("id"));
                    case "NewCoord" -> new Op.NewCoord(f.hash("programHash"), f.ref("val"), f.pid("id"));
                    case "InstallHandler" -> new Op.InstallHandler(f.hash("iface"));
                    case "UninstallHandler" -> new Op.UninstallHandler(f.hash("iface"));
                    case "GetHandlerFor" -> new Op.GetHandlerFor(f.hash("iface"), f.pid("handler"));
                    case "Burn" -> new Op.Burn();
                    case "Activation" -> new Op.Activation(f.ref("val"), f.pid("caller"));
                    case "Init" -> new Op.Init(f.ref("val"), f.pid("caller"));
                    case "NewRef" -> new Op.NewRef(f.integer("size"), f.ref("ref"));
                    case "RefPush" -> new Op.RefPush(f.word("word"));
                    case "RefGet" -> new Op.RefGet(f.ref("ref"), f.integer("offset"), f.word("word"));
                    case "RefWrite" -> new Op.RefWrite(f.ref("ref"), f.integer("offset"), f.word("word"));
                    case "Bind" -> new Op.Bind(f.pid("owner"));
                    case "Unbind" -> new Op.Unbind(f.pid("token"));
                    case "ProgramHash" -> new Op.ProgramHash(f.pid("target"), f.hash("hash"));
                    case "Return" -> new Op.Return();
                    case "CallEffectHandler" -> new Op.CallEffectHandler(f.hash("iface"), f.fn("fn"), f.ref("val"),
                            f.optRef("ret"));
                    case "Enter" -> new Op.Enter(f.fn("fn"));
                    default -> throw ValueJson.bad(p, "unknown operation \"" + name + "\"");
                };
            } catch (IllegalArgumentException e) {
                throw ValueJson.bad(p, name + ": " + e.getMessage());
            }
        }
    }

    /** Reads the fields of one operation object, failing with the field's name. */
    private record Fields(JsonParser p, JsonNode node) {
        JsonNode get(String name) throws IOException {
            JsonNode v = node.get(name);
            if (v == null || v.isNull()) {
                throw ValueJson.bad(p, "missing field \"" + name + "\"");
            }
            return v;
        }

        String text(String name) throws IOException {
            JsonNode v = get(name);
            if (!v.isTextual()) {
                throw ValueJson.bad(p, "\"" + name + "\" is a string");
            }
            return v.asText();
        }

        long number(String name) throws IOException {
            JsonNode v = get(name);
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                throw ValueJson.bad(p, "\"" + name + "\" is an integer");
            }
            return v.asLong();
        }

        int integer(String name) throws IOException {
            long v = number(name);
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw ValueJson.bad(p, "\"" + name + "\" is out of range");
            }
            return (int) v;
        }

        ProcessId pid(String name) throws IOException {
            return new ProcessId(integer(name));
        }

        @Nullable ProcessId optPid(String name) throws IOException {
            return node.hasNonNull(name) ? pid(name) : null;
        }

        RefId ref(String name) throws IOException {
            return new RefId(number(name));
        }

        @Nullable RefId optRef(String name) throws IOException {
            return node.hasNonNull(name) ? ref(name) : null;
        }

        FunctionId fn(String name) throws IOException {
            return new FunctionId(ValueJson.readUnsigned(p, get(name)));
        }

        Hash hash(String name) throws IOException {
            return ValueJson.readHash(p, get(name));
        }

        Word word(String name) throws IOException {
            return ValueJson.readWord(p, get(name));
        }
    }
}
