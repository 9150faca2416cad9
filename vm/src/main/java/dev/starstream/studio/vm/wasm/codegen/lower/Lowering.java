package dev.starstream.studio.vm.wasm.codegen.lower;

import dev.starstream.studio.vm.contract.TypeDecl;
import dev.starstream.studio.vm.lang.ast.Stmt;
import dev.starstream.studio.vm.lang.check.AbiInfo;
import dev.starstream.studio.vm.lang.check.FunctionInfo;
import dev.starstream.studio.vm.lang.check.Symbol;
import dev.starstream.studio.vm.lang.check.TypedModule;
import dev.starstream.studio.vm.lang.check.UtxoInfo;
import dev.starstream.studio.vm.lang.types.Type;
import dev.starstream.studio.vm.wasm.codegen.ir.IrContract;
import dev.starstream.studio.vm.wasm.codegen.ir.IrFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lowers a checked contract to {@link IrContract}: the contract's own module first, then the helper
 * modules it reaches (each checked without errors). Every top-level {@code fn} and {@code script fn}
 * of these modules is compiled into the contract; utxo and token types are numbered in that order
 * (their declaration index, word 0 of a state record).
 */
public final class Lowering {
    private Lowering() {}

    /**
     * @param name the contract's name (its file stem)
     * @param modules the contract module first, then the helper modules it reaches
     */
    public static IrContract lower(String name, List<TypedModule> modules) {
        Map<String, TypedModule> byPath = new LinkedHashMap<>();
        modules.forEach(m -> byPath.putIfAbsent(m.path(), m));
        List<IrFunction> functions = new ArrayList<>();
        List<IrContract.ProcessType> types = new ArrayList<>();
        Map<String, AbiInfo> abis = new LinkedHashMap<>();
        Map<String, TypeDecl> typeDecls = new LinkedHashMap<>();
        for (TypedModule module : byPath.values()) {
            for (FunctionInfo f : module.functions()) {
                if (f.role() == FunctionInfo.Role.TOP_LEVEL || f.role() == FunctionInfo.Role.SCRIPT) {
                    functions.add(new FunctionLowering(module, f).lower());
                }
            }
            for (UtxoInfo u : module.utxos()) {
                types.add(processType(module, u, types.size()));
                u.implementedAbis().forEach(a -> abis.putIfAbsent(a.name(), a));
            }
            module.abis().forEach(a -> abis.putIfAbsent(a.name(), a));
            for (TypedModule.Occurrence o : module.occurrences()) {
                Symbol s = o.symbol();
                if (o.definition() && (s.kind() == Symbol.Kind.STRUCT || s.kind() == Symbol.Kind.ENUM)) {
                    typeDecls.putIfAbsent(s.name(), new TypeDecl(s.name(), s.type()));
                }
            }
        }
        List<IrContract.Abi> irAbis = abis.values().stream().map(Lowering::abi).toList();
        return new IrContract(name, functions, types, irAbis, List.copyOf(typeDecls.values()));
    }

    private static IrContract.ProcessType processType(TypedModule module, UtxoInfo u, int index) {
        List<IrContract.StorageField> storage = u.storage().stream()
                .map(f -> new IrContract.StorageField(f.name(), f.type(), f.decl().indexed())).toList();
        List<IrFunction> constructors = new ArrayList<>();
        List<IrContract.Method> methods = new ArrayList<>();
        List<IrFunction> helpers = new ArrayList<>();
        for (FunctionInfo f : u.functions()) {
            IrFunction lowered = new FunctionLowering(module, f).lower();
            switch (f.role()) {
                case UTXO_MAIN, TOKEN_MINT -> constructors.add(lowered);
                case LOCAL_HELPER -> helpers.add(lowered);
                case IMPL_METHOD -> methods.add(new IrContract.Method(f.implementedAbi().map(AbiInfo::name).orElse(""),
                        lowered, endsWithResume(f), false));
                case TOKEN_BURN -> methods.add(new IrContract.Method(u.name(), lowered, false, true));
                default -> throw new IllegalStateException("a " + f.role() + " inside " + u.name());
            }
        }
        return new IrContract.ProcessType(index, u.name(), u.isToken(), u.type(), storage, constructors, methods, helpers,
                u.implementedAbis().stream().map(AbiInfo::name).toList());
    }

    private static boolean endsWithResume(FunctionInfo f) {
        List<Stmt> body = f.decl().body().statements();
        return f.decl().body().tail().isEmpty() && !body.isEmpty() && body.getLast() instanceof Stmt.Resume;
    }

    private static IrContract.Abi abi(AbiInfo a) {
        List<IrContract.Signature> methods = new ArrayList<>();
        List<IrContract.Signature> events = new ArrayList<>();
        List<IrContract.Signature> effects = new ArrayList<>();
        for (AbiInfo.Member m : a.members()) {
            Type.Function sig = m.signature();
            IrContract.Signature s = new IrContract.Signature(m.name(), sig.params(), sig.result());
            switch (m.kind()) {
                case METHOD -> methods.add(s);
                case EVENT -> events.add(s);
                case EFFECT -> effects.add(s);
            }
        }
        return new IrContract.Abi(a.name(), methods, events, effects);
    }
}
