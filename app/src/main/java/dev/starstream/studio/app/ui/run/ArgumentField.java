package dev.starstream.studio.app.ui.run;

import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.runtime.values.LiteralParser;
import dev.starstream.studio.vm.runtime.values.Value;
import dev.starstream.studio.vm.runtime.values.ValueLayout;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.jspecify.annotations.Nullable;

/**
 * One input of a run configuration's argument form, generated from a parameter's type: integers
 * (range checked), bools, unit, tuples and structs (nested fields), enums (a variant and its
 * payload), utxo and token handles (a selector, with the ledger's live utxos of that type to pick
 * from) and public keys (a wallet key or 64 hex digits). Every field gives the Starstream literal it
 * stands for and, when it cannot, why.
 */
public sealed interface ArgumentField {
    Type type();

    /** The literal the field stands for now (what the configuration saves). */
    String literal();

    /** Why the field's input is not a value of its type, or null when it is. */
    @Nullable String problem();

    /** Fills the field from a value (the saved literal, parsed). */
    void load(Value value);

    /** The observables whose change can change {@link #literal()} and {@link #problem()}. */
    List<ObservableValue<?>> dependencies();

    /** A labelled sub-field of a struct or an enum variant's payload. */
    record Named(String name, ArgumentField field) {}

    /** A utxo or token the handle picker offers: a label for people and the selector text it saves. */
    record HandleChoice(String label, String selector) {}

    /** What fields that pick from the environment can offer. */
    interface Choices {
        List<String> walletKeys();

        /** The choices for a handle of {@code type} (newest-of-type selectors and live utxos). */
        List<HandleChoice> handles(Type type);

        Choices NONE = new Choices() {
            @Override
            public List<String> walletKeys() {
                return List.of();
            }

            @Override
            public List<HandleChoice> handles(Type type) {
                return List.of();
            }
        };
    }

    /** The field for a value of {@code type}. */
    static ArgumentField of(Type type, Choices choices) {
        if (LiteralParser.isPublicKey(type)) {
            return new KeyField(type, choices.walletKeys());
        }
        if (ValueLayout.isHandle(type)) {
            return new HandleField(type, choices.handles(type));
        }
        return switch (type) {
            case Type.Int i -> new IntField(i);
            case Type.Bool b -> new BoolField();
            case Type.Unit u -> new UnitField();
            case Type.Tuple t -> new TupleField(t, t.elements().stream().map(e -> of(e, choices)).toList());
            case Type.Struct s -> new StructField(s, s.fields().stream().map(f -> new Named(f.name(), of(f.type(), choices))).toList());
            case Type.Enum e -> new EnumField(e, e.variants().stream()
                    .map(v -> v.payload().stream().map(f -> new Named(f.name(), of(f.type(), choices))).toList()).toList());
            default -> new TextField(type);
        };
    }

    /** An integer: decimal (or 0x/0o/0b) text, checked against the kind's range. */
    final class IntField implements ArgumentField {
        private final Type.Int type;
        private final StringProperty text = new SimpleStringProperty(this, "text", "0");

        IntField(Type.Int type) {
            this.type = type;
        }

        @Override
        public Type type() {
            return type;
        }

        public StringProperty textProperty() {
            return text;
        }

        /** {@code u8: 0 … 255}. */
        public String range() {
            IntKind k = type.kind();
            return k.typeName() + ": " + k.min() + " … " + k.max();
        }

        @Override
        public String literal() {
            return text.get().strip();
        }

        @Override
        public @Nullable String problem() {
            String t = literal().replace("_", "");
            if (t.isEmpty()) {
                return "enter a number (" + range() + ")";
            }
            BigInteger value;
            try {
                boolean negative = t.startsWith("-");
                String digits = negative ? t.substring(1) : t;
                int radix = 10;
                if (digits.startsWith("0x") || digits.startsWith("0X")) {
                    radix = 16;
                    digits = digits.substring(2);
                } else if (digits.startsWith("0o")) {
                    radix = 8;
                    digits = digits.substring(2);
                } else if (digits.startsWith("0b")) {
                    radix = 2;
                    digits = digits.substring(2);
                }
                value = new BigInteger(digits, radix);
                value = negative ? value.negate() : value;
            } catch (NumberFormatException e) {
                return "`" + literal() + "` is not a number";
            }
            return type.kind().contains(value) ? null : value + " is out of range (" + range() + ")";
        }

        @Override
        public void load(Value value) {
            if (value instanceof Value.Int i) {
                text.set(i.value().toString());
            }
        }

        @Override
        public List<ObservableValue<?>> dependencies() {
            return List.of(text);
        }
    }

    final class BoolField implements ArgumentField {
        private final BooleanProperty value = new SimpleBooleanProperty(this, "value");

        @Override
        public Type type() {
            return Type.BOOL;
        }

