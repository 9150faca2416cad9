package dev.starstream.studio.vm.interleaving.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starstream.studio.vm.interleaving.InterleavingInstance;
import dev.starstream.studio.vm.interleaving.InterleavingMachine;
import dev.starstream.studio.vm.interleaving.MachineSnapshot;
import dev.starstream.studio.vm.interleaving.ProcessTrace;
import dev.starstream.studio.vm.interleaving.Rule;
import dev.starstream.studio.vm.interleaving.Step;
import dev.starstream.studio.vm.interleaving.Verdict;
import dev.starstream.studio.vm.interleaving.Violation;
import dev.starstream.studio.vm.interleaving.encoding.Ids;
import dev.starstream.studio.vm.interleaving.op.FunctionId;
import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.OpFixtures;
import dev.starstream.studio.vm.interleaving.op.Opcode;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.RefId;
import dev.starstream.studio.vm.interleaving.op.Word;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InterleavingJsonTest {
    private final ObjectMapper json = InterleavingJson.newMapper();

    private static final Hash H = Ids.programHash(new byte[] {1, 2, 3});
    private static final Hash I = Ids.interfaceId("Tariff");
    /** Above Long.MAX_VALUE: must survive as an exact unsigned number. */
    private static final FunctionId BIG = new FunctionId(0xFFFF_FFFF_0000_0000L);
    private static final ProcessId P0 = new ProcessId(0);
    private static final ProcessId P1 = new ProcessId(1);
    private static final Word W = Word.of(0xFFFF_FFFFL, 1, 2, 3);

    @Test
    void everyOperationKindIsCovered() {
        assertThat(OpFixtures.everyOp().stream().map(Op::opcode).distinct()).containsExactlyInAnyOrder(Opcode.values());
    }

    @Test
    void everyOperationSurvivesARoundTrip() throws JsonProcessingException {
        for (Op op : OpFixtures.everyOp()) {
            String text = json.writeValueAsString(op);
            assertThat(json.readValue(text, Op.class)).as(text).isEqualTo(op);
        }
    }

    @Test
    void anOperationIsAnObjectNamedByItsOpField() throws JsonProcessingException {
        String text = json.writeValueAsString(new Op.Resume(P0, new FunctionId(7), new RefId(2), new RefId(3), P0));

        assertThat(text).isEqualTo("{\"op\":\"Resume\",\"target\":0,\"fn\":7,\"val\":2,\"ret\":3,\"caller\":0}");
    }

    @Test
    void anUnresolvedOutputIsLeftOut() throws JsonProcessingException {
        assertThat(json.writeValueAsString(Op.Resume.pending(P0, new FunctionId(7), new RefId(2))))
                .isEqualTo("{\"op\":\"Resume\",\"target\":0,\"fn\":7,\"val\":2}");
    }

    @Test
    void functionIdsAboveLongMaxAreWrittenAsExactUnsignedNumbers() throws JsonProcessingException {
        assertThat(json.writeValueAsString(new Op.Enter(BIG))).isEqualTo("{\"op\":\"Enter\",\"fn\":18446744069414584320}");
    }

    @Test
    void hashesAreTheirDigestInHexAndWordsAreLaneArrays() throws JsonProcessingException {
        String text = json.writeValueAsString(new Op.RefPush(Word.of(7, 3, 0, 0)));
        assertThat(text).isEqualTo("{\"op\":\"RefPush\",\"word\":[7,3,0,0]}");
        assertThat(json.writeValueAsString(new Op.InstallHandler(I))).contains(I.hex());
    }

    @Test
    void tracesInstancesAndVerdictsSurviveARoundTrip() throws JsonProcessingException {
        InterleavingInstance.Builder b = InterleavingInstance.builder();
        ProcessId owner = b.input(H, false, false, null, null);
        b.input(H, true, true, owner, null);
        b.newOutput(H, true, owner, true);
        b.coord(H);
        InterleavingInstance instance = b.build();
        List<ProcessTrace> traces = List.of(new ProcessTrace(OpFixtures.everyOp()), ProcessTrace.of(), ProcessTrace.of(new Op.Return()));
        Verdict verdict = new Verdict(instance, traces, List.of(new Step(P1, 0), new Step(P0, 4)),
                new Violation(Rule.CALL_INPUT_CLAIM, P0, 9, 16, "handler 1 expects r5, got r3"));

        assertThat(json.readValue(json.writeValueAsString(instance), InterleavingInstance.class)).isEqualTo(instance);
        assertThat(json.readValue(json.writeValueAsString(traces), new TypeReference<List<ProcessTrace>>() {}))
                .isEqualTo(traces);
        assertThat(json.readValue(json.writeValueAsString(verdict), Verdict.class)).isEqualTo(verdict);
    }

    @Test
    void aViolationCarriesItsRuleNumberAndErrorName() throws JsonProcessingException {
        String text = json.writeValueAsString(new Violation(Rule.CALL_INPUT_CLAIM, P0, 9, 16, "m"));

        assertThat(text).isEqualTo(
                "{\"rule\":31,\"error\":\"ResumeClaimMismatch\",\"pid\":0,\"opIndex\":9,\"step\":16,\"message\":\"m\"}");
    }

    @Test
    void aMachineSnapshotSurvivesARoundTrip() throws JsonProcessingException {
        InterleavingMachine m = InterleavingMachine.live(List.of(), H);
        ProcessId s = m.entry();
        m.step(s, new Op.InstallHandler(I));
        m.step(s, new Op.NewRef(1, m.nextRef()));
        m.step(s, new Op.RefPush(W));
        m.step(s, new Op.NewUtxo(H, new RefId(0), m.nextNewProcess()));
        m.step(s, Op.Resume.pending(P0, BIG, new RefId(0)));
        MachineSnapshot snapshot = m.snapshot();

        assertThat(json.readValue(json.writeValueAsString(snapshot), MachineSnapshot.class)).isEqualTo(snapshot);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"op\":\"Resume\",\"fn\":7,\"val\":2}",
        "{\"op\":\"Jump\"}",
        "{\"op\":\"Yield\",\"val\":-1}",
        "{\"op\":\"Bind\",\"owner\":-3}",
        "{\"op\":\"RefPush\",\"word\":[1,2,3]}",
        "{\"op\":\"RefPush\",\"word\":[4294967296,0,0,0]}",
        "{\"op\":\"Enter\",\"fn\":18446744073709551615}",
        "{\"op\":\"Enter\",\"fn\":-1}",
        "{\"op\":\"InstallHandler\",\"iface\":\"abc\"}",
        "{\"op\":\"NewRef\",\"size\":-1,\"ref\":0}",
        "{\"op\":\"RefGet\",\"ref\":0,\"offset\":99999999999,\"word\":[0,0,0,0]}",
        "[1,2]",
        "{\"op\":7}",
    })
    void malformedOperationsAreRejectedWithAJsonError(String text) {
        assertThatThrownBy(() -> json.readValue(text, Op.class)).isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void randomByteSoupIsEitherAnOperationOrAJsonError() throws JsonProcessingException {
        java.util.Random random = new java.util.Random(42);
        String alphabet = "{}[]\":,0123456789-op Resume Yield Burn fn val ret target word null true";
        int rejected = 0;
        List<Op> accepted = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            StringBuilder sb = new StringBuilder();
            int n = random.nextInt(40);
            for (int k = 0; k < n; k++) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                Op op = json.readValue(sb.toString(), Op.class);
                if (op != null) {
                    accepted.add(op);
                }
            } catch (JsonProcessingException expected) {
                rejected++;
            }
        }
        assertThat(rejected).isGreaterThan(1500);
        for (Op op : accepted) {
            assertThat(json.readValue(json.writeValueAsString(op), Op.class)).isEqualTo(op);
        }
    }

    @Test
    void theWorkedExampleVerdictHasAStableJsonForm() throws Exception {
        Verdict verdict = dev.starstream.studio.vm.interleaving.JsonFixtures.workedExampleVerdict();
        String text = json.writerWithDefaultPrettyPrinter().writeValueAsString(verdict) + "\n";

        dev.starstream.studio.vm.interleaving.JsonFixtures.assertGolden("worked-example.json", text);
        assertThat(json.readValue(text, Verdict.class)).isEqualTo(verdict);
        List<Op> all = new ArrayList<>();
        verdict.traces().forEach(t -> all.addAll(t.ops()));
        assertThat(all).hasSize(32);
    }
}
