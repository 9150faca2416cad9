package dev.starstream.studio.vm.interleaving;

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
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RUNTIME A.10, built by hand: {@code settle()} creates a {@code Bill}, installs a handler for
 * {@code Tariff.Rate}, calls {@code b.charge(7, 3)}, the bill raises {@code Rate(7)}, the script
 * answers 5, the bill yields 15. U = Bill, pid 0 (new); S = settle, pid 1. Row n of the table is
 * element n−1 of {@link #scriptOps()} / {@link #billOps()}.
 */
final class WorkedExample {
    static final ProcessId U = new ProcessId(0);
    static final ProcessId S = new ProcessId(1);
    static final Hash H = Ids.programHash("the release module of tariff.star".getBytes(StandardCharsets.UTF_8));
    static final FunctionId OPEN = Ids.functionId("Bill::open");
    static final FunctionId CHARGE = Ids.functionId("Meter.charge");
    static final FunctionId RATE = Ids.functionId("Tariff.Rate");
    static final Hash TARIFF = Ids.interfaceId("Tariff");

    /** The argument word of {@code charge(7, 3)}: u32 7, then u64 3 as lo 3, hi 0. */
    static final Word ARGS = new LaneWriter().u32(7).u64(3).words().getFirst();

    private WorkedExample() {}

    static RefId r(long id) {
        return new RefId(id);
    }

    static InterleavingInstance instance() {
        InterleavingInstance.Builder b = InterleavingInstance.builder();
        b.newOutput(H, false, null, false);
        b.coord(H);
        return b.build();
    }

    /** S1 … S16. */
    static List<Op> scriptOps() {
        return List.of(
                new NewRef(0, r(0)),
                new NewUtxo(H, r(0), U),
                new Resume(U, OPEN, r(0), r(1), U),
                new InstallHandler(TARIFF),
                new NewRef(1, r(2)),
                new RefPush(ARGS),
                new Resume(U, CHARGE, r(2), r(3), U),
                new Enter(RATE),
                new Activation(r(3), U),
                new RefGet(r(3), 0, Word.of(7, 0, 0, 0)),
                new NewRef(1, r(4)),
                new RefPush(Word.of(5, 0, 0, 0)),
                new Resume(U, RATE, r(4), r(5), U),
                new RefGet(r(5), 0, Word.of(15, 0, 0, 0)),
                new UninstallHandler(TARIFF),
                new Return());
    }

    /** U1 … U16. */
    static List<Op> billOps() {
        return List.of(
                new Enter(OPEN),
                new Init(r(0), S),
                new NewRef(0, r(1)),
                new Yield(r(1)),
                new Enter(CHARGE),
                new Activation(r(2), S),
                new RefGet(r(2), 0, ARGS),
                new NewRef(1, r(3)),
                new RefPush(Word.of(7, 0, 0, 0)),
                new CallEffectHandler(TARIFF, RATE, r(3), r(4)),
                new Enter(RATE),
                new Activation(r(4), S),
                new RefGet(r(4), 0, Word.of(5, 0, 0, 0)),
                new NewRef(1, r(5)),
                new RefPush(Word.of(15, 0, 0, 0)),
                new Yield(r(5)));
    }

    static List<ProcessTrace> traces(List<Op> bill, List<Op> script) {
        return List.of(new ProcessTrace(bill), new ProcessTrace(script));
    }

    static List<ProcessTrace> traces() {
        return traces(billOps(), scriptOps());
    }

    /** The global order of the table: S1–S3 · U1–U4 · S4–S7 · U5–U10 · S8–S13 · U11–U16 · S14–S16. */
    static List<Step> order() {
        List<Step> order = new java.util.ArrayList<>();
        int[][] runs = {{1, 1, 3}, {0, 1, 4}, {1, 4, 7}, {0, 5, 10}, {1, 8, 13}, {0, 11, 16}, {1, 14, 16}};
        for (int[] run : runs) {
            for (int row = run[1]; row <= run[2]; row++) {
                order.add(new Step(new ProcessId(run[0]), row - 1));
            }
        }
        return List.copyOf(order);
    }

    static Symbols symbols() {
        return Symbols.builder()
                .function("Bill::open").function("Meter.charge").function("Tariff.Rate")
                .abi("Tariff").program("tariff", H)
                .process(U, "U").process(S, "S")
                .build();
    }
}
