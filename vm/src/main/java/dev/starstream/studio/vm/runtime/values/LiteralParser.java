package dev.starstream.studio.vm.runtime.values;

import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.ledger.PublicKey;
import dev.starstream.studio.vm.ledger.UtxoId;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses one Starstream literal per entry-script parameter (RUNTIME A.11), directed by the
 * parameter's type: integers ({@code 42}, {@code -7}, {@code 0xff}, {@code 0o17}, {@code 0b101}, range
 * checked after the sign is applied), {@code true}/{@code false}, {@code ()}, tuples {@code (1, true)},
 * structs {@code Point { x: 1, y: 2 }} (fields in any order, each once), enum values
 * {@code Color::Red}, {@code Option::Some(3)}, {@code Shape::Rect { w: 1, h: 2 }}; utxo and token
 * parameters take UtxoIds ({@code <64 hex>:<nonce>}), {@code PublicKey} parameters also
 * {@code @walletKeyName} or 64 hex digits. Every error names what was expected, what was found and
 * the column.
 */
public final class LiteralParser {
    private final KeyResolver keys;

    public LiteralParser(KeyResolver keys) {
        this.keys = keys;
    }

    public LiteralParser() {
        this(KeyResolver.none());
    }

    /** The value of {@code type} written as {@code text}; {@link LiteralException} otherwise. */
    public Value parse(Type type, String text) {
        Scan scan = new Scan(text);
        Value value = value(type, scan);
        scan.skipSpace();
        if (!scan.atEnd()) {
            throw scan.error("unexpected `" + scan.rest() + "` after the " + Type.display(type) + " value");
        }
        return value;
    }

    /** Whether {@code type} is the standard {@code PublicKey} struct (A.6). */
    public static boolean isPublicKey(Type type) {
        return type instanceof Type.Struct s && s.name().equals("PublicKey") && s.fields().size() == 4
                && List.of("a", "b", "c", "d").equals(s.fields().stream().map(Type.Field::name).toList())
                && s.fields().stream().allMatch(f -> f.type().equals(Type.of(IntKind.U64)));
    }

    /** The {@code PublicKey} struct value of {@code key}. */
    public static Value publicKey(Type.Struct type, PublicKey key) {
        List<Value> limbs = new ArrayList<>();
        for (long limb : key.limbs()) {
            limbs.add(new Value.Int(IntKind.U64, limb));
        }
        return new Value.Struct(type, limbs);
    }

    private Value value(Type type, Scan scan) {
        scan.skipSpace();
        if (scan.atEnd()) {
            throw scan.error("expected a " + describe(type) + ", found the end of the argument");
        }
        if (isPublicKey(type)) {
            Optional<Value> key = publicKey((Type.Struct) type, scan);
            if (key.isPresent()) {
                return key.get();
            }
        }
        return switch (type) {
            case Type.Int i -> integer(i.kind(), scan);
            case Type.Bool b -> {
                int at = scan.column();
                String word = scan.word();
                yield switch (word) {
                    case "true" -> Value.Bool.TRUE;
                    case "false" -> Value.Bool.FALSE;
                    default -> throw scan.errorAt(at, "expected a bool (true or false), found `" + shown(word, scan) + "`");
                };
            }
            case Type.Unit u -> {
                scan.expect('(', "()");
                scan.skipSpace();
                scan.expect(')', "()");
                yield Value.Unit.INSTANCE;
            }
            case Type.Tuple t -> new Value.Tuple(t, list(t.elements(), scan, '(', ')', Type.display(t)));
            case Type.Struct s -> {
                int at = scan.column();
                String name = scan.word();
                if (!name.equals(s.name())) {
                    throw scan.errorAt(at, "expected a " + s.name() + " struct (`" + s.name() + " { … }`), found `"
                            + shown(name, scan) + "`");
                }
                yield new Value.Struct(s, fields(s.fields(), scan, s.name()));
            }
            case Type.Enum e -> variant(e, scan);
            case Type.Utxo u -> input(type, scan);
            case Type.AnyUtxo u -> input(type, scan);
            case Type.Token t -> input(type, scan);
            case Type.AnyToken t -> input(type, scan);
            case Type.Abi a -> input(type, scan);
            case Type.Function f -> throw scan.error(Type.display(type) + " cannot be given on the command line");
            case Type.Error x -> throw scan.error("the parameter's type is unknown (the program has errors)");
        };
    }

