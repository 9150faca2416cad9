package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Block;
import dev.starstream.studio.vm.lang.ast.Definition;
import dev.starstream.studio.vm.lang.ast.Expr;
import dev.starstream.studio.vm.lang.ast.Ident;
import dev.starstream.studio.vm.lang.ast.Node;
import dev.starstream.studio.vm.lang.ast.Param;
import dev.starstream.studio.vm.lang.ast.Stmt;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.List;

/**
 * Step 3 of LANGUAGE.md §3.3: checks bodies in source order — functions, blocks and statements
 * (§3.6), with the Studio rules on {@code try}, {@code resume;} and handler clauses (RUNTIME A.3,
 * A.9 Y2, E1001–E1003). Owns the current function and scope; the expression, call, pattern and
 * match checkers work on them.
 */
final class BodyChecker {
    final ModuleContext cx;
    final Lookup lookup;
    final TypeResolver types;
    final ExprChecker exprs;
    final CallChecker calls;
    final StructChecker structs;
    final YieldChecker yields;
    final MatchChecker matches;
    final PatternChecker patterns;
    final StatementChecker statements;
    FnContext fn;
    Scope scope;

    BodyChecker(ModuleContext cx, Lookup lookup, TypeResolver types) {
        this.cx = cx;
        this.lookup = lookup;
        this.types = types;
        this.exprs = new ExprChecker(cx, this, lookup);
        this.calls = new CallChecker(cx, this, lookup);
        this.structs = new StructChecker(cx, this, lookup);
        this.yields = new YieldChecker(cx, this);
        this.patterns = new PatternChecker(cx, this, lookup);
        this.matches = new MatchChecker(cx, this);
        this.statements = new StatementChecker(cx, this);
        this.scope = new Scope(null);
        this.fn = new FnContext(placeholder(), null, Ty.UNIT);
    }

    void check(List<Definition> definitions) {
        UtxoBodyChecker utxos = new UtxoBodyChecker(cx, this);
        for (int i = 0; i < definitions.size(); i++) {
            cx.order = i;
            switch (definitions.get(i)) {
                case Definition.FunctionDef f -> cx.typed.function(f.function()).ifPresent(info -> function(info, new Scope(null)));
                case Definition.UtxoDef u -> cx.typed.utxo(u).ifPresent(info -> utxos.check(info, u.parts()));
                case Definition.TokenDef t -> cx.typed.utxo(t).ifPresent(info -> utxos.check(info, t.parts()));
                default -> { }
            }
        }
    }

    // ---------------------------------------------------------------- functions

    /** Checks one function body; {@code outer} holds the utxo's storage and helpers (empty at top level). */
    void function(FunctionInfo info, Scope outer) {
        FunctionInfo.Role role = info.role();
        Ty.Fn sig = info.ty();
        Ty result = role == FunctionInfo.Role.UTXO_MAIN || role == FunctionInfo.Role.TOKEN_MINT ? Ty.UNIT : sig.result();
        FnContext saved = fn;
        Scope savedScope = scope;
        fn = new FnContext(info, info.owner().orElse(null), result);
        Block bodyBlock = info.decl().body();
        if (bodyBlock.tail().isEmpty() && !bodyBlock.statements().isEmpty()
                && bodyBlock.statements().getLast() instanceof Stmt.Resume r) {
            fn.lastStatementResume = r;
        }
        Scope params = new Scope(outer);
        List<Param> ps = info.decl().params();
        for (int i = 0; i < ps.size(); i++) {
            Param p = ps.get(i);
            Ty t = i < sig.params().size() ? sig.params().get(i) : Ty.ERR;
            Variable v = declare(params, p.name(), Variable.Kind.PARAMETER, false, p.pub(), t, bodyBlock.span().start());
            if (v != null) {
                cx.typed.binding(p, v);
            }
        }
        scope = params;
        Ty bodyType = block(bodyBlock, params);
        if (bodyBlock.tail().isPresent()) {
            if (!Unifier.coerce(bodyType, result)) {
                cx.error(DiagnosticCode.E0009, bodyBlock.tail().get().span(), "mismatched return type: expected `" + Ty.show(result)
                        + "`, found `" + Ty.show(bodyType) + "`", returnHelp(info, result));
            }
        } else if (!(Ty.resolve(result) instanceof Ty.Unit) && !Ty.isError(result) && !fn.sawReturn) {
            cx.error(DiagnosticCode.E0010, info.decl().name().span(), "function `" + info.name() + "` must return `"
                    + Ty.show(result) + "` but has no `return` and no tail expression",
                    "end the body with the value to return, or `return …;`");
        }
        cx.typed.scope(new TypedModule.ScopeRecord(info.decl().span(), params.visible, info));
        new FunctionFinisher(cx, fn).finish();
        fn = saved;
        scope = savedScope;
    }

