package dev.starstream.studio.vm.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.Map;

/**
 * The canonical binary encoding of a JSON tree (event arguments, script results): one tag byte, then
 * the content. Integers are exact (a u64 stays exact); object fields keep their order (a struct's
 * fields are in declaration order, A.11), so the encoder does not sort them. Tags: 0 null, 1 false,
 * 2 true, 3 integer (u32 length + two's-complement big-endian bytes), 4 decimal (string), 5 string,
 * 6 array (u32 count + items), 7 object (u32 count + (string key, item)…), 8 binary (bytes).
 */
public final class CanonicalJson {
    private static final int MAX_DEPTH = 256;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Jackson with its defaults: how ledgers write JSON text and read it back. */
    private static final ObjectMapper TEXT = new ObjectMapper();

    private CanonicalJson() {}

    /**
     * The tree as it reads back from its JSON text: binary nodes become base64 strings, nodes wrapping
     * objects become the objects' JSON, integers become the smallest of int, long and big-integer
     * nodes, other numbers double nodes, a missing node null. Ledgers keep trees in this form, so that
     * a tree stored or exported as text and read back is equal to it and has the same canonical
     * encoding (and digest). Returns {@code node} itself when it is already in this form.
     *
     * @throws IllegalArgumentException if the tree cannot be written as JSON (nested too deeply, or
     *     wrapping an object Jackson cannot serialise)
     */
    public static JsonNode textStable(JsonNode node) {
        if (node.isMissingNode()) {
            return NODES.nullNode();
        }
        if (isTextStable(node, 0)) {
            return node;
        }
        try {
            return TEXT.readTree(TEXT.writeValueAsBytes(node));
        } catch (java.io.IOException e) {
            String detail = e instanceof JsonProcessingException processing ? processing.getOriginalMessage() : e.getMessage();
            throw new IllegalArgumentException("a JSON tree that cannot be written as JSON text: " + detail, e);
        }
    }

    private static boolean isTextStable(JsonNode node, int depth) {
        if (depth > MAX_DEPTH) {
            return false;
        }
        return switch (node.getNodeType()) {
            case NULL, BOOLEAN, STRING -> true;
            case NUMBER -> node.isIntegralNumber()
                    ? node.getClass() == normalInteger(node.bigIntegerValue()).getClass()
                    : node.isDouble() && Double.isFinite(node.doubleValue());
            case ARRAY, OBJECT -> {
                for (JsonNode child : node) {
                    if (!isTextStable(child, depth + 1)) {
                        yield false;
                    }
                }
                yield true;
            }
            case BINARY, POJO, MISSING -> false;
        };
    }

    public static void write(CanonicalWriter out, JsonNode node) {
        write(out, node, 0);
    }

    private static void write(CanonicalWriter out, JsonNode node, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("JSON nested deeper than " + MAX_DEPTH + " levels");
        }
        switch (node.getNodeType()) {
            case NULL, MISSING -> out.u8(0);
            case BOOLEAN -> out.u8(node.booleanValue() ? 2 : 1);
            case NUMBER -> {
                if (node.isIntegralNumber()) {
                    out.u8(3).bytes(node.bigIntegerValue().toByteArray());
                } else {
                    out.u8(4).string(node.decimalValue().toString());
                }
            }
            case STRING -> out.u8(5).string(node.textValue());
            case ARRAY -> {
                out.u8(6).u32(node.size());
                for (JsonNode item : node) {
                    write(out, item, depth + 1);
                }
            }
            case OBJECT -> {
                out.u8(7).u32(node.size());
                for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = it.next();
                    out.string(field.getKey());
                    write(out, field.getValue(), depth + 1);
                }
            }
            case BINARY, POJO -> {
                try {
                    out.u8(8).bytes(node.binaryValue());
                } catch (java.io.IOException e) {
                    throw new IllegalArgumentException("a JSON value that is not plain data: " + node.getNodeType(), e);
                }
            }
        }
    }

    public static JsonNode read(CanonicalReader in) {
        return read(in, 0);
    }

    private static JsonNode read(CanonicalReader in, int depth) {
        if (depth > MAX_DEPTH) {
            throw in.fail("JSON nested deeper than " + MAX_DEPTH + " levels");
        }
        int tag = in.u8();
        return switch (tag) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.booleanNode(false);
            case 2 -> NODES.booleanNode(true);
            case 3 -> integer(in);
            case 4 -> decimal(in);
            case 5 -> NODES.textNode(in.string());
            case 6 -> {
                int count = in.count(1, "array items");
                ArrayNode array = NODES.arrayNode(count);
                for (int i = 0; i < count; i++) {
                    array.add(read(in, depth + 1));
                }
                yield array;
            }
            case 7 -> {
                int count = in.count(5, "object fields");
                ObjectNode object = NODES.objectNode();
                for (int i = 0; i < count; i++) {
                    String key = in.string();
                    if (object.has(key)) {
                        throw in.fail("an object with the field \"" + key + "\" twice");
                    }
                    object.set(key, read(in, depth + 1));
                }
                yield object;
            }
            case 8 -> NODES.binaryNode(in.bytes());
            default -> throw in.fail("unknown JSON tag " + tag);
        };
    }

    private static JsonNode integer(CanonicalReader in) {
        byte[] magnitude = in.bytes();
        if (magnitude.length == 0) {
            throw in.fail("an integer without bytes");
        }
        BigInteger value = new BigInteger(magnitude);
        if (!java.util.Arrays.equals(value.toByteArray(), magnitude)) {
            throw in.fail("an integer in a non-minimal encoding");
        }
        return normalInteger(value);
    }

    private static JsonNode decimal(CanonicalReader in) {
        String text = in.string();
        try {
            return com.fasterxml.jackson.databind.node.DecimalNode.valueOf(new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw in.fail("a decimal that is not a number: " + Hash32.abbreviate(text));
        }
    }

    /** The node Jackson's parser would build for this integer (int, long or big), so trees compare equal. */
    static JsonNode normalInteger(BigInteger value) {
        if (value.bitLength() < 32) {
            return NODES.numberNode(value.intValue());
        }
        if (value.bitLength() < 64) {
            return NODES.numberNode(value.longValue());
        }
        return NODES.numberNode(value);
    }
}
