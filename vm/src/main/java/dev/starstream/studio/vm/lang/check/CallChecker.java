package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Expr;
import dev.starstream.studio.vm.lang.ast.Ident;
import dev.starstream.studio.vm.lang.ast.Node;
import dev.starstream.studio.vm.lang.ast.ScopedName;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.syntax.Span;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Calls (LANGUAGE.md §3.5): plain calls, method calls on handles (§3.8, RUNTIME A.4), and the
 * {@code emit}/{@code raise}/{@code runtime} keyword forms with their kind rules (E0038–E0040).
 * Records every call's {@link Callee}.
 */
final class CallChecker {
    private final ModuleContext cx;
    private final BodyChecker body;
    private final Lookup lookup;

    CallChecker(ModuleContext cx, BodyChecker body, Lookup lookup) {
        this.cx = cx;
        this.body = body;
        this.lookup = lookup;
    }

    Ty call(Expr.Call c) {
        return switch (c.callee()) {
            case Expr.Field f -> method(c, f);
            case Expr.Name n -> named(c, n);
            case Expr callee -> {
                Ty t = body.exprs.expr(callee);
                args(c.args());
                if (!Ty.isError(t)) {
                    cx.error(DiagnosticCode.E0029, callee.span(), "this expression is not a function and cannot be called",
                            "call a function, constructor or method by name");
                }
                unresolved(c);
                yield Ty.ERR;
            }
        };
    }

    private Ty named(Expr.Call c, Expr.Name n) {
        ScopedName sn = n.name();
        if (ModuleContext.missing(sn)) {
            return fail(c);
        }
        if (sn.isSimple()) {
            Scope.Binding b = body.scope.lookup(sn.last().name());
            if (b != null) {
                Ty t = body.useBinding(n, sn.last(), b);
                cx.typed.type(n, t);
                if (b instanceof Scope.Binding.Helper h) {
                    cx.typed.callee(c, new Callee.Function(h.function()));
                    return apply(c, h.function().ty(), "`" + h.function().name() + "`");
                }
                if (!Ty.isError(t)) {
                    cx.error(DiagnosticCode.E0029, n.span(), "`" + sn.text() + "` is a variable of type `" + Ty.show(t) + "`, not a function");
                }
                return fail(c);
            }
        }
        Namespace ns = lookup.qualifier(sn);
        if (ns == null || ns.failed) {
            return fail(c);
        }
        Constant k = ns.constants.get(sn.last().name());
        if (k == null) {
            body.exprs.unknownName(sn, ns);
            cx.typed.name(n, new NameRef.Unresolved());
            return fail(c);
        }
        Ty t = body.useConstant(n, sn.last(), k);
        cx.typed.type(n, t);
        switch (k) {
            case FunctionInfo f -> {
                Callee callee = switch (f.role()) {
                    case UTXO_MAIN -> new Callee.UtxoConstructor(f.owner().orElseThrow(), f);
                    case TOKEN_MINT -> new Callee.TokenMint(f.owner().orElseThrow(), f);
                    default -> new Callee.Function(f);
                };
                if (f.role() == FunctionInfo.Role.TOP_LEVEL || f.role() == FunctionInfo.Role.SCRIPT) {
                    body.fn.fn.calls.add(new FunctionInfo.CallSite(f, cx.at(n.span())));
                }
                cx.typed.callee(c, callee);
                return apply(c, f.ty(), "`" + sn.text() + "`");
            }
            case AbiInfo.Member m -> {
                String keyword = m.kind() == AbiInfo.Member.Kind.EVENT ? "emit" : "raise";
                cx.error(DiagnosticCode.E0039, n.span(), Lookup.describe(m) + " must be called with `" + keyword + "`",
                        "write `" + keyword + " " + sn.text() + "(…)`");
                args(c.args());
                unresolved(c);
                return m.ty().result();
            }
            case RuntimeFunctionInfo r -> {
                cx.error(DiagnosticCode.E0039, n.span(), Lookup.describe(r) + " must be called with `runtime`",
                        "write `runtime " + sn.text() + "(…)`");
                args(c.args());
                unresolved(c);
                return r.ty().result();
            }
            case VariantConstant v -> {
                if (t instanceof Ty.Fn fnTy) {
                    cx.typed.callee(c, new Callee.EnumConstructor(v.owner().name, v.name(), v.index()));
                    return apply(c, fnTy, "`" + sn.text() + "`");
                }
                cx.error(DiagnosticCode.E0029, n.span(), "`" + sn.text() + "` is a unit variant and takes no arguments",
                        "write `" + sn.text() + "` without parentheses");
                args(c.args());
                unresolved(c);
                return t;
            }
            case FailedImport f -> {
                return fail(c);
            }
        }
    }

