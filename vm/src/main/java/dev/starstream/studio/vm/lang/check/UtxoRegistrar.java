package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Definition;
import dev.starstream.studio.vm.lang.ast.Expr;
import dev.starstream.studio.vm.lang.ast.FnDecl;
import dev.starstream.studio.vm.lang.ast.Ident;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Registers a utxo or token (LANGUAGE.md §3.3, §3.8; RUNTIME A.4): its type, its child namespace
 * with the constructors ({@code main fn}s; Studio also registers {@code mint fn}s), a
 * {@link FunctionInfo} for every function of the body, the ABIs it implements, and the methods
 * callable on its handles. Token shape rules E0052–E0054 are checked here, before bodies.
 */
final class UtxoRegistrar {
    private final ModuleContext cx;
    private final TypeResolver types;
    private final Registrar registrar;

    UtxoRegistrar(ModuleContext cx, TypeResolver types, Registrar registrar) {
        this.cx = cx;
        this.types = types;
        this.registrar = registrar;
    }

    void utxo(Definition.UtxoDef u) {
        UtxoInfo info = register(u, u.name(), u.doc(), u.parts(), false);
        // methods callable on a named utxo: ABIs offered by every yield in its functions (§3.8)
        List<Set<AbiInfo>> yields = new ArrayList<>();
        for (Definition.Part p : u.parts()) {
            for (FnDecl f : functionsOf(p)) {
                AstWalk.expressions(f, e -> {
                    if (e instanceof Expr.Yield y) {
                        Set<AbiInfo> offered = new LinkedHashSet<>();
                        y.abis().forEach(a -> abiDeclaredBefore(a).ifPresent(offered::add));
                        yields.add(offered);
                    }
                });
            }
        }
        if (!yields.isEmpty()) {
            Set<AbiInfo> common = new LinkedHashSet<>(yields.getFirst());
            yields.forEach(common::retainAll);
            common.forEach(a -> info.callable.addAll(a.methods()));
        }
    }

    void token(Definition.TokenDef t) {
        UtxoInfo info = register(t, t.name(), t.doc(), t.parts(), true);
        if (ModuleContext.missing(t.name())) {
            return;
        }
        String name = t.name().name();
        if (info.functions(FunctionInfo.Role.TOKEN_MINT).isEmpty()) {
            cx.error(DiagnosticCode.E0052, t.name().span(), "token `" + name + "` has no `mint fn`",
                    "add a constructor, for example `mint fn mint(amount: u64) { … }`");
        }
        List<Definition.Part.Impl> tokenImpls = t.parts().stream()
                .filter(p -> p instanceof Definition.Part.Impl i && i.abi().name().equals("Token"))
                .map(p -> (Definition.Part.Impl) p).toList();
        if (tokenImpls.isEmpty()) {
            cx.error(DiagnosticCode.E0053, t.name().span(), "token `" + name + "` does not implement `Token`",
                    "add `impl Token { fn attach(utxo: Utxo) { } fn detach(utxo: Utxo) { } }`");
        }
        for (int i = 1; i < tokenImpls.size(); i++) {
            cx.report(cx.diag(DiagnosticCode.E0054, tokenImpls.get(i).abi().span(), "token `" + name + "` implements `Token` more than once")
                    .withRelated(cx.at(tokenImpls.getFirst().abi().span()), "first implemented here")
                    .withHelp("merge the `impl Token` blocks into one"));
        }
        info.addImplemented(cx.lib.tokenAbi);
        for (AbiInfo abi : info.implementedAbis()) {
            info.callable.addAll(abi.methods());
        }
    }

    private UtxoInfo register(Definition def, Ident name, Optional<String> doc, List<Definition.Part> parts, boolean token) {
        Symbol symbol = cx.define(token ? Symbol.Kind.TOKEN : Symbol.Kind.UTXO, name, null, doc, null);
        UtxoInfo info = new UtxoInfo(name.name(), cx.path, token, def, symbol);
        symbol.setTy(info.ty());
        cx.typed.utxo(info);
        cx.session.register(info);
        Namespace ns = new Namespace(name.name(), symbol);
        if (registrar.addType(cx.root, name, new Namespace.TypeEntry(symbol, 0, args -> info.ty(), cx.order, null, info, null))) {
            cx.root.children.put(name.name(), ns);
        }
        for (Definition.Part p : parts) {
            switch (p) {
                case Definition.Part.Function f -> function(info, ns, f.function(), null);
                case Definition.Part.Impl i -> {
                    AbiInfo abi = implementedAbi(i.abi()).orElse(null);
                    if (abi != null) {
                        info.addImplemented(abi);
                    }
                    i.functions().forEach(fn -> function(info, ns, fn, abi == null ? failedAbi(i.abi()) : abi));
                }
                case Definition.Part.Storage s -> { }
            }
        }
        return info;
    }