        public BooleanProperty valueProperty() {
            return value;
        }

        @Override
        public String literal() {
            return Boolean.toString(value.get());
        }

        @Override
        public @Nullable String problem() {
            return null;
        }

        @Override
        public void load(Value v) {
            if (v instanceof Value.Bool b) {
                value.set(b.value());
            }
        }

        @Override
        public List<ObservableValue<?>> dependencies() {
            return List.of(value);
        }
    }

    final class UnitField implements ArgumentField {
        @Override
        public Type type() {
            return Type.UNIT;
        }

        @Override
        public String literal() {
            return "()";
        }

        @Override
        public @Nullable String problem() {
            return null;
        }

        @Override
        public void load(Value value) {}

        @Override
        public List<ObservableValue<?>> dependencies() {
            return List.of();
        }
    }

    /** A type the form has no dedicated field for: the literal is typed as text. */
    final class TextField implements ArgumentField {
        private final Type type;
        private final StringProperty text = new SimpleStringProperty(this, "text", "");

        TextField(Type type) {
            this.type = type;
        }

        @Override
        public Type type() {
            return type;
        }

        public StringProperty textProperty() {
            return text;
        }

        @Override
        public String literal() {
            return text.get().strip();
        }

        @Override
        public @Nullable String problem() {
            return literal().isEmpty() ? "enter a " + Type.display(type) + " literal" : null;
        }

        @Override
        public void load(Value value) {
            text.set(dev.starstream.studio.vm.runtime.values.ValueText.show(value, dev.starstream.studio.vm.runtime.values.HandleNames.pids()));
        }

        @Override
        public List<ObservableValue<?>> dependencies() {
            return List.of(text);
        }
    }

    final class TupleField implements ArgumentField {
        private final Type.Tuple type;
        private final List<ArgumentField> elements;

        TupleField(Type.Tuple type, List<ArgumentField> elements) {
            this.type = type;
            this.elements = List.copyOf(elements);
        }

        @Override
        public Type type() {
            return type;
        }

        public List<ArgumentField> elements() {
            return elements;
        }

        @Override
        public String literal() {
            return elements.stream().map(ArgumentField::literal).collect(Collectors.joining(", ", "(", ")"));
        }

        @Override
        public @Nullable String problem() {
            for (int i = 0; i < elements.size(); i++) {
                String p = elements.get(i).problem();
                if (p != null) {
                    return "element " + (i + 1) + ": " + p;
                }
            }
            return null;
        }

        @Override
        public void load(Value value) {
            if (value instanceof Value.Tuple t) {
                for (int i = 0; i < elements.size() && i < t.elements().size(); i++) {
                    elements.get(i).load(t.elements().get(i));
                }
            }
        }

        @Override
        public List<ObservableValue<?>> dependencies() {
            return elements.stream().flatMap(e -> e.dependencies().stream()).toList();
        }
    }

    final class StructField implements ArgumentField {
        private final Type.Struct type;
        private final List<Named> fields;

        StructField(Type.Struct type, List<Named> fields) {
            this.type = type;
            this.fields = List.copyOf(fields);
        }

        @Override
        public Type type() {
            return type;
        }

        public List<Named> fields() {
            return fields;
        }

        @Override
        public String literal() {
            return fields.isEmpty() ? type.name() + " { }" : type.name() + " { " + fields.stream()
                    .map(f -> f.name() + ": " + f.field().literal()).collect(Collectors.joining(", ")) + " }";
        }

        @Override
        public @Nullable String problem() {
            return firstProblem(fields);
        }

        @Override
        public void load(Value value) {
            if (value instanceof Value.Struct s) {
                for (int i = 0; i < fields.size() && i < s.fields().size(); i++) {
                    fields.get(i).field().load(s.fields().get(i));
                }
            }
        }

        @Override
        public List<ObservableValue<?>> dependencies() {
            return fields.stream().flatMap(f -> f.field().dependencies().stream()).toList();
        }
    }

    /** An enum: which variant, and that variant's payload fields. */
    final class EnumField implements ArgumentField {
        private final Type.Enum type;
        private final List<List<Named>> payloads;
        private final IntegerProperty variant = new SimpleIntegerProperty(this, "variant", 0);

        EnumField(Type.Enum type, List<List<Named>> payloads) {
            this.type = type;
            this.payloads = payloads.stream().map(List::copyOf).toList();
        }

        @Override
        public Type type() {
            return type;
        }

        public IntegerProperty variantProperty() {
            return variant;
        }

        public List<String> variantNames() {
            return type.variants().stream().map(Type.Variant::name).toList();
        }

        /** The payload fields of variant {@code index}. */
        public List<Named> payload(int index) {
            return payloads.get(index);
        }

        private Type.Variant current() {
            return type.variants().get(Math.clamp(variant.get(), 0, type.variants().size() - 1));
        }

