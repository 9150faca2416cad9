package dev.starstream.studio.vm.interleaving;

import dev.starstream.studio.vm.interleaving.encoding.Ids;
import dev.starstream.studio.vm.interleaving.op.FunctionId;
import dev.starstream.studio.vm.interleaving.op.Hash;
import dev.starstream.studio.vm.interleaving.op.Op;
import dev.starstream.studio.vm.interleaving.op.ProcessId;
import dev.starstream.studio.vm.interleaving.op.RefId;
import dev.starstream.studio.vm.interleaving.op.Word;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Random small changes to a transaction: drop, duplicate or swap an operation, change one argument,
 * or change the instance where it stays well formed (must_burn, ownership_out, ephemeral). Pids may
 * become one past the table (a bad pid); refs, sizes and offsets stay >= 0.
 */
final class Mutations {
    record Mutant(InterleavingInstance instance, List<ProcessTrace> traces, String change) {}

    private final Random random;

    Mutations(long seed) {
        this.random = new Random(seed);
    }

    Mutant mutate(InterleavingInstance instance, List<ProcessTrace> traces) {
        List<List<Op>> ops = new ArrayList<>();
        traces.forEach(t -> ops.add(new ArrayList<>(t.ops())));
        int kind = random.nextInt(10);
        if (kind == 9) {
            return mutateInstance(instance, traces);
        }
        List<Integer> nonEmpty = new ArrayList<>();
        for (int p = 0; p < ops.size(); p++) {
            if (!ops.get(p).isEmpty()) {
                nonEmpty.add(p);
            }
        }
        if (nonEmpty.isEmpty()) {
            return mutateInstance(instance, traces);
        }
        int p = nonEmpty.get(random.nextInt(nonEmpty.size()));
        List<Op> trace = ops.get(p);
        int i = random.nextInt(trace.size());
        String change;
        switch (kind) {
            case 0, 1 -> {
                change = "drop op " + (i + 1) + " of pid " + p;
                trace.remove(i);
            }
            case 2 -> {
                change = "duplicate op " + (i + 1) + " of pid " + p;
                trace.add(i, trace.get(i));
            }
            case 3, 4 -> {
                int j = Math.min(i + 1, trace.size() - 1);
                change = "swap ops " + (i + 1) + " and " + (j + 1) + " of pid " + p;
                Op a = trace.get(i);
                trace.set(i, trace.get(j));
                trace.set(j, a);
            }
            default -> {
                Op changed = changeArgument(trace.get(i), instance.size(), traces);
                change = "op " + (i + 1) + " of pid " + p + ": " + trace.get(i) + " -> " + changed;
                trace.set(i, changed);
            }
        }
        List<ProcessTrace> out = new ArrayList<>();
        ops.forEach(o -> out.add(new ProcessTrace(o)));
        return new Mutant(instance, out, change);
    }

    private Mutant mutateInstance(InterleavingInstance i, List<ProcessTrace> traces) {
        int nUtxos = i.nInputs() + i.nNew();
        List<Boolean> mustBurn = new ArrayList<>(i.mustBurn());
        List<@Nullable ProcessId> out = new ArrayList<>(i.ownershipOut());
        List<Boolean> ephemeral = new ArrayList<>(i.ephemeral());
        String change;
        int choice = random.nextInt(3);
        if (choice == 0 && i.nInputs() > 0) {
            int p = random.nextInt(i.nInputs());
            mustBurn.set(p, !mustBurn.get(p));
            change = "flip must_burn of input " + p;
        } else if (choice == 1 && nUtxos > 1) {
            int p = random.nextInt(nUtxos);
            int owner = random.nextInt(nUtxos);
            out.set(p, owner == p || random.nextInt(3) == 0 ? null : new ProcessId(owner));
            change = "ownership_out of " + p + " := " + out.get(p);
        } else if (i.nNew() > 0) {
            int p = i.nInputs() + random.nextInt(i.nNew());
            ephemeral.set(p, !ephemeral.get(p));
            change = "flip ephemeral of " + p;
        } else {
            change = "no change";
        }
        return new Mutant(new InterleavingInstance(i.processTable(), i.isUtxo(), i.isToken(), mustBurn,
                i.nInputs(), i.nNew(), i.nCoords(), i.ownershipIn(), out, i.entrypoint(), ephemeral), traces, change);
    }

