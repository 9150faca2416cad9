package dev.starstream.studio.vm.runtime.values;

import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.ledger.UtxoId;
import java.math.BigInteger;
import java.util.List;

/**
 * A Starstream value as the runtime sees it outside wasm: decoded from slots (wasm) or lanes (the
 * ref arena), shown to people ({@link ValueText}) and tools ({@link ValueJson}), parsed from the
 * command line ({@link LiteralParser}). Composite values carry their declared type so that they can be
 * encoded again (an enum's payload area depends on all its variants).
 */
public sealed interface Value {

    /** The value's type. */
    Type type();

    /**
     * An integer of {@code kind}, held as its 64-bit two's complement pattern, normalised: narrow
     * kinds sign- or zero-extended, {@code u64} as its raw bits.
     */
    record Int(IntKind kind, long bits) implements Value {
        public Int {
            bits = normalise(kind, bits);
        }

        public static Int of(IntKind kind, long bits) {
            return new Int(kind, bits);
        }

        /** The integer's mathematical value. */
        public BigInteger value() {
            return kind == IntKind.U64 && bits < 0 ? new BigInteger(Long.toUnsignedString(bits)) : BigInteger.valueOf(bits);
        }

        @Override
        public Type type() {
            return Type.of(kind);
        }

        /** Narrows {@code bits} to {@code kind}'s width and extends it back as the kind's signedness says. */
        static long normalise(IntKind kind, long bits) {
            return switch (kind) {
                case I8 -> (byte) bits;
                case I16 -> (short) bits;
                case I32 -> (int) bits;
                case U8 -> bits & 0xFFL;
                case U16 -> bits & 0xFFFFL;
                case U32 -> bits & 0xFFFF_FFFFL;
                case I64, U64 -> bits;
            };
        }
    }

    record Bool(boolean value) implements Value {
        public static final Bool TRUE = new Bool(true);
        public static final Bool FALSE = new Bool(false);

        public static Bool of(boolean value) {
            return value ? TRUE : FALSE;
        }

        @Override
        public Type type() {
            return Type.BOOL;
        }
    }

    record Unit() implements Value {
        public static final Unit INSTANCE = new Unit();

        @Override
        public Type type() {
            return Type.UNIT;
        }
    }

    record Tuple(Type.Tuple type, List<Value> elements) implements Value {
        public Tuple {
            elements = List.copyOf(elements);
            if (elements.size() != type.elements().size()) {
                throw new IllegalArgumentException("a " + Type.display(type) + " has " + type.elements().size()
                        + " elements, not " + elements.size());
            }
        }
    }

    /** A struct: field values in declaration order. */
    record Struct(Type.Struct type, List<Value> fields) implements Value {
        public Struct {
            fields = List.copyOf(fields);
            if (fields.size() != type.fields().size()) {
                throw new IllegalArgumentException("struct " + type.name() + " has " + type.fields().size()
                        + " fields, not " + fields.size());
            }
        }

        /** The value of the field called {@code name}. */
        public Value field(String name) {
            for (int i = 0; i < type.fields().size(); i++) {
                if (type.fields().get(i).name().equals(name)) {
                    return fields.get(i);
                }
            }
            throw new IllegalArgumentException("struct " + type.name() + " has no field " + name);
        }
    }

    /** An enum value: the variant with index {@code tag} and its payload values (in declaration order). */
    record Variant(Type.Enum type, int tag, List<Value> payload) implements Value {
        public Variant {
            payload = List.copyOf(payload);
            if (tag < 0 || tag >= type.variants().size()) {
                throw new IllegalArgumentException("enum " + type.name() + " has no variant " + tag);
            }
            if (payload.size() != type.variants().get(tag).payload().size()) {
                throw new IllegalArgumentException(type.name() + "::" + type.variants().get(tag).name() + " takes "
                        + type.variants().get(tag).payload().size() + " values, not " + payload.size());
            }
        }

        public Type.Variant variant() {
            return type.variants().get(tag);
        }

        /** {@code Enum::Variant}. */
        public String qualifiedName() {
            return type.name() + "::" + variant().name();
        }
    }

    /** A utxo or token handle inside a transaction: the process id (A.5b). */
    record Handle(Type type, int pid) implements Value {
        public Handle {
            if (!ValueLayout.isHandle(type)) {
                throw new IllegalArgumentException(Type.display(type) + " is not a handle type");
            }
            if (pid < 0) {
                throw new IllegalArgumentException("a pid is >= 0, got " + pid);
            }
        }
    }

    /**
     * A handle argument given as a ledger id, before the transaction has numbered its inputs (the
     * runtime replaces it by a {@link Handle} with the input's pid). Never encoded.
     */
    record InputRef(Type type, UtxoId id) implements Value {
        public InputRef {
            if (!ValueLayout.isHandle(type)) {
                throw new IllegalArgumentException(Type.display(type) + " is not a handle type");
            }
        }
    }
}
