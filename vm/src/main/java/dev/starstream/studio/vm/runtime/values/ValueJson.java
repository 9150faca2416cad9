package dev.starstream.studio.vm.runtime.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Values as JSON (RUNTIME A.11): integers exact (u64 too), bool, unit → {@code null}, tuple → array,
 * struct → object in field order, unit variant → {@code "Color::Red"}, tuple variant →
 * {@code {"Option::Some":[5]}}, struct variant → {@code {"Shape::Rect":{"w":1,"h":2}}}, handle → its
 * UtxoId string (through {@link HandleNames}).
 */
public final class ValueJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ValueJson() {}

    public static JsonNode toJson(Value value, HandleNames handles) {
        return switch (value) {
            case Value.Int i -> number(i);
            case Value.Bool b -> NODES.booleanNode(b.value());
            case Value.Unit u -> NODES.nullNode();
            case Value.Tuple t -> array(t.elements(), handles);
            case Value.Struct s -> {
                ObjectNode object = NODES.objectNode();
                for (int i = 0; i < s.fields().size(); i++) {
                    object.set(s.type().fields().get(i).name(), toJson(s.fields().get(i), handles));
                }
                yield object;
            }
            case Value.Variant v -> switch (v.variant().kind()) {
                case UNIT -> NODES.textNode(v.qualifiedName());
                case TUPLE -> NODES.objectNode().set(v.qualifiedName(), array(v.payload(), handles));
                case STRUCT -> {
                    ObjectNode fields = NODES.objectNode();
                    for (int i = 0; i < v.payload().size(); i++) {
                        fields.set(v.variant().payload().get(i).name(), toJson(v.payload().get(i), handles));
                    }
                    yield NODES.objectNode().set(v.qualifiedName(), fields);
                }
            };
            case Value.Handle h -> NODES.textNode(handles.name(h.pid()));
            case Value.InputRef r -> NODES.textNode(r.id().toString());
        };
    }

    /** The node Jackson itself reads this number into (int, long or big integer), so trees compare equal after a round trip. */
    private static JsonNode number(Value.Int i) {
        if (!i.kind().signed() && i.bits() < 0) {
            return NODES.numberNode(i.value());
        }
        long bits = i.bits();
        return bits == (int) bits ? NODES.numberNode((int) bits) : NODES.numberNode(bits);
    }

    /** An argument list as a JSON array. */
    public static ArrayNode array(List<Value> values, HandleNames handles) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(v -> array.add(toJson(v, handles)));
        return array;
    }
}