    private static String returnHelp(FunctionInfo info, Ty result) {
        return Ty.resolve(result) instanceof Ty.Unit
                ? "`" + info.name() + "` declares no return type; end the last expression with `;` or declare `-> T`"
                : "`" + info.name() + "` is declared to return `" + Ty.show(result) + "`";
    }

    // ---------------------------------------------------------------- blocks

    /** Checks a block in a new scope inside {@code parent}; its value is the tail, else {@code ()}. */
    Ty block(Block b, Scope parent) {
        Scope saved = scope;
        Scope s = new Scope(parent);
        scope = s;
        for (Stmt st : b.statements()) {
            statements.statement(st);
        }
        Ty t = b.tail().map(exprs::expr).orElse(Ty.UNIT);
        scope = saved;
        if (!s.visible.isEmpty()) {
            cx.typed.scope(new TypedModule.ScopeRecord(b.span(), s.visible, fn.fn));
        }
        return t;
    }

    /** Declares a variable in {@code into}; a second binding of the name in the same scope is E0002 (returns null). */
    Variable declare(Scope into, Ident name, Variable.Kind kind, boolean mutable, boolean pub, Ty ty, int visibleFrom) {
        if (ModuleContext.missing(name)) {
            return null;
        }
        Scope.Binding earlier = into.names.get(name.name());
        if (earlier instanceof Scope.Binding.Var ev) {
            cx.report(cx.diag(DiagnosticCode.E0002, name.span(), "variable `" + name.name() + "` is already defined in this scope")
                    .withRelated(cx.at(ev.variable().nameSpan()), "first defined here")
                    .withHelp("use another name, or assign with `" + name.name() + " = …;` if it is `let mut`"));
            return null;
        }
        Symbol.Kind sk = kind == Variable.Kind.PARAMETER ? Symbol.Kind.PARAMETER : Symbol.Kind.LOCAL;
        Symbol symbol = cx.define(sk, name, fn.fn.symbol(), java.util.Optional.empty(), ty);
        Variable v = fn.fn.addVariable(name.name(), kind, mutable, pub, name.span(), symbol);
        into.names.put(name.name(), new Scope.Binding.Var(v, ty, null));
        into.visible.add(new TypedModule.Visible(v, visibleFrom));
        return v;
    }

    /** The scope of the branch of {@code if x is A}: {@code x} has type {@code A} there (E0001, E0046, E0047). */
    Scope narrow(Expr.Condition.Is is) {
        Scope inner = new Scope(scope);
        Ident var = is.variable();
        Ident abiName = is.abi();
        if (ModuleContext.missing(var)) {
            return inner;
        }
        Scope.Binding b = scope.lookup(var.name());
        Variable variable = null;
        Ty varTy = Ty.ERR;
        if (b instanceof Scope.Binding.Var vb) {
            variable = vb.variable();
            varTy = vb.ty();
            cx.typed.name(is, new NameRef.Local(variable));
            cx.use(var.span(), variable.symbol());
            fn.uses.add(new FnContext.Use(variable, var.span().start()));
            Ty t = Ty.resolve(varTy);
            if (!(t instanceof Ty.AnyUtxo || t instanceof Ty.Utxo || t instanceof Ty.Err)) {
                cx.error(DiagnosticCode.E0046, var.span(), "`" + var.name() + "` has type `" + Ty.show(t) + "`, not a utxo handle",
                        "`if x is Abi` narrows a `Utxo` or a named utxo handle");
                variable = null;
            }
        } else if (b == null) {
            boolean known = cx.root.constants.containsKey(var.name());
            if (known) {
                cx.error(DiagnosticCode.E0046, var.span(), "`" + var.name() + "` is not a local variable",
                        "`if x is Abi` narrows a local variable holding a `Utxo` or a named utxo handle");
            } else {
                cx.error(DiagnosticCode.E0001, var.span(), "unknown name `" + var.name() + "`");
            }
        } else {
            cx.error(DiagnosticCode.E0046, var.span(), "`" + var.name() + "` is not a local variable",
                    "`if x is Abi` narrows a local variable holding a `Utxo` or a named utxo handle");
        }
        AbiInfo abi = ModuleContext.missing(abiName) ? null : abiNamed(abiName, -1);
        if (abi == null || variable == null) {
            if (!ModuleContext.missing(var)) {
                // already reported: inside the branch the variable is quiet rather than wrong
                Variable quiet = variable != null ? variable : b instanceof Scope.Binding.Var vb ? vb.variable() : null;
                if (quiet != null) {
                    inner.names.put(var.name(), new Scope.Binding.Var(quiet, Ty.ERR, null));
                }
            }
            if (abi != null) {
                cx.typed.narrowing(is, abi);
            }
            return inner;
        }
        cx.typed.narrowing(is, abi);
        Ty narrowed = abi.isBuiltinToken() ? Ty.ANY_TOKEN : new Ty.Abi(abi.name(), abi.module());
        inner.names.put(var.name(), new Scope.Binding.Var(variable, narrowed, new Scope.Narrow(variable, abi)));
        return inner;
    }

