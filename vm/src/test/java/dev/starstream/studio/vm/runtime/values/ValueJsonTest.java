package dev.starstream.studio.vm.runtime.values;

import static dev.starstream.studio.vm.runtime.values.SampleTypes.*;
import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.ledger.Hash32;
import dev.starstream.studio.vm.ledger.UtxoId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValueJsonTest {
    private final LiteralParser parse = new LiteralParser();

    @Test
    void valuesFollowTheA11Rules() {
        Type.Tuple type = tuple(U64, Type.BOOL, Type.UNIT, POINT, COLOR, OPTION_U32, SHAPE, I8);
        Value value = parse.parse(type,
                "(18446744073709551615, true, (), Point { x: 1, y: -2 }, Color::Red, Option::Some(5), Shape::Rect { w: 1, h: 2 }, -3)");

        assertThat(ValueJson.toJson(value, HandleNames.pids())).hasToString(
                "[18446744073709551615,true,null,{\"x\":1,\"y\":-2},\"Color::Red\",{\"Option::Some\":[5]},"
                        + "{\"Shape::Rect\":{\"w\":1,\"h\":2}},-3]");
    }

    @Test
    void handlesShowAsTheirUtxoIds() {
        UtxoId id = new UtxoId(Hash32.sha256(new byte[] {2}), 12);

        assertThat(ValueJson.toJson(new Value.Handle(BILL, 0), HandleNames.of(Map.of(0, id))).asText())
                .isEqualTo(id.toString());
        assertThat(ValueJson.toJson(new Value.Handle(BILL, 4), HandleNames.of(Map.of(0, id))).asText()).isEqualTo("#4");
    }

    @Test
    void textShowsStarstreamLiterals() {
        Value value = parse.parse(tuple(POINT, OPTION_U32, COLOR), "(Point { x: 1, y: 2 }, Option::None, Color::Green)");

        assertThat(ValueText.show(value, HandleNames.pids())).isEqualTo("(Point { x: 1, y: 2 }, Option::None, Color::Green)");
    }
}
