package dev.starstream.studio.vm.interleaving;

import dev.starstream.studio.vm.interleaving.encoding.Ids;
import dev.starstream.studio.vm.interleaving.op.FunctionId;
import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.RefId;
import dev.starstream.studio.vm.interleaving.op.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * A long legal transaction: a script creates {@code utxos} bills, installs a handler, then calls
 * {@code charge} round-robin {@code rounds} times; each call raises an effect the script answers
 * (the A.10 pattern: 22 operations per round).
 */
final class SyntheticTraces {
    static final Hash H = Ids.programHash(new byte[] {42});
    static final Hash TARIFF = Ids.interfaceId("Tariff");
    static final FunctionId OPEN = Ids.functionId("Bill::open");
    static final FunctionId CHARGE = Ids.functionId("Meter.charge");
    static final FunctionId RATE = Ids.functionId("Tariff.Rate");

    record Tx(InterleavingInstance instance, List<ProcessTrace> traces, long ops) {}

    private SyntheticTraces() {}

    static Tx build(int utxos, int rounds) {
        InterleavingInstance.Builder b = InterleavingInstance.builder();
        for (int i = 0; i < utxos; i++) {
            b.newOutput(H, false, null, false);
        }
        ProcessId s = b.coord(H);
        List<List<Op>> u = new ArrayList<>();
        for (int i = 0; i < utxos; i++) {
            u.add(new ArrayList<>());
        }
        List<Op> sc = new ArrayList<>();
        long[] next = {0};
        sc.add(new Op.InstallHandler(TARIFF));
        for (int i = 0; i < utxos; i++) {
            ProcessId pid = new ProcessId(i);
            RefId arg = ref(next);
            sc.add(new Op.NewRef(0, arg));
            sc.add(new Op.NewUtxo(H, arg, pid));
            RefId back = new RefId(next[0]);
            sc.add(new Op.Resume(pid, OPEN, arg, back, pid));
            List<Op> t = u.get(i);
            t.add(new Op.Enter(OPEN));
            t.add(new Op.Init(arg, s));
            t.add(new Op.NewRef(0, ref(next)));
            t.add(new Op.Yield(back));
        }
        for (int k = 0; k < rounds; k++) {
            int i = k % utxos;
            ProcessId pid = new ProcessId(i);
            List<Op> t = u.get(i);
            Word args = Word.of(k & 0xFFFF, 3, 0, 0);
            RefId call = ref(next);
            sc.add(new Op.NewRef(1, call));
            sc.add(new Op.RefPush(args));
            RefId request = new RefId(next[0]);
            sc.add(new Op.Resume(pid, CHARGE, call, request, pid));
            t.add(new Op.Enter(CHARGE));
            t.add(new Op.Activation(call, s));
            t.add(new Op.RefGet(call, 0, args));
            t.add(new Op.NewRef(1, ref(next)));
            Word rate = Word.of(k & 0xFFFF, 0, 0, 0);
            t.add(new Op.RefPush(rate));
            RefId answer = new RefId(next[0]);
            t.add(new Op.CallEffectHandler(TARIFF, RATE, request, answer));
            sc.add(new Op.Enter(RATE));
            sc.add(new Op.Activation(request, pid));
            sc.add(new Op.RefGet(request, 0, rate));
            sc.add(new Op.NewRef(1, ref(next)));
            sc.add(new Op.RefPush(Word.of(5, 0, 0, 0)));
            RefId result = new RefId(next[0]);
            sc.add(new Op.Resume(pid, RATE, answer, result, pid));
            t.add(new Op.Enter(RATE));
            t.add(new Op.Activation(answer, s));
            t.add(new Op.RefGet(answer, 0, Word.of(5, 0, 0, 0)));
            t.add(new Op.NewRef(1, ref(next)));
            t.add(new Op.RefPush(Word.of(15, 0, 0, 0)));
            t.add(new Op.Yield(result));
            sc.add(new Op.RefGet(result, 0, Word.of(15, 0, 0, 0)));
        }
        sc.add(new Op.UninstallHandler(TARIFF));
        sc.add(new Op.Return());
        List<ProcessTrace> traces = new ArrayList<>();
        long ops = sc.size();
        for (List<Op> t : u) {
            traces.add(new ProcessTrace(t));
            ops += t.size();
        }
        traces.add(new ProcessTrace(sc));
        return new Tx(b.build(), traces, ops);
    }

    private static RefId ref(long[] next) {
        return new RefId(next[0]++);
    }
}
