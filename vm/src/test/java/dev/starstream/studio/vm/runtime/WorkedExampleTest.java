package dev.starstream.studio.vm.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.starstream.studio.vm.interleaving.InterleavingText;
import dev.starstream.studio.vm.interleaving.ProcessTrace;
import dev.starstream.studio.vm.interleaving.Step;
import dev.starstream.studio.vm.interleaving.Symbols;
import dev.starstream.studio.vm.interleaving.TransactionChecker;
import dev.starstream.studio.vm.interleaving.Verdict;
import dev.starstream.studio.vm.interleaving.encoding.Ids;
import dev.starstream.studio.vm.interleaving.encoding.LaneWriter;
import dev.starstream.studio.vm.interleaving.op.FunctionId;
import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.Op.Activation;
import dev.starstream.studio.vm.interleaving.op.Op.CallEffectHandler;
import dev.starstream.studio.vm.interleaving.op.Op.Enter;
import dev.starstream.studio.vm.interleaving.op.Op.Init;
import dev.starstream.studio.vm.interleaving.op.Op.InstallHandler;
import dev.starstream.studio.vm.interleaving.op.Op.NewRef;
import dev.starstream.studio.vm.interleaving.op.Op.NewUtxo;
import dev.starstream.studio.vm.interleaving.op.Op.RefGet;
import dev.starstream.studio.vm.interleaving.op.Op.RefPush;
import dev.starstream.studio.vm.interleaving.op.Op.Resume;
import dev.starstream.studio.vm.interleaving.op.Op.Return;
import dev.starstream.studio.vm.interleaving.op.Op.UninstallHandler;
import dev.starstream.studio.vm.interleaving.op.Op.Yield;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.RefId;
import dev.starstream.studio.vm.interleaving.op.Word;
import dev.starstream.studio.vm.ledger.ApplyResult;
import dev.starstream.studio.vm.ledger.DeployedContract;
import dev.starstream.studio.vm.ledger.InMemoryLedger;
import dev.starstream.studio.vm.ledger.JdkEd25519;
import dev.starstream.studio.vm.ledger.UtxoState;
import dev.starstream.studio.vm.runtime.values.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RUNTIME A.10, hand-compiled: exactly its two operation lists, its global order and its outcome. */
class WorkedExampleTest {
    private static final ProcessId U = new ProcessId(0);
    private static final ProcessId S = new ProcessId(1);
    private static final FunctionId OPEN = Ids.functionId("Bill::open");
    private static final FunctionId CHARGE = Ids.functionId("Meter.charge");
    private static final FunctionId RATE = Ids.functionId("Tariff.Rate");
    private static final Hash TARIFF = Ids.interfaceId("Tariff");
    private static final Word ARGS = new LaneWriter().u32(7).u64(3).words().getFirst();

    private final DeployedContract contract = new TariffContract().deploy();
    private final Hash h = Hash.fromBytes(contract.hash().bytes());
    private final InMemoryLedger ledger = new InMemoryLedger();
    private final TransactionRunner runner = new TransactionRunner(new ContractCache());

    WorkedExampleTest() {
        ledger.deploy(contract);
    }

    private TransactionResult.Committed settle(RunMode mode) {
        TransactionResult result = runner.run(
                TransactionRequest.of(ledger, contract.hash(), "settle", List.of()).withMode(mode), List.of());
        assertThat(result).as("%s", result instanceof TransactionResult.Failed f ? f.failure().describe() : "")
                .isInstanceOf(TransactionResult.Committed.class);
        return (TransactionResult.Committed) result;
    }

    @Test
    void settleProducesExactlyTheOperationListsOfTheTable() {
        Trace trace = settle(RunMode.RUN).trace();

        assertThat(trace.operations()).containsExactly(new ProcessTrace(billOps()), new ProcessTrace(scriptOps()));
    }

    @Test
    void settleInterleavesInTheTablesGlobalOrder() {
        Trace trace = settle(RunMode.RUN).trace();

        List<Step> expected = new ArrayList<>();
        int[][] runs = {{1, 1, 3}, {0, 1, 4}, {1, 4, 7}, {0, 5, 10}, {1, 8, 13}, {0, 11, 16}, {1, 14, 16}};
        for (int[] run : runs) {
            for (int row = run[1]; row <= run[2]; row++) {
                expected.add(new Step(new ProcessId(run[0]), row - 1));
            }
        }
        assertThat(trace.order()).hasSize(32).containsExactlyElementsOf(expected);
    }

    @Test
    void settleReturnsFifteenEmitsChargedAndLeavesOneBill() {
        TransactionResult.Committed committed = settle(RunMode.RUN);

        assertThat(committed.result()).isEqualTo(new Value.Int(dev.starstream.studio.vm.lang.types.IntKind.U64, 15));
        assertThat(committed.transaction().effects().events()).singleElement().satisfies(e -> {
            assertThat(e.abi()).isEqualTo("Meter");
            assertThat(e.name()).isEqualTo("Charged");
            assertThat(e.args()).hasToString("[7,15]");
            assertThat(e.process()).isZero();
        });
        assertThat(committed.transaction().effects().newOutputs()).singleElement().satisfies(o -> {
            assertThat(o.state()).isEqualTo(UtxoState.utxo(0, 1, 15, 0));
            assertThat(o.abis()).containsExactly("Meter");
        });
        assertThat(committed.outputs()).singleElement().satisfies(o -> {
            assertThat(o.fate()).isEqualTo(OutputReport.Fate.NEW);
            assertThat(o.storage()).containsEntry("due", new Value.Int(dev.starstream.studio.vm.lang.types.IntKind.U64, 15));
        });
        assertThat(committed.transaction().effects().result()).hasToString("15");
    }