    private void function(UtxoInfo owner, Namespace ns, FnDecl f, @Nullable AbiInfo impl) {
        FunctionInfo.Role role;
        Symbol.Kind kind;
        if (impl != null) {
            role = FunctionInfo.Role.IMPL_METHOD;
            kind = Symbol.Kind.IMPL_METHOD;
        } else {
            switch (f.kind()) {
                case MAIN -> {
                    role = FunctionInfo.Role.UTXO_MAIN;
                    kind = Symbol.Kind.MAIN_FUNCTION;
                }
                case MINT -> {
                    role = FunctionInfo.Role.TOKEN_MINT;
                    kind = Symbol.Kind.MINT_FUNCTION;
                }
                case BURN -> {
                    role = FunctionInfo.Role.TOKEN_BURN;
                    kind = Symbol.Kind.BURN_FUNCTION;
                }
                default -> {
                    role = FunctionInfo.Role.LOCAL_HELPER;
                    kind = Symbol.Kind.HELPER_FUNCTION;
                }
            }
        }
        Symbol symbol = cx.define(kind, f.name(), owner.symbol(), f.doc(), null);
        Ty.Fn sig;
        if (role == FunctionInfo.Role.UTXO_MAIN || role == FunctionInfo.Role.TOKEN_MINT) {
            f.returnType().ifPresent(rt -> cx.error(DiagnosticCode.E0043, rt.span(),
                    "a `" + f.kind().keyword() + " fn` cannot declare a return type",
                    "remove `-> …`: the caller receives the new " + (owner.isToken() ? "token" : "utxo") + " handle `" + owner.name() + "`"));
            sig = registrar.signature(f.params(), owner.ty(), Type.FunctionKind.FN);
        } else if (role == FunctionInfo.Role.TOKEN_BURN) {
            sig = registrar.signature(f.params(), f.returnType().map(types::resolve).orElse(Ty.UNIT), Type.FunctionKind.FN);
        } else {
            sig = new Ty.Fn(Type.FunctionKind.FN, List.of(), List.of(), List.of(), Ty.ERR); // resolved with the body (§3.3)
        }
        FunctionInfo info = new FunctionInfo(f.name().name(), f, cx.path, role, owner, impl != null && impl.name().isEmpty() ? null : impl,
                symbol, sig);
        symbol.setTy(sig);
        owner.addFunction(info);
        cx.typed.function(info);
        if (role == FunctionInfo.Role.UTXO_MAIN || role == FunctionInfo.Role.TOKEN_MINT) {
            registrar.addConstant(ns, f.name(), info);
        }
    }

    /** An ABI that an {@code impl} names: declared earlier in this file, imported, or the built-in {@code Token}. */
    Optional<AbiInfo> implementedAbi(Ident name) {
        if (name.name().equals("Token")) {
            return Optional.of(cx.lib.tokenAbi);
        }
        return abiDeclaredBefore(name);
    }

    private Optional<AbiInfo> abiDeclaredBefore(Ident name) {
        Namespace.TypeEntry e = cx.root.types.get(name.name());
        if (e == null || e.abi() == null || e.order() > cx.order) {
            return Optional.empty();
        }
        return Optional.of(e.abi());
    }

    /** A stand-in for an unknown ABI (E0047 is reported with the body), so impl methods keep their role. */
    private AbiInfo failedAbi(Ident name) {
        return new AbiInfo("", cx.path, null, new Symbol(Symbol.Kind.ABI, name.name(), null, null, null, null));
    }

    private static List<FnDecl> functionsOf(Definition.Part p) {
        return switch (p) {
            case Definition.Part.Function f -> List.of(f.function());
            case Definition.Part.Impl i -> i.functions();
            case Definition.Part.Storage s -> List.of();
        };
    }
}
