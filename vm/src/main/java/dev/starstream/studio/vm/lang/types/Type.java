package dev.starstream.studio.vm.lang.types;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A Starstream type after resolution (LANGUAGE.md §3.1, with RUNTIME A.4 upcasts and A.6 standard
 * types). Records and enums are structural: {@code name} is the alias they were declared under
 * (for display and for layouts), equality of shape is decided by the checker's unifier
 * ({@link #sameShape}). Utxo, token and ABI types are nominal. Inference variables are the
 * checker's business and never escape a checked program. JSON: a {@code "kind"} property names the
 * record (contract layouts and debug info store types this way).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Type.Int.class, name = "int"),
    @JsonSubTypes.Type(value = Type.Bool.class, name = "bool"),
    @JsonSubTypes.Type(value = Type.Unit.class, name = "unit"),
    @JsonSubTypes.Type(value = Type.Tuple.class, name = "tuple"),
    @JsonSubTypes.Type(value = Type.Struct.class, name = "struct"),
    @JsonSubTypes.Type(value = Type.Enum.class, name = "enum"),
    @JsonSubTypes.Type(value = Type.Utxo.class, name = "utxo"),
    @JsonSubTypes.Type(value = Type.AnyUtxo.class, name = "anyUtxo"),
    @JsonSubTypes.Type(value = Type.Token.class, name = "token"),
    @JsonSubTypes.Type(value = Type.AnyToken.class, name = "anyToken"),
    @JsonSubTypes.Type(value = Type.Abi.class, name = "abi"),
    @JsonSubTypes.Type(value = Type.Function.class, name = "function"),
    @JsonSubTypes.Type(value = Type.Error.class, name = "error"),
})
public sealed interface Type {

    /**
     * An integer type. In JSON its kind is written {@code "int"} because {@code "kind"} names the
     * record (a tree cannot hold two {@code "kind"} keys).
     */
    record Int(@JsonProperty("int") IntKind kind) implements Type {}

    record Bool() implements Type {}

    record Unit() implements Type {}

    /** {@code (A, B, …)}, at least two elements. */
    record Tuple(List<Type> elements) implements Type {
        public Tuple {
            elements = List.copyOf(elements);
        }
    }

    /** A struct: field order is significant. {@code module} tells where it was declared (display, layouts). */
    record Struct(String name, String module, List<Field> fields) implements Type {
        public Struct {
            fields = List.copyOf(fields);
        }

        public Optional<Field> field(String fieldName) {
            return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
        }
    }

    record Field(String name, Type type) {}

    /** An enum, including the prelude's {@code Option<T>} and {@code Result<T, E>} (instantiated). */
    record Enum(String name, String module, List<Variant> variants) implements Type {
        public Enum {
            variants = List.copyOf(variants);
        }

        public Optional<Variant> variant(String variantName) {
            return variants.stream().filter(v -> v.name().equals(variantName)).findFirst();
        }

        public int tagOf(String variantName) {
            for (int i = 0; i < variants.size(); i++) {
                if (variants.get(i).name().equals(variantName)) {
                    return i;
                }
            }
            return -1;
        }
    }

    /** An enum variant: {@code UNIT}, a {@code TUPLE} payload, or a {@code STRUCT} payload (named fields). */
    record Variant(String name, PayloadKind kind, List<Field> payload) {
        public Variant {
            payload = List.copyOf(payload);
        }
    }

    enum PayloadKind {
        UNIT,
        TUPLE,
        STRUCT
    }

    /** A handle to a utxo of a named type (nominal). */
    record Utxo(String name, String module) implements Type {}

    /** {@code Utxo}: a handle to any utxo. Named utxo types upcast to it implicitly (A.4). */
    record AnyUtxo() implements Type {}

    /** A handle to a token of a named type (nominal). */
    record Token(String name, String module) implements Type {}

    /** {@code Token}: a handle to any token (the built-in ABI {@code Token}: attach, detach). */
    record AnyToken() implements Type {}

    /** An ABI used as a type: what {@code if x is Abi} narrows a handle to. */
    record Abi(String name, String module) implements Type {}

