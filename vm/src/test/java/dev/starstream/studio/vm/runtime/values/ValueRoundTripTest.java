package dev.starstream.studio.vm.runtime.values;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Generated types and values: every encoding round-trips and the text form parses back. */
class ValueRoundTripTest {
    private static final int CASES = 3_000;
    private final LiteralParser parser = new LiteralParser();

    @Test
    void randomValuesRoundTripThroughSlotsLanesAndText() {
        Random random = new Random(20261122);
        for (int i = 0; i < CASES; i++) {
            Type type = randomType(random, 3);
            Value value = randomValue(type, random);

            long[] slots = ValueCodec.toSlots(value);
            int[] lanes = ValueCodec.toLanes(value);
            assertThat(slots).as("slots of %s", type).hasSize(ValueLayout.slotCount(type));
            assertThat(lanes).as("lanes of %s", type).hasSize(ValueLayout.laneCount(type));
            assertThat(ValueCodec.fromSlots(type, slots)).as("slots of %s", type).isEqualTo(value);
            assertThat(ValueCodec.fromLanes(type, lanes)).as("lanes of %s", type).isEqualTo(value);
            String text = ValueText.show(value, HandleNames.pids());
            assertThat(parser.parse(type, text)).as("text %s", text).isEqualTo(value);
        }
    }

    private static Type randomType(Random random, int depth) {
        int choice = random.nextInt(depth > 0 ? 7 : 3);
        return switch (choice) {
            case 0 -> Type.of(IntKind.values()[random.nextInt(IntKind.values().length)]);
            case 1 -> Type.BOOL;
            case 2 -> random.nextBoolean() ? Type.UNIT : Type.of(IntKind.U64);
            case 3 -> {
                List<Type> elements = new ArrayList<>();
                int n = 2 + random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    elements.add(randomType(random, depth - 1));
                }
                yield new Type.Tuple(elements);
            }
            case 4 -> {
                List<Type.Field> fields = new ArrayList<>();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    fields.add(new Type.Field("f" + i, randomType(random, depth - 1)));
                }
                yield new Type.Struct("S" + depth + n, "main", fields);
            }
            default -> {
                List<Type.Variant> variants = new ArrayList<>();
                int n = 1 + random.nextInt(4);
                for (int v = 0; v < n; v++) {
                    Type.PayloadKind kind = Type.PayloadKind.values()[random.nextInt(3)];
                    List<Type.Field> payload = new ArrayList<>();
                    int m = kind == Type.PayloadKind.UNIT ? 0 : 1 + random.nextInt(3);
                    for (int i = 0; i < m; i++) {
                        payload.add(new Type.Field(kind == Type.PayloadKind.TUPLE ? Integer.toString(i) : "p" + i,
                                randomType(random, depth - 1)));
                    }
                    variants.add(new Type.Variant("V" + v, kind, payload));
                }
                yield new Type.Enum("E" + depth, "main", variants);
            }
        };
    }

    private static Value randomValue(Type type, Random random) {
        return switch (type) {
            case Type.Int i -> new Value.Int(i.kind(), random.nextInt(4) == 0 ? edge(random) : random.nextLong());
            case Type.Bool b -> Value.Bool.of(random.nextBoolean());
            case Type.Unit u -> Value.Unit.INSTANCE;
            case Type.Tuple t -> new Value.Tuple(t, t.elements().stream().map(e -> randomValue(e, random)).toList());
            case Type.Struct s -> new Value.Struct(s, s.fields().stream().map(f -> randomValue(f.type(), random)).toList());
            case Type.Enum e -> {
                int tag = random.nextInt(e.variants().size());
                yield new Value.Variant(e, tag,
                        e.variants().get(tag).payload().stream().map(f -> randomValue(f.type(), random)).toList());
            }
            default -> throw new IllegalStateException("not generated: " + type);
        };
    }

    private static long edge(Random random) {
        long[] edges = {0, 1, -1, Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE, 0xFFFF_FFFFL, 255, -128};
        return edges[random.nextInt(edges.length)];
    }
}
