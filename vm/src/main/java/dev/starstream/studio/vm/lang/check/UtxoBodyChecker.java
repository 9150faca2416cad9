package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Definition;
import dev.starstream.studio.vm.lang.ast.FnDecl;
import dev.starstream.studio.vm.lang.ast.Param;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.syntax.Span;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The body of a utxo or token, part by part in source order (LANGUAGE.md §3.3): storage fields are
 * visible only to later parts (a handle in storage is E1004), a helper {@code fn} only to itself and
 * later parts; {@code impl} blocks are checked against their ABI (E0047, E0048, E0030, E0031, E0009).
 * The methods callable on a handle (impl methods and a token's burn functions) need distinct names
 * (E1006): a call names its method by name and so does the module's export.
 */
final class UtxoBodyChecker {
    private final ModuleContext cx;
    private final BodyChecker body;

    UtxoBodyChecker(ModuleContext cx, BodyChecker body) {
        this.cx = cx;
        this.body = body;
    }

    void check(UtxoInfo info, List<Definition.Part> parts) {
        Scope scope = new Scope(null);
        Map<String, Symbol> storageNames = new HashMap<>();
        Map<String, Symbol> helperNames = new HashMap<>();
        Map<String, FunctionInfo> handleMethods = new HashMap<>();
        for (Definition.Part part : parts) {
            switch (part) {
                case Definition.Part.Storage s -> {
                    for (Definition.StorageField f : s.fields()) {
                        storage(info, f, scope, storageNames);
                    }
                }
                case Definition.Part.Function f -> {
                    FunctionInfo fn = cx.typed.function(f.function()).orElse(null);
                    if (fn == null) {
                        continue;
                    }
                    if (fn.role() == FunctionInfo.Role.LOCAL_HELPER) {
                        resolveSignature(fn);
                        Symbol earlier = helperNames.putIfAbsent(fn.name(), fn.symbol());
                        if (earlier != null && !fn.name().isEmpty()) {
                            cx.report(cx.related(cx.diag(DiagnosticCode.E0013, f.function().name().span(), "function `" + fn.name()
                                    + "` is already defined in `" + info.name() + "`"), earlier, "first defined here"));
                        } else if (!fn.name().isEmpty()) {
                            scope.names.put(fn.name(), new Scope.Binding.Helper(fn));
                        }
                    }
                    if (fn.role() == FunctionInfo.Role.TOKEN_BURN) {
                        distinctMethod(info, fn, handleMethods);
                    }
                    body.function(fn, scope);
                }
                case Definition.Part.Impl i -> impl(info, i, scope, handleMethods);
            }
        }
    }

    private void storage(UtxoInfo info, Definition.StorageField f, Scope scope, Map<String, Symbol> names) {
        Ty t = body.types.resolve(f.type());
        if (ModuleContext.missing(f.name())) {
            return;
        }
        Symbol earlier = names.get(f.name().name());
        if (earlier != null) {
            cx.report(cx.related(cx.diag(DiagnosticCode.E0014, f.name().span(), "storage field `" + f.name().name()
                    + "` is already declared in `" + info.name() + "`"), earlier, "first declared here"));
            return;
        }
        if (Ty.containsHandle(t)) {
            cx.error(DiagnosticCode.E1004, f.type().span(), "storage field `" + f.name().name() + "` has type `" + Ty.show(t)
                    + "`, which holds a handle", "handles are process ids local to one transaction; store data (for example a `PublicKey`) instead");
        }
        Symbol symbol = cx.define(Symbol.Kind.STORAGE, f.name(), info.symbol(), f.doc(), t);
        names.put(f.name().name(), symbol);
        UtxoInfo.StorageField field = new UtxoInfo.StorageField(info, info.storage().size(), f.name().name(), f, symbol);
        info.addStorage(field);
        scope.names.put(f.name().name(), new Scope.Binding.Storage(field));
    }

    /** Helper and impl-method signatures are resolved with the body, when every type is known. */
    private void resolveSignature(FunctionInfo fn) {
        FnDecl d = fn.decl();
        List<String> names = new ArrayList<>();
        List<Ty> tys = new ArrayList<>();
        List<Boolean> pub = new ArrayList<>();
        for (Param p : d.params()) {
            names.add(p.name().name());
            tys.add(body.types.resolve(p.type()));
            pub.add(p.pub());
        }
        Ty result = d.returnType().map(body.types::resolve).orElse(Ty.UNIT);
        fn.setTy(new Ty.Fn(Type.FunctionKind.FN, names, tys, pub, result));
    }

    /** E1006: {@code fn} is callable on a handle under a name an earlier impl method or burn fn already has. */
    private void distinctMethod(UtxoInfo info, FunctionInfo fn, Map<String, FunctionInfo> handleMethods) {
        if (fn.name().isEmpty()) {
            return;
        }
        FunctionInfo earlier = handleMethods.putIfAbsent(fn.name(), fn);
        if (earlier == null || sameAbi(earlier, fn)) {
            return; // an ABI implemented twice is reported as such (E0054 for `Token`)
        }
        String kind = info.isToken() ? "token" : "utxo";
        String where = earlier.role() == FunctionInfo.Role.TOKEN_BURN ? "its `burn fn " + fn.name() + "`"
                : "`impl " + earlier.implementedAbi().map(AbiInfo::name).orElse("?") + "`";
        cx.report(cx.related(cx.diag(DiagnosticCode.E1006, fn.decl().name().span(), kind + " `" + info.name()
                        + "` already has a method `" + fn.name() + "` (from " + where + ")")
                .withHelp("a method is called and exported by its name alone (`" + fn.name() + "`), so one " + kind
                        + " cannot offer two methods named `" + fn.name() + "`; rename it in one of the ABIs"),
                earlier.symbol(), "the first `" + fn.name() + "`"));
    }

    private static boolean sameAbi(FunctionInfo a, FunctionInfo b) {
        return a.role() == FunctionInfo.Role.IMPL_METHOD && b.role() == FunctionInfo.Role.IMPL_METHOD
                && a.implementedAbi().map(AbiInfo::name).equals(b.implementedAbi().map(AbiInfo::name));
    }

    private void impl(UtxoInfo info, Definition.Part.Impl impl, Scope scope, Map<String, FunctionInfo> handleMethods) {
        AbiInfo abi = ModuleContext.missing(impl.abi()) ? null : body.abiNamed(impl.abi(), cx.order);
        Map<String, FunctionInfo> implemented = new LinkedHashMap<>();
        for (FnDecl d : impl.functions()) {
            FunctionInfo fn = cx.typed.function(d).orElse(null);
            if (fn == null) {
                continue;
            }
            resolveSignature(fn);
            if (abi != null && !ModuleContext.missing(d.name())) {
                FunctionInfo earlier = implemented.putIfAbsent(fn.name(), fn);
                if (earlier != null) {
                    cx.report(cx.related(cx.diag(DiagnosticCode.E0013, d.name().span(), "method `" + fn.name()
                            + "` is already implemented in this `impl`"), earlier.symbol(), "first implemented here"));
                } else {
                    conforms(abi, fn);
                    distinctMethod(info, fn, handleMethods);
                }
            }
            body.function(fn, scope);
        }
        if (abi != null) {
            for (AbiInfo.Member m : abi.methods()) {
                if (!implemented.containsKey(m.name())) {
                    var dg = cx.diag(DiagnosticCode.E0048, impl.abi().span(), "`impl " + abi.name() + "` is missing method `" + m.name() + "`")
                            .withHelp("add `fn " + m.name() + Ty.show(m.ty()).substring(2) + " { … }`");
                    cx.report(m.symbol().definition().map(loc -> dg.withRelated(loc, "declared here")).orElse(dg));
                }
            }
        }
    }

    private void conforms(AbiInfo abi, FunctionInfo fn) {
        FnDecl d = fn.decl();
        var member = abi.method(fn.name());
        if (member.isEmpty()) {
            cx.error(DiagnosticCode.E0048, d.name().span(), "method `" + fn.name() + "` is not declared in ABI `" + abi.name() + "`",
                    abi.methods().isEmpty() ? "`" + abi.name() + "` declares no methods"
                            : "`" + abi.name() + "` declares " + abi.methods().stream().map(m -> "`" + m.name() + "`")
                                    .collect(java.util.stream.Collectors.joining(", ")));
            return;
        }
        AbiInfo.Member m = member.get();
        cx.use(d.name().span(), m.symbol());
        Ty.Fn want = m.ty();
        Ty.Fn have = fn.ty();
        if (want.params().size() != have.params().size()) {
            cx.report(related(cx.diag(DiagnosticCode.E0030, d.name().span(), "method `" + fn.name() + "` has " + have.params().size()
                    + " parameter" + (have.params().size() == 1 ? "" : "s") + " but ABI `" + abi.name() + "` declares "
                    + want.params().size()), m));
        } else {
            for (int i = 0; i < want.params().size(); i++) {
                if (!Unifier.unify(have.params().get(i), want.params().get(i))) {
                    cx.report(related(cx.diag(DiagnosticCode.E0031, d.params().get(i).type().span(), "parameter `"
                            + d.params().get(i).name().name() + "` of `" + fn.name() + "` has type `" + Ty.show(have.params().get(i))
                            + "` but ABI `" + abi.name() + "` declares `" + Ty.show(want.params().get(i)) + "`"), m));
                }
            }
        }
        if (!Unifier.unify(have.result(), want.result())) {
            Span at = d.returnType().map(t -> t.span()).orElse(d.name().span());
            cx.report(related(cx.diag(DiagnosticCode.E0009, at, "method `" + fn.name() + "` returns `" + Ty.show(have.result())
                    + "` but ABI `" + abi.name() + "` declares `" + Ty.show(want.result()) + "`"), m));
        }
    }

    private static dev.starstream.studio.vm.lang.diag.Diagnostic related(dev.starstream.studio.vm.lang.diag.Diagnostic d, AbiInfo.Member m) {
        return m.symbol().definition().map(loc -> d.withRelated(loc, "declared in the ABI here")).orElse(d);
    }
}
