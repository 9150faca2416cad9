package dev.starstream.studio.vm.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.lang.types.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A contract layout survives a JSON round trip unchanged, types included. */
class ContractLayoutJsonTest {

    @Test
    void roundTripsThroughJson() {
        Type point = new Type.Struct("Point", "m", List.of(new Type.Field("x", Type.of(IntKind.I64)),
                new Type.Field("y", Type.of(IntKind.U8))));
        Type option = new Type.Enum("Option", "prelude", List.of(
                new Type.Variant("None", Type.PayloadKind.UNIT, List.of()),
                new Type.Variant("Some", Type.PayloadKind.TUPLE, List.of(new Type.Field("0", point)))));
        ContractLayout layout = new ContractLayout("score", ContractLayout.VERSION,
                List.of(new ScriptLayout("example", "example", List.of(new ParamLayout("p", option, false)),
                        new Type.Utxo("Score", "score"))),
                List.of(new ProcessTypeLayout(0, "Score", ProcessTypeLayout.Kind.UTXO,
                        List.of(new StateGlobal("score#state.0", false, StateGlobal.Role.YIELD_POINT, "yield", 0),
                                new StateGlobal("score#state.1", true, StateGlobal.Role.STORAGE, "chips", 0)),
                        List.of(new StorageFieldLayout("chips", Type.of(IntKind.I64), false, 2, 2)),
                        List.of(new FunctionLayout("new", "score#[static]utxo.new", List.of(), Type.UNIT, 7L)),
                        List.of(new MethodLayout("ScoreProgress", "finish", "score#[method]utxo.finish", List.of(), Type.UNIT,
                                true, false, 9L)),
                        List.of(new YieldPointLayout(1, List.of("ScoreProgress"), List.of(), "score.star", 12)),
                        List.of("ScoreProgress"))),
                List.of(new AbiLayout("ScoreProgress", List.of(1L, 2L, 3L, 4L), List.of(), List.of(), List.of())),
                List.of(new HandlerLayout(0, "handler#0", 0, "Tariff", "Rate", "score.star", 14, 8)),
                List.of(new TypeDecl("Point", point)));

        byte[] json = layout.toJson();
        ContractLayout back = ContractLayout.fromJson(json);

        assertThat(back).isEqualTo(layout);
        assertThat(new String(json, StandardCharsets.UTF_8)).contains("\"kind\" : \"struct\"");
        assertThat(back.type("Score").orElseThrow().recordWords()).isEqualTo(4);
        assertThat(Type.display(option)).isEqualTo("Option<Point>");
    }

    @Test
    void aHandlerWrittenBeforeRunningFlagsExistedHasNone() throws Exception {
        String json = "{\"index\":0,\"export\":\"handler#0\",\"tryId\":0,\"abi\":\"Tariff\",\"effect\":\"Rate\","
                + "\"file\":\"tariff.star\",\"line\":14}";

        HandlerLayout handler = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, HandlerLayout.class);

        assertThat(handler.runningFlag()).isEqualTo(-1);
        assertThat(handler.hasRunningFlag()).isFalse();
    }
}