    @Test
    void theRecordedTracePassesTheWholeTransactionChecker() {
        Trace trace = settle(RunMode.RUN).trace();

        Verdict verdict = TransactionChecker.check(instance(), trace.operations());

        assertThat(verdict.ok()).as("%s", verdict.violation()).isTrue();
        assertThat(verdict.order()).isEqualTo(trace.order());
    }

    @Test
    void theTraceRendersAsTheWorkedExample() {
        Trace trace = settle(RunMode.RUN).trace();
        Verdict verdict = TransactionChecker.check(instance(), trace.operations());
        Symbols symbols = Symbols.builder().function("Bill::open").function("Meter.charge").function("Tariff.Rate")
                .abi("Tariff").program("tariff", h).process(U, "U").process(S, "S").build();

        assertThat(InterleavingText.render(verdict, symbols)).isEqualTo(Golden.read("worked-example.txt"));
    }

    @Test
    void debugModeProducesTheSameTraceApartFromDebugSteps() {
        Trace run = settle(RunMode.RUN).trace();
        Trace debug = settle(RunMode.DEBUG).trace();

        assertThat(debug.withoutDebugDetail()).isEqualTo(run.withoutDebugDetail());
        assertThat(debug.debugSteps()).extracting(DebugStep::id).containsExactly(1, 7, 8, 2, 3, 4, 9, 5, 10, 11, 12, 6);
        assertThat(run.debugSteps()).isEmpty();
    }

    /**
     * The hand-compiled debug build adds {@code i32.const id; call stmt} before each statement; the
     * metering pass charges neither (A.9 P2), so both modes use the gas of the release build: 32
     * operations and 7 host calls at 100 each, and 43 instructions.
     */
    @Test
    void debugModeUsesExactlyTheGasOfRunMode() {
        Trace run = settle(RunMode.RUN).trace();
        Trace debug = settle(RunMode.DEBUG).trace();

        assertThat(run.gas().used()).isEqualTo(32 * 100 + 7 * 100 + 43);
        assertThat(debug.gas()).isEqualTo(run.gas());
    }

    @Test
    void theTraceSurvivesJsonAndTheTransactionCarriesIt() {
        TransactionResult.Committed committed = settle(RunMode.DEBUG);

        Trace back = TraceJson.fromJson(TraceJson.toJson(committed.trace()));

        assertThat(back).isEqualTo(committed.trace());
        assertThat(TraceJson.fromTree(committed.transaction().trace())).isEqualTo(committed.trace());
    }

    @Test
    void theCommittedTransactionAppliesToTheLedger() {
        TransactionResult.Committed committed = settle(RunMode.RUN);

        ApplyResult applied = ledger.apply(committed.transaction(), new JdkEd25519());

        assertThat(applied).isInstanceOf(ApplyResult.Committed.class);
        assertThat(ledger.utxos()).singleElement().satisfies(u -> assertThat(u.state()).isEqualTo(UtxoState.utxo(0, 1, 15, 0)));
    }

    private dev.starstream.studio.vm.interleaving.InterleavingInstance instance() {
        var b = dev.starstream.studio.vm.interleaving.InterleavingInstance.builder();
        b.newOutput(h, false, null, false);
        b.coord(h);
        return b.build();
    }

    private static RefId r(long id) {
        return new RefId(id);
    }

    private List<Op> scriptOps() {
        return List.of(
                new NewRef(0, r(0)), new NewUtxo(h, r(0), U), new Resume(U, OPEN, r(0), r(1), U),
                new InstallHandler(TARIFF), new NewRef(1, r(2)), new RefPush(ARGS), new Resume(U, CHARGE, r(2), r(3), U),
                new Enter(RATE), new Activation(r(3), U), new RefGet(r(3), 0, Word.of(7, 0, 0, 0)),
                new NewRef(1, r(4)), new RefPush(Word.of(5, 0, 0, 0)), new Resume(U, RATE, r(4), r(5), U),
                new RefGet(r(5), 0, Word.of(15, 0, 0, 0)), new UninstallHandler(TARIFF), new Return());
    }

    private static List<Op> billOps() {
        return List.of(
                new Enter(OPEN), new Init(r(0), S), new NewRef(0, r(1)), new Yield(r(1)),
                new Enter(CHARGE), new Activation(r(2), S), new RefGet(r(2), 0, ARGS),
                new NewRef(1, r(3)), new RefPush(Word.of(7, 0, 0, 0)), new CallEffectHandler(TARIFF, RATE, r(3), r(4)),
                new Enter(RATE), new Activation(r(4), S), new RefGet(r(4), 0, Word.of(5, 0, 0, 0)),
                new NewRef(1, r(5)), new RefPush(Word.of(15, 0, 0, 0)), new Yield(r(5)));
    }
}
