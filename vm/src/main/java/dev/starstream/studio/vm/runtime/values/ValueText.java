package dev.starstream.studio.vm.runtime.values;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Values as Starstream literal text, for people: {@code 42}, {@code true}, {@code ()},
 * {@code (1, true)}, {@code Point { x: 1, y: 2 }}, {@code Option::Some(3)}, {@code Color::Red}; a
 * handle shows through {@link HandleNames}. {@link LiteralParser} reads this text back (handles as
 * UtxoIds).
 */
public final class ValueText {
    private ValueText() {}

    public static String show(Value value, HandleNames handles) {
        return switch (value) {
            case Value.Int i -> i.value().toString();
            case Value.Bool b -> Boolean.toString(b.value());
            case Value.Unit u -> "()";
            case Value.Tuple t -> list(t.elements(), handles, "(", ")");
            case Value.Struct s -> s.type().name() + fields(s.type().fields(), s.fields(), handles);
            case Value.Variant v -> switch (v.variant().kind()) {
                case UNIT -> v.qualifiedName();
                case TUPLE -> v.qualifiedName() + list(v.payload(), handles, "(", ")");
                case STRUCT -> v.qualifiedName() + fields(v.variant().payload(), v.payload(), handles);
            };
            case Value.Handle h -> handles.name(h.pid());
            case Value.InputRef r -> r.id().toString();
        };
    }

    private static String list(List<Value> values, HandleNames handles, String open, String close) {
        return values.stream().map(v -> show(v, handles)).collect(Collectors.joining(", ", open, close));
    }

    private static String fields(
            List<dev.starstream.studio.vm.lang.types.Type.Field> names, List<Value> values, HandleNames handles) {
        if (values.isEmpty()) {
            return " { }";
        }
        StringBuilder out = new StringBuilder(" { ");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ", ").append(names.get(i).name()).append(": ").append(show(values.get(i), handles));
        }
        return out.append(" }").toString();
    }
}
