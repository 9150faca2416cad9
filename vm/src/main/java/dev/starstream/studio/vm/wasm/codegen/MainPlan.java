package dev.starstream.studio.vm.wasm.codegen;

import dev.starstream.studio.vm.wasm.codegen.emit.Cfg;
import dev.starstream.studio.vm.wasm.codegen.emit.CfgBuilder;
import dev.starstream.studio.vm.wasm.codegen.emit.Liveness;
import dev.starstream.studio.vm.wasm.codegen.ir.IrFunction;
import dev.starstream.studio.vm.wasm.codegen.ir.IrVar;
import dev.starstream.studio.vm.wasm.codegen.ir.IrWalker;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How one utxo main is compiled: without yields as structured code; with yields as a {@link Cfg}
 * whose yield points are numbered from {@code firstK}, with the variables live across each.
 */
record MainPlan(IrFunction main, @Nullable Cfg cfg, Map<Integer, List<IrVar>> spills) {

    static MainPlan of(IrFunction main, int firstK) {
        if (!IrWalker.hasYield(main.body())) {
            return new MainPlan(main, null, Map.of());
        }
        int[] maxId = {0};
        new IrWalker() {
            @Override
            protected void declare(IrVar v) {
                maxId[0] = Math.max(maxId[0], v.id());
            }
        }.function(main);
        Cfg cfg = new CfgBuilder(maxId[0] + 1, firstK).build(main);
        return new MainPlan(main, cfg, Liveness.spills(cfg));
    }

    int yieldCount() {
        return cfg == null ? 0 : cfg.yields().size();
    }
}
