package dev.starstream.studio.vm.interleaving;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.starstream.studio.vm.interleaving.encoding.Ids;
import dev.starstream.studio.vm.interleaving.json.InterleavingJson;
import dev.starstream.studio.vm.interleaving.op.FunctionId;
import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.RefId;
import dev.starstream.studio.vm.interleaving.op.Word;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Bad input never crashes: random transactions (any operation, any argument, pids up to two past the
 * table, refs and sizes up to huge) give a verdict, a listing and a JSON form, and a live machine fed
 * the same operations reports violations instead of throwing.
 */
class RandomTransactionsTest {
    private static final Hash[] HASHES = {Ids.programHash(new byte[] {1}), Ids.programHash(new byte[] {2})};
    private static final Hash[] IFACES = {Ids.interfaceId("A"), Ids.interfaceId("B")};
    private static final FunctionId[] FNS = {Ids.functionId("f"), Ids.functionId("g")};

    private final Random random = new Random(1234);
    private final ObjectMapper json = InterleavingJson.newMapper();

    @Test
    void randomTransactionsGetAVerdictNeverAnException() throws Exception {
        Map<Rule, Integer> seen = new HashMap<>();
        int legal = 0;
        for (int k = 0; k < 1500; k++) {
            InterleavingInstance instance = instance();
            List<ProcessTrace> traces = new ArrayList<>();
            for (int p = 0; p < instance.size(); p++) {
                List<Op> ops = new ArrayList<>();
                int n = random.nextInt(8);
                for (int i = 0; i < n; i++) {
                    ops.add(op(instance.size()));
                }
                traces.add(new ProcessTrace(ops));
            }

            Verdict verdict = TransactionChecker.check(instance, traces);

            int[] next = new int[traces.size()];
            for (Step step : verdict.order()) {
                assertThat(step.index()).isEqualTo(next[step.pid().value()]++);
            }
            assertThat(InterleavingText.render(verdict, Symbols.none())).isNotEmpty();
            assertThat(json.readValue(json.writeValueAsString(verdict), Verdict.class)).isEqualTo(verdict);
            if (verdict.ok()) {
                legal++;
            } else {
                seen.merge(verdict.violation().rule(), 1, Integer::sum);
            }
            feedLive(instance, traces);
        }
        assertThat(seen.size()).as("distinct rules hit: %s", seen.keySet()).isGreaterThan(25);
        assertThat(legal).isGreaterThan(0);
    }

    /** The live machine gets every op of every trace, round-robin, from whoever: it never throws. */
    private void feedLive(InterleavingInstance instance, List<ProcessTrace> traces) {
        InterleavingMachine m = InterleavingMachine.live(List.of(), instance.processTable().getLast());
        for (ProcessTrace trace : traces) {
            for (Op op : trace.ops()) {
                ProcessId pid = random.nextBoolean() ? m.current() : new ProcessId(random.nextInt(4));
                m.step(pid, op);
            }
        }
        m.snapshot();
        assertThat(m.finish()).isNotNull();
    }

    private InterleavingInstance instance() {
        InterleavingInstance.Builder b = InterleavingInstance.builder();
        int inputs = random.nextInt(3);
        int created = random.nextInt(3);
        List<ProcessId> utxos = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            ProcessId owner = !utxos.isEmpty() && random.nextInt(3) == 0 ? utxos.getFirst() : null;
            utxos.add(b.input(pick(HASHES), random.nextBoolean(), random.nextBoolean(), owner, null));
        }
        for (int i = 0; i < created; i++) {
            utxos.add(b.newOutput(pick(HASHES), random.nextBoolean(),
                    !utxos.isEmpty() && random.nextInt(3) == 0 ? utxos.getFirst() : null, random.nextInt(4) == 0));
        }
        b.coord(pick(HASHES));
        if (random.nextInt(4) == 0) {
            b.coord(pick(HASHES));
        }
        return b.build();
    }

    private Op op(int n) {
        return switch (random.nextInt(21)) {
            case 0 -> new Op.Resume(pid(n), pick(FNS), ref(), optRef(), random.nextBoolean() ? pid(n) : null);
            case 1 -> new Op.Yield(ref());
            case 2 -> new Op.NewUtxo(pick(HASHES), ref(), pid(n));
            case 3 -> new Op.NewCoord(pick(HASHES), ref(), pid(n));
            case 4 -> new Op.InstallHandler(pick(IFACES));
            case 5 -> new Op.UninstallHandler(pick(IFACES));
            case 6 -> new Op.GetHandlerFor(pick(IFACES), pid(n));
            case 7 -> new Op.Burn();
            case 8 -> new Op.Activation(ref(), pid(n));
            case 9 -> new Op.Init(ref(), pid(n));
            case 10 -> new Op.NewRef(random.nextInt(10) == 0 ? Integer.MAX_VALUE : random.nextInt(3), ref());
            case 11 -> new Op.RefPush(word());
            case 12 -> new Op.RefGet(ref(), offset(), word());
            case 13 -> new Op.Bind(pid(n));
            case 14 -> new Op.Unbind(pid(n));
            case 15 -> new Op.ProgramHash(pid(n), pick(HASHES));
            case 16 -> new Op.RefWrite(ref(), offset(), word());
            case 17 -> new Op.Return();
            case 18 -> new Op.CallEffectHandler(pick(IFACES), pick(FNS), ref(), optRef());
            case 19 -> new Op.NewToken(pick(HASHES), ref(), pid(n));
            default -> new Op.Enter(pick(FNS));
        };
    }

    private ProcessId pid(int n) {
        return new ProcessId(random.nextInt(n + 2));
    }

    private RefId ref() {
        return new RefId(random.nextInt(20) == 0 ? Long.MAX_VALUE : random.nextInt(4));
    }

    private @Nullable RefId optRef() {
        return random.nextInt(4) == 0 ? null : ref();
    }

    private int offset() {
        return random.nextInt(20) == 0 ? Integer.MAX_VALUE : random.nextInt(3);
    }

    private Word word() {
        return Word.of(random.nextInt(3), 0, random.nextInt(10) == 0 ? 0xFFFF_FFFFL : 0, 0);
    }

    private <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }
}