    // ---------------------------------------------------------------- methods

    private Ty method(Expr.Call c, Expr.Field f) {
        Ty receiver = body.exprs.expr(f.target());
        cx.typed.type(f, Ty.ERR);
        Ident name = f.field();
        if (ModuleContext.missing(name)) {
            return fail(c);
        }
        Ty r = Ty.resolve(receiver);
        Optional<Resolved> m = switch (r) {
            case Ty.Abi a -> abiMethod(r, a.name(), a.module(), name);
            case Ty.Utxo u -> utxoMethod(r, u.name(), u.module(), name, false);
            case Ty.Token tk -> utxoMethod(r, tk.name(), tk.module(), name, true);
            case Ty.AnyToken tk -> tokenOp(name, null);
            case Ty.AnyUtxo u -> {
                cx.error(DiagnosticCode.E0021, f.span(), "cannot call `" + name.name() + "` on a `Utxo` that has not been narrowed",
                        "narrow the handle first: `if h is SomeAbi { h." + name.name() + "(…); }`");
                yield Optional.empty();
            }
            case Ty.Struct s -> {
                if (s.indexOf(name.name()) >= 0) {
                    cx.error(DiagnosticCode.E0029, f.span(), "field `" + name.name() + "` of `" + s.name() + "` is not a function");
                } else {
                    cx.error(DiagnosticCode.E0022, name.span(), "no field `" + name.name() + "` on type `" + s.name() + "`");
                }
                yield Optional.empty();
            }
            case Ty.Err e -> Optional.empty();
            case Ty.Var v -> {
                cx.error(DiagnosticCode.E0021, f.span(), "the type of this value must be known before calling `." + name.name() + "`",
                        "add a type annotation to the variable");
                yield Optional.empty();
            }
            default -> {
                cx.error(DiagnosticCode.E0021, f.span(), "type `" + Ty.show(r) + "` has no methods");
                yield Optional.empty();
            }
        };
        if (m.isEmpty()) {
            return fail(c);
        }
        Resolved res = m.get();
        cx.use(name.span(), res.symbol());
        cx.typed.type(f, res.sig());
        if (res.callee() instanceof Callee.AbiMethod && f.target() instanceof Expr.Name n && n.name().isSimple()
                && body.scope.lookup(n.name().last().name()) instanceof Scope.Binding.Var v && v.narrow() != null) {
            linear(v.narrow(), c.span());
        }
        cx.typed.callee(c, res.callee());
        return apply(c, res.sig(), "`" + name.name() + "`");
    }

    /** The type of {@code h.m} without a call (the method's function type), or empty after E0048. */
    Optional<Ty> methodType(Expr.Field f, Ty receiver) {
        Ident name = f.field();
        Optional<Resolved> m = switch (receiver) {
            case Ty.Abi a -> abiMethod(receiver, a.name(), a.module(), name);
            case Ty.Utxo u -> utxoMethod(receiver, u.name(), u.module(), name, false);
            case Ty.Token tk -> utxoMethod(receiver, tk.name(), tk.module(), name, true);
            case Ty.AnyToken tk -> tokenOp(name, null);
            default -> Optional.empty();
        };
        m.ifPresent(res -> cx.use(name.span(), res.symbol()));
        return m.map(Resolved::sig);
    }

    private record Resolved(Callee callee, Ty.Fn sig, Symbol symbol) {}

    private Optional<Resolved> abiMethod(Ty receiver, String abiName, String module, Ident name) {
        Optional<AbiInfo> abi = cx.session.abi(module, abiName);
        if (abi.isEmpty()) {
            return Optional.empty();
        }
        Optional<AbiInfo.Member> member = abi.get().method(name.name());
        if (member.isEmpty()) {
            cx.error(DiagnosticCode.E0048, name.span(), "ABI `" + abiName + "` has no method `" + name.name() + "`",
                    methodsHelp(abi.get().methods()));
            return Optional.empty();
        }
        AbiInfo.Member mm = member.get();
        return Optional.of(new Resolved(new Callee.AbiMethod(abi.get(), mm, Ty.toType(receiver)), mm.ty(), mm.symbol()));
    }