    /** A function type (not writable in source): plain fn, event, effect or runtime function. */
    record Function(@JsonProperty("function") FunctionKind kind, List<Param> params, Type result) implements Type {
        public Function {
            params = List.copyOf(params);
        }
    }

    record Param(String name, Type type, boolean pub) {}

    enum FunctionKind {
        FN("fn"),
        EVENT("event"),
        EFFECT("effect"),
        RUNTIME("runtime fn");

        private final String label;

        FunctionKind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where the checker could not decide (an error was reported); poisons nothing further. */
    record Error() implements Type {}

    Type UNIT = new Unit();
    Type BOOL = new Bool();
    Type ERROR = new Error();

    static Type.Int of(IntKind kind) {
        return new Int(kind);
    }

    /** The type as a user reads it: {@code u64}, {@code (bool, i8)}, {@code Option<u8>}, {@code fn(a: i64) -> bool}. */
    static String display(Type type) {
        return switch (type) {
            case Int i -> i.kind().typeName();
            case Bool b -> "bool";
            case Unit u -> "()";
            case Tuple t -> t.elements().stream().map(Type::display).collect(Collectors.joining(", ", "(", ")"));
            case Struct s -> s.name();
            case Enum e -> switch (e.name()) {
                case "Option" -> "Option<" + e.variant("Some").map(v -> display(v.payload().getFirst().type())).orElse("?") + ">";
                case "Result" -> "Result<" + e.variant("Ok").map(v -> display(v.payload().getFirst().type())).orElse("?") + ", "
                        + e.variant("Err").map(v -> display(v.payload().getFirst().type())).orElse("?") + ">";
                default -> e.name();
            };
            case Utxo u -> u.name();
            case AnyUtxo u -> "Utxo";
            case Token t -> t.name();
            case AnyToken t -> "Token";
            case Abi a -> a.name();
            case Function f -> (f.kind() == FunctionKind.FN ? "fn" : f.kind().label())
                    + f.params().stream().map(p -> (p.pub() ? "pub " : "") + p.name() + ": " + display(p.type()))
                            .collect(Collectors.joining(", ", "(", ")"))
                    + (f.result() instanceof Unit ? "" : " -> " + display(f.result()));
            case Error e -> "{unknown}";
        };
    }

    /**
     * Structural equality of shapes (LANGUAGE.md §3.4): records by field names, order and types;
     * enums by variant names, order and payloads; tuples by arity; ints by width; nominal types by
     * name and module. The alias names of structs and enums do not matter.
     */
    static boolean sameShape(Type a, Type b) {
        return switch (a) {
            case Struct s when b instanceof Struct t -> s.fields().size() == t.fields().size()
                    && java.util.stream.IntStream.range(0, s.fields().size()).allMatch(i ->
                            s.fields().get(i).name().equals(t.fields().get(i).name())
                                    && sameShape(s.fields().get(i).type(), t.fields().get(i).type()));
            case Enum e when b instanceof Enum f -> e.variants().size() == f.variants().size()
                    && java.util.stream.IntStream.range(0, e.variants().size()).allMatch(i -> {
                        Variant v = e.variants().get(i);
                        Variant w = f.variants().get(i);
                        return v.name().equals(w.name()) && v.kind() == w.kind() && v.payload().size() == w.payload().size()
                                && java.util.stream.IntStream.range(0, v.payload().size()).allMatch(j ->
                                        v.payload().get(j).name().equals(w.payload().get(j).name())
                                                && sameShape(v.payload().get(j).type(), w.payload().get(j).type()));
                    });
            case Tuple s when b instanceof Tuple t -> s.elements().size() == t.elements().size()
                    && java.util.stream.IntStream.range(0, s.elements().size())
                            .allMatch(i -> sameShape(s.elements().get(i), t.elements().get(i)));
            case Function f when b instanceof Function g -> f.kind() == g.kind() && f.params().size() == g.params().size()
                    && java.util.stream.IntStream.range(0, f.params().size())
                            .allMatch(i -> sameShape(f.params().get(i).type(), g.params().get(i).type()))
                    && sameShape(f.result(), g.result());
            default -> a.equals(b);
        };
    }
}