    /**
     * The ABI a name denotes (E0047 otherwise). With {@code declaredBefore} ≥ 0 an ABI of this
     * module must be declared before that definition index (a utxo's {@code impl}/{@code yield}).
     */
    AbiInfo abiNamed(Ident name, int declaredBefore) {
        if (name.name().equals("Token")) {
            cx.use(name.span(), cx.lib.tokenAbi.symbol());
            return cx.lib.tokenAbi;
        }
        Namespace.TypeEntry e = cx.root.types.get(name.name());
        if (e == null || e.abi() == null) {
            var d = cx.diag(DiagnosticCode.E0047, name.span(), "unknown ABI `" + name.name() + "`");
            if (e != null) {
                d = d.withHelp("`" + name.name() + "` is a type but not an `abi`");
            }
            cx.report(d);
            return null;
        }
        if (declaredBefore >= 0 && e.order() > declaredBefore) {
            cx.report(cx.diag(DiagnosticCode.E0047, name.span(), "ABI `" + name.name() + "` is declared after this utxo")
                    .withRelated(e.symbol().definition().orElse(cx.at(name.span())), "declared here")
                    .withHelp("move `abi " + name.name() + "` above the utxo"));
            return null;
        }
        cx.use(name.span(), e.symbol());
        return e.abi();
    }

    // ---------------------------------------------------------------- uses of names

    /** Records the use of a local binding and returns its type at this point. */
    Ty useBinding(Node node, Ident ident, Scope.Binding b) {
        switch (b) {
            case Scope.Binding.Var v -> {
                cx.typed.name(node, new NameRef.Local(v.variable()));
                cx.use(ident.span(), v.variable().symbol());
                fn.uses.add(new FnContext.Use(v.variable(), ident.span().start()));
                return v.ty();
            }
            case Scope.Binding.Storage s -> {
                cx.typed.name(node, new NameRef.Storage(s.field()));
                cx.use(ident.span(), s.field().symbol());
                return s.field().ty();
            }
            case Scope.Binding.Helper h -> {
                cx.typed.name(node, new NameRef.Function(h.function()));
                cx.use(ident.span(), h.function().symbol());
                return h.function().ty();
            }
        }
    }

    /** Records the use of a module-level constant and returns its type (generic enums instantiated fresh). */
    Ty useConstant(Node node, Ident ident, Constant c) {
        Symbol s = Lookup.symbolOf(c);
        if (s != null) {
            cx.use(ident.span(), s);
        }
        switch (c) {
            case FunctionInfo f -> {
                boolean ctor = f.role() == FunctionInfo.Role.UTXO_MAIN || f.role() == FunctionInfo.Role.TOKEN_MINT;
                cx.typed.name(node, ctor && f.owner().isPresent() ? new NameRef.Constructor(f.owner().get(), f) : new NameRef.Function(f));
                return f.ty();
            }
            case AbiInfo.Member m -> {
                cx.typed.name(node, new NameRef.AbiMember(m));
                return m.ty();
            }
            case RuntimeFunctionInfo r -> {
                cx.typed.name(node, new NameRef.Runtime(r));
                return r.ty();
            }
            case VariantConstant v -> {
                cx.typed.name(node, new NameRef.EnumVariant(v.owner().name, v.name(), v.index()));
                return variantValue(v);
            }
            case FailedImport f -> {
                cx.typed.name(node, new NameRef.Unresolved());
                return Ty.ERR;
            }
        }
    }

    /** A unit variant's enum type, or a tuple variant's constructor type. */
    Ty variantValue(VariantConstant v) {
        Ty.Enum e = v.owner().fresh();
        Ty.VariantTy variant = e.variants().get(v.index());
        if (variant.kind() == Type.PayloadKind.UNIT) {
            return e;
        }
        return new Ty.Fn(Type.FunctionKind.FN, variant.fieldNames(), variant.fieldTypes(),
                variant.fieldTypes().stream().map(t -> false).toList(), e);
    }

    private FunctionInfo placeholder() {
        Symbol s = new Symbol(Symbol.Kind.FUNCTION, "", null, null, null, null);
        return new FunctionInfo("", new dev.starstream.studio.vm.lang.ast.FnDecl(dev.starstream.studio.vm.lang.ast.FnKind.PLAIN,
                new Ident("", dev.starstream.studio.vm.lang.syntax.Span.EMPTY), List.of(), java.util.Optional.empty(),
                new Block(List.of(), java.util.Optional.empty(), dev.starstream.studio.vm.lang.syntax.Span.EMPTY),
                java.util.Optional.empty(), dev.starstream.studio.vm.lang.syntax.Span.EMPTY), cx.path, FunctionInfo.Role.TOP_LEVEL, null,
                null, s, new Ty.Fn(Type.FunctionKind.FN, List.of(), List.of(), List.of(), Ty.UNIT));
    }
}