    private Optional<Resolved> utxoMethod(Ty receiver, String utxoName, String module, Ident name, boolean token) {
        Optional<UtxoInfo> found = cx.session.utxo(module, utxoName);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        UtxoInfo u = found.get();
        if (token) {
            if (name.name().equals("attach") || name.name().equals("detach")) {
                return tokenOp(name, u);
            }
            for (FunctionInfo burn : u.functions(FunctionInfo.Role.TOKEN_BURN)) {
                if (burn.name().equals(name.name())) {
                    return Optional.of(new Resolved(new Callee.TokenMethod(Callee.TokenOp.BURN, u, burn),
                            burn.ty(), burn.symbol()));
                }
            }
        }
        for (AbiInfo.Member m : u.callableMethods()) {
            if (m.name().equals(name.name()) && !m.abi().isBuiltinToken()) {
                return Optional.of(new Resolved(new Callee.AbiMethod(m.abi(), m, Ty.toType(receiver)), m.ty(), m.symbol()));
            }
        }
        String kind = token ? "token" : "utxo";
        Optional<AbiInfo.Member> offeredSomewhere = u.implementedAbis().stream().flatMap(a -> a.methods().stream())
                .filter(m -> m.name().equals(name.name())).findFirst();
        if (offeredSomewhere.isPresent()) {
            cx.error(DiagnosticCode.E0048, name.span(), "method `" + name.name() + "` of ABI `" + offeredSomewhere.get().abi().name()
                    + "` is not callable on " + kind + " `" + utxoName + "`",
                    "a method is callable on a named utxo only if every `yield` of `" + utxoName + "` offers its ABI; "
                            + "otherwise take a `Utxo` and narrow it with `if h is " + offeredSomewhere.get().abi().name() + "`");
        } else {
            cx.error(DiagnosticCode.E0048, name.span(), kind + " `" + utxoName + "` has no method `" + name.name() + "`",
                    methodsHelp(u.callableMethods()));
        }
        return Optional.empty();
    }

    private Optional<Resolved> tokenOp(Ident name, UtxoInfo token) {
        AbiInfo abi = cx.lib.tokenAbi;
        Optional<AbiInfo.Member> m = abi.method(name.name());
        if (m.isEmpty()) {
            cx.error(DiagnosticCode.E0048, name.span(), "`Token` has no method `" + name.name() + "`",
                    "a `Token` handle offers `attach(utxo)` and `detach(utxo)`");
            return Optional.empty();
        }
        Callee.TokenOp op = name.name().equals("attach") ? Callee.TokenOp.ATTACH : Callee.TokenOp.DETACH;
        return Optional.of(new Resolved(new Callee.TokenMethod(op, token, null), m.get().ty(), m.get().symbol()));
    }

    private static String methodsHelp(List<AbiInfo.Member> methods) {
        return methods.isEmpty() ? "it offers no methods"
                : "available methods: " + methods.stream().map(m -> "`" + m.name() + "`").distinct().collect(Collectors.joining(", "));
    }

    /** E0049: one method call per narrowed variable in an {@code if … is} block. */
    private void linear(Scope.Narrow narrow, Span call) {
        narrow.calls++;
        if (narrow.calls == 1) {
            narrow.firstCall = call;
            return;
        }
        var d = cx.diag(DiagnosticCode.E0049, call, "`" + narrow.variable.name() + "` was narrowed to `" + narrow.abi.name()
                + "` and its method was already called in this block")
                .withHelp("call one method per `if " + narrow.variable.name() + " is " + narrow.abi.name() + "` block; narrow again for another call");
        cx.report(narrow.firstCall == null ? d : d.withRelated(cx.at(narrow.firstCall), "first call here"));
    }

    // ---------------------------------------------------------------- emit, raise, runtime

    Ty emit(Expr.Emit e) {
        return keywordCall(e, e.event(), e.args(), "emit", AbiInfo.Member.Kind.EVENT);
    }

    Ty raise(Expr.Raise r) {
        return keywordCall(r, r.effect(), r.args(), "raise", AbiInfo.Member.Kind.EFFECT);
    }

    Ty runtime(Expr.Runtime r) {
        return keywordCall(r, r.function(), r.args(), "runtime", null);
    }

