package dev.starstream.studio.vm.interleaving.op;

import dev.starstream.studio.vm.interleaving.encoding.Ids;
import java.util.List;

/** Shared operation samples for tests. */
public final class OpFixtures {
    private static final Hash H = Ids.programHash(new byte[] {1, 2, 3});
    private static final Hash I = Ids.interfaceId("Tariff");
    /** Above Long.MAX_VALUE: must survive as an exact unsigned number. */
    public static final FunctionId BIG = new FunctionId(0xFFFF_FFFF_0000_0000L);
    private static final ProcessId P0 = new ProcessId(0);
    private static final ProcessId P1 = new ProcessId(1);
    private static final Word W = Word.of(0xFFFF_FFFFL, 1, 2, 3);

    private OpFixtures() {}

    /** One operation of every kind, with unresolved outputs where an op can have them. */
    public static List<Op> everyOp() {
        RefId r2 = new RefId(2);
        return List.of(
                new Op.Resume(P0, BIG, r2, new RefId(3), P0),
                Op.Resume.pending(P0, BIG, r2),
                new Op.Yield(r2),
                new Op.NewUtxo(H, r2, P0),
                new Op.NewCoord(H, r2, P1),
                new Op.InstallHandler(I),
                new Op.UninstallHandler(I),
                new Op.GetHandlerFor(I, P1),
                new Op.Burn(),
                new Op.Activation(r2, P1),
                new Op.Init(r2, P1),
                new Op.NewRef(3, r2),
                new Op.RefPush(W),
                new Op.RefGet(r2, 1, W),
                new Op.Bind(P1),
                new Op.Unbind(P0),
                new Op.ProgramHash(P1, H),
                new Op.RefWrite(r2, 2, W),
                new Op.Return(),
                new Op.CallEffectHandler(I, Ids.functionId("Tariff.Rate"), r2, new RefId(4)),
                Op.CallEffectHandler.pending(I, Ids.functionId("Tariff.Rate"), r2),
                new Op.NewToken(H, r2, P0),
                new Op.Enter(Ids.functionId("Meter.charge")));
    }

}