        @Override
        public String literal() {
            Type.Variant v = current();
            List<Named> fields = payloads.get(type.variants().indexOf(v));
            String name = type.name() + "::" + v.name();
            return switch (v.kind()) {
                case UNIT -> name;
                case TUPLE -> name + fields.stream().map(f -> f.field().literal()).collect(Collectors.joining(", ", "(", ")"));
                case STRUCT -> name + " { " + fields.stream().map(f -> f.name() + ": " + f.field().literal())
                        .collect(Collectors.joining(", ")) + " }";
            };
        }

        @Override
        public @Nullable String problem() {
            return firstProblem(payloads.get(type.variants().indexOf(current())));
        }

        @Override
        public void load(Value value) {
            if (value instanceof Value.Variant v) {
                variant.set(v.tag());
                List<Named> fields = payloads.get(v.tag());
                for (int i = 0; i < fields.size() && i < v.payload().size(); i++) {
                    fields.get(i).field().load(v.payload().get(i));
                }
            }
        }

        @Override
        public List<ObservableValue<?>> dependencies() {
            List<ObservableValue<?>> all = new ArrayList<>();
            all.add(variant);
            payloads.forEach(p -> p.forEach(f -> all.addAll(f.field().dependencies())));
            return all;
        }
    }

    /** A utxo or token handle: a selector (newest of a type, a coroutine, a UtxoId) picked or typed. */
    final class HandleField implements ArgumentField {
        private final Type type;
        private final List<HandleChoice> choices;
        private final StringProperty selector = new SimpleStringProperty(this, "selector", "");

        HandleField(Type type, List<HandleChoice> choices) {
            this.type = type;
            this.choices = List.copyOf(choices);
            if (!choices.isEmpty()) {
                selector.set(choices.getFirst().selector());
            }
        }

        @Override
        public Type type() {
            return type;
        }

        public StringProperty selectorProperty() {
            return selector;
        }

        public List<HandleChoice> choices() {
            return choices;
        }

        @Override
        public String literal() {
            return selector.get().strip();
        }

        @Override
        public @Nullable String problem() {
            if (literal().isEmpty()) {
                return "pick a " + Type.display(type) + " from the ledger";
            }
            return dev.starstream.studio.app.run.HandleSelector.parse(literal()).isPresent() ? null
                    : "a utxo id, `newest <Type>` or `coroutine <id>`";
        }

        @Override
        public void load(Value value) {
            if (value instanceof Value.InputRef ref) {
                selector.set(ref.id().toString());
            }
        }

        /** Sets the selector text as saved (handle parameters keep their selector, not a resolved id). */
        public void loadText(String text) {
            selector.set(text);
        }

        @Override
        public List<ObservableValue<?>> dependencies() {
            return List.of(selector);
        }
    }

    /** A {@code PublicKey}: a wallet key ({@code @alice}) or 64 hex digits. */
    final class KeyField implements ArgumentField {
        private final Type type;
        private final List<String> walletKeys;
        private final StringProperty text = new SimpleStringProperty(this, "text", "");

        KeyField(Type type, List<String> walletKeys) {
            this.type = type;
            this.walletKeys = List.copyOf(walletKeys);
            if (!walletKeys.isEmpty()) {
                text.set("@" + walletKeys.getFirst());
            }
        }

        @Override
        public Type type() {
            return type;
        }

        public StringProperty textProperty() {
            return text;
        }

        /** {@code @alice}, {@code @bob}, … */
        public List<String> choices() {
            return walletKeys.stream().map(k -> "@" + k).toList();
        }

        @Override
        public String literal() {
            return text.get().strip();
        }

        @Override
        public @Nullable String problem() {
            String t = literal();
            if (t.startsWith("@")) {
                return walletKeys.contains(t.substring(1)) ? null : "no wallet key named " + t.substring(1);
            }
            return t.matches("[0-9a-fA-F]{64}") ? null : "a wallet key (@name) or 64 hex digits";
        }

        @Override
        public void load(Value value) {
            if (value instanceof Value.Struct s) {
                StringBuilder hex = new StringBuilder();
                for (Value limb : s.fields()) {
                    long bits = ((Value.Int) limb).bits();
                    for (int b = 0; b < 8; b++) {
                        hex.append(String.format("%02x", (bits >>> (8 * b)) & 0xFF));
                    }
                }
                text.set(hex.toString());
            }
        }

        public void loadText(String saved) {
            text.set(saved);
        }

        @Override
        public List<ObservableValue<?>> dependencies() {
            return List.of(text);
        }
    }

    private static @Nullable String firstProblem(List<Named> fields) {
        for (Named f : fields) {
            String p = f.field().problem();
            if (p != null) {
                return f.name() + ": " + p;
            }
        }
        return null;
    }
}
