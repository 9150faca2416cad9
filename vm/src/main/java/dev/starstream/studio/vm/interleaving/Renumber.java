package dev.starstream.studio.vm.interleaving;

import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import java.util.function.IntUnaryOperator;
import org.jspecify.annotations.Nullable;

/** Rewrites every pid an operation carries (the live machine's last step: provisional → canonical). */
final class Renumber {
    private Renumber() {}

    static Op op(Op op, IntUnaryOperator map) {
        return switch (op) {
            case Op.Resume r -> new Op.Resume(pid(r.target(), map), r.fn(), r.val(), r.ret(), optPid(r.caller(), map));
            case Op.NewUtxo n -> new Op.NewUtxo(n.programHash(), n.val(), pid(n.id(), map));
            case Op.NewToken n -> new Op.NewToken(n.programHash(), n.val(), pid(n.id(), map));
            case Op.NewCoord n -> new Op.NewCoord(n.programHash(), n.val(), pid(n.id(), map));
            case Op.GetHandlerFor g -> new Op.GetHandlerFor(g.iface(), pid(g.handler(), map));
            case Op.Activation a -> new Op.Activation(a.val(), pid(a.caller(), map));
            case Op.Init i -> new Op.Init(i.val(), pid(i.caller(), map));
            case Op.Bind b -> new Op.Bind(pid(b.owner(), map));
            case Op.Unbind u -> new Op.Unbind(pid(u.token(), map));
            case Op.ProgramHash h -> new Op.ProgramHash(pid(h.target(), map), h.hash());
            case Op.Yield y -> y;
            case Op.InstallHandler i -> i;
            case Op.UninstallHandler u -> u;
            case Op.Burn b -> b;
            case Op.NewRef n -> n;
            case Op.RefPush p -> p;
            case Op.RefGet g -> g;
            case Op.RefWrite w -> w;
            case Op.Return r -> r;
            case Op.CallEffectHandler c -> c;
            case Op.Enter e -> e;
        };
    }

    static ProcessId pid(ProcessId pid, IntUnaryOperator map) {
        int mapped = map.applyAsInt(pid.value());
        return mapped == pid.value() ? pid : new ProcessId(mapped);
    }

    private static @Nullable ProcessId optPid(@Nullable ProcessId pid, IntUnaryOperator map) {
        return pid == null ? null : pid(pid, map);
    }
}
