package dev.starstream.studio.vm.wasm.codegen;

import dev.starstream.studio.vm.contract.AbiLayout;
import dev.starstream.studio.vm.contract.ContractLayout;
import dev.starstream.studio.vm.contract.FunctionLayout;
import dev.starstream.studio.vm.contract.HandlerLayout;
import dev.starstream.studio.vm.contract.MethodLayout;
import dev.starstream.studio.vm.contract.ParamLayout;
import dev.starstream.studio.vm.contract.ProcessTypeLayout;
import dev.starstream.studio.vm.contract.ScriptLayout;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.wasm.codegen.emit.AbiIds;
import dev.starstream.studio.vm.wasm.codegen.ir.IrContract;
import dev.starstream.studio.vm.wasm.codegen.ir.IrFunction;
import dev.starstream.studio.vm.wasm.codegen.ir.IrVar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Builds the {@link ContractLayout} (docs/design/vm-abi.md §6) of a written module. */
final class LayoutBuilder {
    private LayoutBuilder() {}

    static ContractLayout build(IrContract contract, Map<String, TypeState> states, List<HandlerLayout> handlers) {
        List<ScriptLayout> scripts = new ArrayList<>();
        for (IrFunction f : contract.functions()) {
            if (f.kind() == IrFunction.Kind.SCRIPT) {
                scripts.add(new ScriptLayout(f.name(), Names.scriptExport(f.name()), params(f.params()), f.result()));
            }
        }
        List<ProcessTypeLayout> types = new ArrayList<>();
        for (IrContract.ProcessType t : contract.types()) {
            TypeState state = states.get(t.name());
            List<FunctionLayout> constructors = new ArrayList<>();
            for (IrFunction c : t.constructors()) {
                String export = t.token() ? Names.mintExport(t.name(), c.name()) : Names.utxoMainExport(t.name(), c.name());
                constructors.add(new FunctionLayout(c.name(), export, params(c.params()), t.handle(),
                        AbiIds.functionId(t.name() + "::" + c.name())));
            }
            List<MethodLayout> methods = new ArrayList<>();
            for (IrContract.Method m : t.methods()) {
                IrFunction f = m.function();
                String export = t.token() ? Names.tokenMethodExport(t.name(), f.name())
                        : Names.utxoMethodExport(t.name(), f.name());
                String q = m.burn() ? t.name() + "::" + f.name() : m.abi() + "." + f.name();
                methods.add(new MethodLayout(m.abi(), f.name(), export, params(f.params()), f.result(), m.resumes(),
                        m.burn(), AbiIds.functionId(q)));
            }
            types.add(new ProcessTypeLayout(t.index(), t.name(),
                    t.token() ? ProcessTypeLayout.Kind.TOKEN : ProcessTypeLayout.Kind.UTXO, state.stateGlobals,
                    state.storageLayouts, constructors, methods, state.yieldPoints, t.implementedAbis()));
        }
        List<AbiLayout> abis = new ArrayList<>();
        for (IrContract.Abi a : contract.abis()) {
            long[] limbs = AbiIds.interfaceLimbs(a.name());
            abis.add(new AbiLayout(a.name(), Arrays.stream(limbs).boxed().toList(), members(a.name(), a.methods()),
                    members(a.name(), a.events()), members(a.name(), a.effects())));
        }
        return new ContractLayout(contract.name(), ContractLayout.VERSION, scripts, types, abis, handlers,
                contract.typeDecls());
    }

    private static List<AbiLayout.Member> members(String abi, List<IrContract.Signature> signatures) {
        return signatures.stream().map(s -> new AbiLayout.Member(s.name(),
                s.params().stream().map(p -> new ParamLayout(p.name(), p.type(), p.pub())).toList(), s.result(),
                AbiIds.functionId(abi + "." + s.name()))).toList();
    }

    private static List<ParamLayout> params(List<IrVar> params) {
        return params.stream().map(p -> new ParamLayout(p.name(), p.type(), p.pub())).toList();
    }

    static Type handleOf(IrContract.ProcessType t) {
        return t.handle();
    }
}
