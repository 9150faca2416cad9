package dev.starstream.studio.vm.wasm.codegen.emit;

import dev.starstream.studio.vm.wasm.codegen.ir.IrExpr;
import dev.starstream.studio.vm.wasm.codegen.ir.IrPattern;
import dev.starstream.studio.vm.wasm.codegen.ir.IrStmt;
import dev.starstream.studio.vm.wasm.codegen.ir.IrVar;
import dev.starstream.studio.vm.wasm.codegen.ir.IrWalker;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which variables are live across each yield point of a {@link Cfg}: backward data flow over the
 * basic blocks. A statement uses every variable it reads anywhere inside; it defines a variable only
 * when it is a {@code let} of it or an assignment to it at the top (a write inside a branch may not
 * happen). A {@code match} switch defines its arm's bindings on the edge into the arm.
 */
public final class Liveness {
    private Liveness() {}

    /** For each yield point k: the variables to spill, in declaration (id) order. */
    public static Map<Integer, List<IrVar>> spills(Cfg cfg) {
        Map<Integer, IrVar> vars = new HashMap<>();
        int n = cfg.blocks().size();
        BitSet[] in = new BitSet[n];
        for (int i = 0; i < n; i++) {
            in[i] = new BitSet();
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int b = n - 1; b >= 0; b--) {
                Cfg.Block block = cfg.blocks().get(b);
                BitSet live = liveOut(block, in, vars);
                for (int s = block.statements().size() - 1; s >= 0; s--) {
                    transfer(block.statements().get(s), live, vars);
                }
                if (!live.equals(in[b])) {
                    in[b] = live;
                    changed = true;
                }
            }
        }
        Map<Integer, List<IrVar>> out = new TreeMap<>();
        for (Cfg.Terminator.Suspend y : cfg.yields()) {
            List<IrVar> spilled = new ArrayList<>();
            in[y.resume()].stream().forEach(id -> spilled.add(vars.get(id)));
            out.put(y.k(), spilled);
        }
        return out;
    }

    private static BitSet liveOut(Cfg.Block block, BitSet[] in, Map<Integer, IrVar> vars) {
        BitSet live = new BitSet();
        switch (block.terminator()) {
            case Cfg.Terminator.Switch s -> {
                for (int i = 0; i < s.targets().size(); i++) {
                    BitSet edge = (BitSet) in[s.targets().get(i)].clone();
                    bound(s.patterns().get(i), edge);
                    live.or(edge);
                }
                use(s.scrutinee(), live, vars);
            }
            case Cfg.Terminator.Branch br -> {
                live.or(in[br.then()]);
                live.or(in[br.otherwise()]);
                switch (br.condition()) {
                    case IrExpr.Condition.Test t -> uses(t.expr(), live, vars);
                    case IrExpr.Condition.IsAbi is -> use(is.var(), live, vars);
                }
            }
            default -> Cfg.successors(block.terminator()).forEach(t -> live.or(in[t]));
        }
        return live;
    }

    private static void transfer(IrStmt s, BitSet live, Map<Integer, IrVar> vars) {
        switch (s) {
            case IrStmt.Let l -> live.clear(l.var().id());
            case IrStmt.Assign a when a.place() instanceof IrStmt.LocalPlace p -> live.clear(p.var().id());
            default -> { }
        }
        new IrWalker() {
            @Override
            protected void use(IrVar v, boolean write) {
                if (!write) {
                    Liveness.use(v, live, vars);
                }
            }
        }.statement(s);
    }

    private static void uses(IrExpr e, BitSet live, Map<Integer, IrVar> vars) {
        new IrWalker() {
            @Override
            protected void use(IrVar v, boolean write) {
                if (!write) {
                    Liveness.use(v, live, vars);
                }
            }
        }.expression(e);
    }

    private static void use(IrVar v, BitSet live, Map<Integer, IrVar> vars) {
        live.set(v.id());
        vars.putIfAbsent(v.id(), v);
    }

    private static void bound(IrPattern p, BitSet live) {
        new IrWalker() {
            @Override
            protected void declare(IrVar v) {
                live.clear(v.id());
            }
        }.pattern(p);
    }
}