    private Optional<Value> publicKey(Type.Struct type, Scan scan) {
        int at = scan.column();
        if (scan.peek() == '@') {
            scan.advance();
            String name = scan.keyName();
            if (name.isEmpty()) {
                throw scan.errorAt(at, "expected a key name after `@`");
            }
            PublicKey key = keys.key(name).orElseThrow(() -> scan.errorAt(at, "no wallet key named `" + name + "`"));
            return Optional.of(publicKey(type, key));
        }
        String hex = scan.peekHex();
        if (hex.length() == 2 * PublicKey.LENGTH) {
            scan.skip(hex.length());
            return Optional.of(publicKey(type, PublicKey.fromHex(hex)));
        }
        if (hex.length() > 0) {
            throw scan.errorAt(at, "expected a PublicKey: @walletKey, 64 hex digits or `PublicKey { a: …, b: …, c: …, d: … }`"
                    + ", found " + hex.length() + " hex digits");
        }
        return Optional.empty();
    }

    private Value integer(IntKind kind, Scan scan) {
        int at = scan.column();
        boolean negative = false;
        if (scan.peek() == '-') {
            negative = true;
            scan.advance();
            scan.skipSpace();
        }
        String word = scan.word();
        if (word.isEmpty()) {
            throw scan.errorAt(at, "expected " + kind.typeName() + " (an integer), found `" + shown(scan.rest(), scan) + "`");
        }
        BigInteger magnitude = digits(word).orElseThrow(() -> scan.errorAt(at,
                "expected " + kind.typeName() + " (an integer), found `" + shown(word, scan) + "`"));
        BigInteger value = negative ? magnitude.negate() : magnitude;
        if (!kind.contains(value)) {
            throw scan.errorAt(at, (negative ? "-" : "") + word + " does not fit in " + kind.typeName() + " ("
                    + kind.min() + " to " + kind.max() + ")");
        }
        return new Value.Int(kind, value.longValue());
    }

    private static Optional<BigInteger> digits(String word) {
        int radix = 10;
        String body = word;
        if (word.startsWith("0x")) {
            radix = 16;
            body = word.substring(2);
        } else if (word.startsWith("0o")) {
            radix = 8;
            body = word.substring(2);
        } else if (word.startsWith("0b")) {
            radix = 2;
            body = word.substring(2);
        }
        if (body.isEmpty() || body.length() > 200) {
            return Optional.empty();
        }
        for (int i = 0; i < body.length(); i++) {
            if (Character.digit(body.charAt(i), radix) < 0) {
                return Optional.empty();
            }
        }
        return Optional.of(new BigInteger(body, radix));
    }

    private Value variant(Type.Enum e, Scan scan) {
        int at = scan.column();
        String name = scan.word();
        if (!name.equals(e.name())) {
            throw scan.errorAt(at, "expected a " + Type.display(e) + " value (`" + e.name() + "::Variant`), found `"
                    + shown(name, scan) + "`");
        }
        if (!scan.consume("::")) {
            throw scan.error("expected `::` and a variant of " + e.name() + " after `" + name + "`");
        }
        int variantAt = scan.column();
        String variantName = scan.word();
        int tag = e.tagOf(variantName);
        if (tag < 0) {
            throw scan.errorAt(variantAt, e.name() + " has no variant `" + shown(variantName, scan) + "` (it has "
                    + String.join(", ", e.variants().stream().map(Type.Variant::name).toList()) + ")");
        }
        Type.Variant v = e.variants().get(tag);
        String qualified = e.name() + "::" + v.name();
        return switch (v.kind()) {
            case UNIT -> new Value.Variant(e, tag, List.of());
            case TUPLE -> new Value.Variant(e, tag,
                    list(v.payload().stream().map(Type.Field::type).toList(), scan, '(', ')', qualified));
            case STRUCT -> new Value.Variant(e, tag, fields(v.payload(), scan, qualified));
        };
    }

