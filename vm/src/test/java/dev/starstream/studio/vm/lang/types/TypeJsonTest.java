package dev.starstream.studio.vm.lang.types;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Types survive JSON as text and as a tree (the ledger stores contract layouts as JSON trees). */
class TypeJsonTest {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    @Test
    void integerAndFunctionTypesRoundTripThroughAJsonTree() throws Exception {
        Type fn = new Type.Function(Type.FunctionKind.EFFECT, List.of(new Type.Param("zone", Type.of(IntKind.U32), true)),
                Type.of(IntKind.U64));

        JsonNode tree = JSON.valueToTree(fn);

        assertThat(JSON.treeToValue(tree, Type.class)).isEqualTo(fn);
        assertThat(tree.get("kind").asText()).isEqualTo("function");
        assertThat(tree.get("result").get("int").asText()).isEqualTo("U64");
    }
}