    /** {@code kind} null means a runtime function. */
    private Ty keywordCall(Expr call, ScopedName name, List<Expr> args, String keyword, AbiInfo.Member.Kind kind) {
        String wanted = kind == null ? "a runtime function" : kind == AbiInfo.Member.Kind.EVENT ? "an event" : "an effect";
        if (ModuleContext.missing(name)) {
            return fail(call, args);
        }
        Namespace ns = lookup.qualifier(name);
        if (ns == null || ns.failed) {
            return fail(call, args);
        }
        Constant c = ns.constants.get(name.last().name());
        if (c == null) {
            String what = kind == null ? "runtime function" : kind == AbiInfo.Member.Kind.EVENT ? "event" : "effect";
            cx.error(DiagnosticCode.E0001, name.span(), "unknown " + what + " `" + name.text() + "`");
            return fail(call, args);
        }
        Symbol s = Lookup.symbolOf(c);
        if (s != null) {
            cx.use(name.last().span(), s);
        }
        if (kind != null && c instanceof AbiInfo.Member m && m.kind() == kind) {
            cx.typed.callee(call, kind == AbiInfo.Member.Kind.EVENT ? new Callee.Event(m) : new Callee.Effect(m));
            return apply(call, args, m.ty(), "`" + name.text() + "`");
        }
        if (kind == null && c instanceof RuntimeFunctionInfo r) {
            cx.typed.callee(call, new Callee.Runtime(r));
            return apply(call, args, r.ty(), "`" + name.text() + "`");
        }
        switch (c) {
            case FunctionInfo f -> cx.error(DiagnosticCode.E0038, name.span(), "`" + keyword + "` needs " + wanted + ", but `"
                    + name.text() + "` is a normal function", "call it directly: `" + name.text() + "(…)`");
            case VariantConstant v -> cx.error(DiagnosticCode.E0038, name.span(), "`" + keyword + "` needs " + wanted + ", but `"
                    + name.text() + "` is an enum constructor", "write `" + name.text() + "(…)` without `" + keyword + "`");
            case AbiInfo.Member m -> cx.error(DiagnosticCode.E0040, name.span(), "`" + keyword + "` needs " + wanted + ", but `"
                    + name.text() + "` is " + (m.kind() == AbiInfo.Member.Kind.EVENT ? "an event" : "an effect"),
                    "write `" + (m.kind() == AbiInfo.Member.Kind.EVENT ? "emit" : "raise") + " " + name.text() + "(…)`");
            case RuntimeFunctionInfo r -> cx.error(DiagnosticCode.E0040, name.span(), "`" + keyword + "` needs " + wanted + ", but `"
                    + name.text() + "` is a runtime function", "write `runtime " + name.text() + "(…)`");
            case FailedImport f -> { }
        }
        return fail(call, args);
    }

    // ---------------------------------------------------------------- arguments

    private Ty apply(Expr.Call c, Ty.Fn sig, String what) {
        return apply(c, c.args(), sig, what);
    }

    /** Checks arity (E0030) and argument types (E0031, with upcasts); returns the result type. */
    private Ty apply(Node call, List<Expr> args, Ty.Fn sig, String what) {
        List<Ty> actual = args.stream().map(body.exprs::expr).toList();
        int expected = sig.params().size();
        if (actual.size() != expected) {
            cx.error(DiagnosticCode.E0030, call.span(), what + " takes " + expected + " argument" + (expected == 1 ? "" : "s") + " but "
                    + actual.size() + (actual.size() == 1 ? " was" : " were") + " given", "expected `" + Ty.show(sig) + "`");
        }
        for (int i = 0; i < Math.min(expected, actual.size()); i++) {
            Ty param = sig.params().get(i);
            if (!Unifier.coerce(actual.get(i), param)) {
                cx.error(DiagnosticCode.E0031, args.get(i).span(), "mismatched argument `" + sig.paramNames().get(i) + "` of " + what
                        + ": expected `" + Ty.show(param) + "`, found `" + Ty.show(actual.get(i)) + "`");
            }
        }
        return sig.result();
    }

    private void args(List<Expr> args) {
        args.forEach(body.exprs::expr);
    }

    private void unresolved(Node call) {
        cx.typed.callee(call, new Callee.Unresolved());
    }

    private Ty fail(Expr.Call c) {
        return fail(c, c.args());
    }

    private Ty fail(Node call, List<Expr> args) {
        args(args);
        unresolved(call);
        return Ty.ERR;
    }
}