    private List<Value> list(List<Type> types, Scan scan, char open, char close, String what) {
        scan.skipSpace();
        scan.expect(open, what);
        List<Value> values = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            if (i > 0) {
                scan.skipSpace();
                if (scan.peek() == close) {
                    throw scan.error(what + " takes " + types.size() + " values, found " + i);
                }
                scan.expect(',', what);
            }
            values.add(value(types.get(i), scan));
        }
        scan.skipSpace();
        if (scan.peek() == ',') {
            throw scan.error(what + " takes " + types.size() + " value" + (types.size() == 1 ? "" : "s") + ", found more");
        }
        scan.expect(close, what);
        return values;
    }

    private List<Value> fields(List<Type.Field> declared, Scan scan, String what) {
        scan.skipSpace();
        scan.expect('{', what);
        Value[] values = new Value[declared.size()];
        int given = 0;
        while (true) {
            scan.skipSpace();
            if (scan.peek() == '}') {
                scan.advance();
                break;
            }
            if (given > 0) {
                scan.expect(',', what);
                scan.skipSpace();
                if (scan.peek() == '}') {
                    scan.advance();
                    break;
                }
            }
            int at = scan.column();
            String name = scan.word();
            int index = indexOf(declared, name);
            if (index < 0) {
                throw scan.errorAt(at, what + " has no field `" + shown(name, scan) + "` (fields: "
                        + String.join(", ", declared.stream().map(Type.Field::name).toList()) + ")");
            }
            if (values[index] != null) {
                throw scan.errorAt(at, "field `" + name + "` of " + what + " is given twice");
            }
            scan.skipSpace();
            scan.expect(':', what + " field " + name);
            values[index] = value(declared.get(index).type(), scan);
            given++;
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw scan.error(what + " is missing field `" + declared.get(i).name() + "`");
            }
        }
        return List.of(values);
    }

    private static int indexOf(List<Type.Field> fields, String name) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static Value input(Type type, Scan scan) {
        int at = scan.column();
        String text = scan.utxoIdText();
        try {
            return new Value.InputRef(type, UtxoId.parse(text));
        } catch (IllegalArgumentException e) {
            throw scan.errorAt(at, "expected a " + Type.display(type) + " as a utxo id (<64 hex digits>:<nonce>), found `"
                    + shown(text.isEmpty() ? scan.rest() : text, scan) + "`: " + e.getMessage());
        }
    }

    private static String describe(Type type) {
        return Type.display(type) + " value";
    }

    private static String shown(String text, Scan scan) {
        String t = text.isEmpty() ? scan.rest() : text;
        return t.length() > 40 ? t.substring(0, 37) + "..." : t;
    }

    /** A cursor over the literal text. */
    private static final class Scan {
        private final String text;
        private int pos;

        Scan(String text) {
            this.text = text;
        }

        boolean atEnd() {
            return pos >= text.length();
        }

        char peek() {
            return atEnd() ? '\0' : text.charAt(pos);
        }

        void advance() {
            pos++;
        }

        void skip(int n) {
            pos += n;
        }

        String rest() {
            return text.substring(Math.min(pos, text.length()));
        }

        int column() {
            return text.codePointCount(0, Math.min(pos, text.length())) + 1;
        }

        void skipSpace() {
            while (!atEnd() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        boolean consume(String token) {
            skipSpace();
            if (text.startsWith(token, pos)) {
                pos += token.length();
                return true;
            }
            return false;
        }

        void expect(char c, String what) {
            if (peek() != c) {
                throw error("expected `" + c + "` in " + what + ", found "
                        + (atEnd() ? "the end of the argument" : "`" + shown(rest(), this) + "`"));
            }
            pos++;
        }

        /** An identifier or a number (letters, digits, underscores). */
        String word() {
            skipSpace();
            int start = pos;
            while (!atEnd() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
                pos++;
            }
            return text.substring(start, pos);
        }

        String keyName() {
            int start = pos;
            while (!atEnd() && (Character.isLetterOrDigit(text.charAt(pos)) || "_-.".indexOf(text.charAt(pos)) >= 0)) {
                pos++;
            }
            return text.substring(start, pos);
        }

        String peekHex() {
            int end = pos;
            while (end < text.length() && Character.digit(text.charAt(end), 16) >= 0) {
                end++;
            }
            boolean delimited = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
            return delimited ? text.substring(pos, end) : "";
        }

        String utxoIdText() {
            skipSpace();
            int start = pos;
            while (!atEnd() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == ':')) {
                pos++;
            }
            return text.substring(start, pos);
        }

        LiteralException error(String message) {
            return new LiteralException(message, column());
        }

        LiteralException errorAt(int column, String message) {
            return new LiteralException(message, column);
        }
    }
}
