package dev.starstream.studio.vm.wasm.codegen;

import dev.starstream.studio.vm.contract.SpillLayout;
import dev.starstream.studio.vm.contract.StateGlobal;
import dev.starstream.studio.vm.contract.StorageFieldLayout;
import dev.starstream.studio.vm.contract.YieldPointLayout;
import dev.starstream.studio.vm.lang.syntax.SourceFile;
import dev.starstream.studio.vm.wasm.codegen.debug.DebugInfo;
import dev.starstream.studio.vm.wasm.codegen.emit.Cfg;
import dev.starstream.studio.vm.wasm.codegen.emit.CoroutineEmitter;
import dev.starstream.studio.vm.wasm.codegen.emit.SlotSource;
import dev.starstream.studio.vm.wasm.codegen.ir.IrContract;
import dev.starstream.studio.vm.wasm.codegen.ir.IrVar;
import dev.starstream.studio.vm.wasm.codegen.layout.Slots;
import dev.starstream.studio.vm.wasm.encode.ConstExpr;
import dev.starstream.studio.vm.wasm.encode.Ids.GlobalId;
import dev.starstream.studio.vm.wasm.encode.ModuleBuilder;
import dev.starstream.studio.vm.wasm.encode.ValType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The state globals of one utxo or token type (docs/design/vm-abi.md §7, RUNTIME A.8), exported as
 * {@code <type>#state.<i>} in record order: {@code yield} (utxos only), every slot of every storage
 * field, then per yield point k ascending its spill slots. Also their descriptions for the contract
 * layout and the debug info. Record words: 0 the type index, 1 the yield point, then the non-yield
 * globals as lanes ({@code i64} → two words).
 */
final class TypeState {
    final IrContract.ProcessType type;
    final @Nullable GlobalId yieldGlobal;
    final List<SlotSource.Globals> storage = new ArrayList<>();
    final Map<Integer, List<CoroutineEmitter.Spill>> spills = new LinkedHashMap<>();
    final List<StateGlobal> stateGlobals = new ArrayList<>();
    final List<StorageFieldLayout> storageLayouts = new ArrayList<>();
    final List<YieldPointLayout> yieldPoints = new ArrayList<>();
    final List<DebugInfo.YieldPoint> debugYieldPoints = new ArrayList<>();
    private final ModuleBuilder module;
    private int word = 2;

    TypeState(ModuleBuilder module, IrContract.ProcessType type, List<MainPlan> mains) {
        this.module = module;
        this.type = type;
        if (type.token()) {
            yieldGlobal = null;
        } else {
            yieldGlobal = global(ValType.I32, StateGlobal.Role.YIELD_POINT, "yield", 0);
        }
        for (IrContract.StorageField f : type.storage()) {
            int offset = word;
            List<GlobalId> globals = new ArrayList<>();
            for (ValType t : Slots.of(f.type())) {
                globals.add(global(t, StateGlobal.Role.STORAGE, f.name(), 0));
            }
            storage.add(new SlotSource.Globals(globals));
            storageLayouts.add(new StorageFieldLayout(f.name(), f.type(), f.indexed(), offset, word - offset));
        }
        for (MainPlan plan : mains) {
            Cfg cfg = plan.cfg();
            if (cfg == null) {
                continue;
            }
            SourceFile file = plan.main().file();
            for (Cfg.Terminator.Suspend y : cfg.yields()) {
                List<CoroutineEmitter.Spill> spilled = new ArrayList<>();
                List<SpillLayout> layouts = new ArrayList<>();
                List<DebugInfo.Spill> debugSpills = new ArrayList<>();
                for (IrVar v : plan.spills().getOrDefault(y.k(), List.of())) {
                    int offset = word;
                    int firstIndex = stateGlobals.size();
                    List<GlobalId> globals = new ArrayList<>();
                    for (ValType t : Slots.of(v.type())) {
                        globals.add(global(t, StateGlobal.Role.SPILL, v.name(), y.k()));
                    }
                    spilled.add(new CoroutineEmitter.Spill(v, new SlotSource.Globals(globals)));
                    layouts.add(new SpillLayout(v.name(), v.type(), offset, word - offset));
                    List<Integer> indices = new ArrayList<>();
                    for (int i = 0; i < globals.size(); i++) {
                        indices.add(firstIndex + i);
                    }
                    debugSpills.add(new DebugInfo.Spill(v.name(), v.type(), indices));
                }
                spills.put(y.k(), spilled);
                int line = file.position(y.span().start()).line();
                yieldPoints.add(new YieldPointLayout(y.k(), y.abis(), layouts, file.path(), line));
                debugYieldPoints.add(new DebugInfo.YieldPoint(y.k(), plan.main().name(), y.abis(), file.path(), line,
                        debugSpills));
            }
        }
    }

    private GlobalId global(ValType t, StateGlobal.Role role, String owner, int k) {
        int index = stateGlobals.size();
        String export = Names.stateExport(type.name(), index);
        GlobalId g = module.global(export, t, true, t == ValType.I64 ? ConstExpr.i64(0) : ConstExpr.i32(0));
        module.exportGlobal(export, g);
        stateGlobals.add(new StateGlobal(export, t == ValType.I64, role, owner, k));
        if (role != StateGlobal.Role.YIELD_POINT) {
            word += t == ValType.I64 ? 2 : 1;
        }
        return g;
    }
}