    private Op changeArgument(Op op, int n, List<ProcessTrace> traces) {
        int f = random.nextInt(5);
        return switch (op) {
            case Op.Resume r -> switch (f) {
                case 0 -> new Op.Resume(pid(n), r.fn(), r.val(), r.ret(), r.caller());
                case 1 -> new Op.Resume(r.target(), fn(traces, r.fn()), r.val(), r.ret(), r.caller());
                case 2 -> new Op.Resume(r.target(), r.fn(), ref(r.val()), r.ret(), r.caller());
                case 3 -> new Op.Resume(r.target(), r.fn(), r.val(), optRef(r.ret()), r.caller());
                default -> new Op.Resume(r.target(), r.fn(), r.val(), r.ret(), optPid(n));
            };
            case Op.Yield y -> new Op.Yield(ref(y.val()));
            case Op.NewUtxo u -> f < 2 ? new Op.NewUtxo(hash(traces, u.programHash()), u.val(), u.id())
                    : f < 4 ? new Op.NewUtxo(u.programHash(), ref(u.val()), u.id())
                    : new Op.NewUtxo(u.programHash(), u.val(), pid(n));
            case Op.NewToken t -> f < 2 ? new Op.NewToken(hash(traces, t.programHash()), t.val(), t.id())
                    : f < 4 ? new Op.NewToken(t.programHash(), ref(t.val()), t.id())
                    : new Op.NewToken(t.programHash(), t.val(), pid(n));
            case Op.NewCoord c -> new Op.NewCoord(c.programHash(), c.val(), pid(n));
            case Op.InstallHandler i -> new Op.InstallHandler(hash(traces, i.iface()));
            case Op.UninstallHandler u -> new Op.UninstallHandler(hash(traces, u.iface()));
            case Op.GetHandlerFor g -> f < 2 ? new Op.GetHandlerFor(hash(traces, g.iface()), g.handler())
                    : new Op.GetHandlerFor(g.iface(), pid(n));
            case Op.Activation a -> f < 3 ? new Op.Activation(ref(a.val()), a.caller()) : new Op.Activation(a.val(), pid(n));
            case Op.Init i -> f < 3 ? new Op.Init(ref(i.val()), i.caller()) : new Op.Init(i.val(), pid(n));
            case Op.NewRef r -> f < 3 ? new Op.NewRef(Math.max(0, r.size() + (random.nextBoolean() ? 1 : -1)), r.ref())
                    : new Op.NewRef(r.size(), ref(r.ref()));
            case Op.RefPush p -> new Op.RefPush(word(p.word()));
            case Op.RefGet g -> f < 2 ? new Op.RefGet(ref(g.ref()), g.offset(), g.word())
                    : f < 3 ? new Op.RefGet(g.ref(), offset(g.offset()), g.word())
                    : new Op.RefGet(g.ref(), g.offset(), word(g.word()));
            case Op.RefWrite w -> f < 2 ? new Op.RefWrite(ref(w.ref()), w.offset(), w.word())
                    : f < 3 ? new Op.RefWrite(w.ref(), offset(w.offset()), w.word())
                    : new Op.RefWrite(w.ref(), w.offset(), word(w.word()));
            case Op.Bind b -> new Op.Bind(pid(n));
            case Op.Unbind u -> new Op.Unbind(pid(n));
            case Op.ProgramHash h -> f < 2 ? new Op.ProgramHash(pid(n), h.hash()) : new Op.ProgramHash(h.target(), hash(traces, h.hash()));
            case Op.CallEffectHandler c -> switch (f) {
                case 0 -> new Op.CallEffectHandler(hash(traces, c.iface()), c.fn(), c.val(), c.ret());
                case 1 -> new Op.CallEffectHandler(c.iface(), fn(traces, c.fn()), c.val(), c.ret());
                case 2 -> new Op.CallEffectHandler(c.iface(), c.fn(), ref(c.val()), c.ret());
                default -> new Op.CallEffectHandler(c.iface(), c.fn(), c.val(), optRef(c.ret()));
            };
            case Op.Enter e -> new Op.Enter(fn(traces, e.fn()));
            case Op.Burn b -> new Op.Return();
            case Op.Return r -> new Op.Burn();
        };
    }

    private ProcessId pid(int n) {
        return new ProcessId(random.nextInt(n + 1));
    }

    private @Nullable ProcessId optPid(int n) {
        return random.nextInt(5) == 0 ? null : pid(n);
    }

    private RefId ref(RefId r) {
        long v = r.value();
        return new RefId(v == 0 || random.nextBoolean() ? v + 1 : v - 1);
    }

    private @Nullable RefId optRef(@Nullable RefId r) {
        return random.nextInt(5) == 0 ? null : ref(r == null ? new RefId(0) : r);
    }

    private int offset(int o) {
        return o == 0 || random.nextBoolean() ? o + 1 : o - 1;
    }

    private Word word(Word w) {
        long[] lanes = {w.lane0(), w.lane1(), w.lane2(), w.lane3()};
        int i = random.nextInt(4);
        lanes[i] = (lanes[i] + 1 + random.nextInt(20)) & 0xFFFF_FFFFL;
        return new Word(lanes[0], lanes[1], lanes[2], lanes[3]);
    }

    private FunctionId fn(List<ProcessTrace> traces, FunctionId current) {
        Set<FunctionId> fns = new LinkedHashSet<>();
        traces.forEach(t -> t.ops().forEach(op -> {
            if (op instanceof Op.Enter e) {
                fns.add(e.fn());
            }
        }));
        fns.remove(current);
        fns.add(Ids.functionId("mutant"));
        List<FunctionId> list = new ArrayList<>(fns);
        return list.get(random.nextInt(list.size()));
    }

    private Hash hash(List<ProcessTrace> traces, Hash current) {
        Set<Hash> hashes = new LinkedHashSet<>();
        traces.forEach(t -> t.ops().forEach(op -> {
            switch (op) {
                case Op.InstallHandler i -> hashes.add(i.iface());
                case Op.NewUtxo u -> hashes.add(u.programHash());
                case Op.NewToken t2 -> hashes.add(t2.programHash());
                default -> { }
            }
        }));
        hashes.remove(current);
        hashes.add(Ids.interfaceId("Mutant"));
        List<Hash> list = new ArrayList<>(hashes);
        return list.get(random.nextInt(list.size()));
    }
}
