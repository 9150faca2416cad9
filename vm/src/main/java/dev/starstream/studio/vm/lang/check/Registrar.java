package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Definition;
import dev.starstream.studio.vm.lang.ast.FnDecl;
import dev.starstream.studio.vm.lang.ast.FnKind;
import dev.starstream.studio.vm.lang.ast.Ident;
import dev.starstream.studio.vm.lang.ast.Param;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Step 2 of LANGUAGE.md §3.3: registers the definitions of a module in source order. Struct, enum
 * and ABI shapes and the signatures of top-level functions, utxo constructors, token mint/burn
 * functions are resolved here, so a type must be declared before a signature mentions it (E0011).
 */
final class Registrar {
    private final ModuleContext cx;
    private final TypeResolver types;

    Registrar(ModuleContext cx, TypeResolver types) {
        this.cx = cx;
        this.types = types;
    }

    void register(List<Definition> definitions) {
        for (int i = 0; i < definitions.size(); i++) {
            switch (definitions.get(i)) {
                case Definition.StructDef s -> cx.declaredTypes.putIfAbsent(s.name().name(), i);
                case Definition.EnumDef e -> cx.declaredTypes.putIfAbsent(e.name().name(), i);
                case Definition.UtxoDef u -> cx.declaredTypes.putIfAbsent(u.name().name(), i);
                case Definition.TokenDef t -> cx.declaredTypes.putIfAbsent(t.name().name(), i);
                case Definition.AbiDef a -> cx.declaredTypes.putIfAbsent(a.name().name(), i);
                default -> { }
            }
        }
        cx.registering = true;
        for (int i = 0; i < definitions.size(); i++) {
            cx.order = i;
            switch (definitions.get(i)) {
                case Definition.FunctionDef f -> function(f.function());
                case Definition.StructDef s -> struct(s);
                case Definition.EnumDef e -> enumDef(e);
                case Definition.UtxoDef u -> new UtxoRegistrar(cx, types, this).utxo(u);
                case Definition.TokenDef t -> new UtxoRegistrar(cx, types, this).token(t);
                case Definition.AbiDef a -> abi(a);
                case Definition.ContractDef c -> { }
                case Definition.ImportDef im -> { }
            }
        }
        cx.registering = false;
    }

    // ---------------------------------------------------------------- functions

    private void function(FnDecl f) {
        boolean script = f.kind() == FnKind.SCRIPT;
        Symbol symbol = cx.define(script ? Symbol.Kind.SCRIPT_FUNCTION : Symbol.Kind.FUNCTION, f.name(), null, f.doc(), null);
        Ty result = f.returnType().map(types::resolve).orElse(Ty.UNIT);
        FunctionInfo info = new FunctionInfo(f.name().name(), f, cx.path, script ? FunctionInfo.Role.SCRIPT : FunctionInfo.Role.TOP_LEVEL,
                null, null, symbol, signature(f.params(), result, Type.FunctionKind.FN));
        symbol.setTy(info.ty());
        cx.typed.function(info);
        addConstant(cx.root, f.name(), info);
    }

    /** The signature of a parameter list (parameters resolved now). */
    Ty.Fn signature(List<Param> params, Ty result, Type.FunctionKind kind) {
        List<String> names = new ArrayList<>();
        List<Ty> tys = new ArrayList<>();
        List<Boolean> pub = new ArrayList<>();
        for (Param p : params) {
            names.add(p.name().name());
            tys.add(types.resolve(p.type()));
            pub.add(p.pub());
        }
        return new Ty.Fn(kind, names, tys, pub, result);
    }

    // ---------------------------------------------------------------- structs and enums

    private void struct(Definition.StructDef s) {
        Symbol symbol = cx.define(Symbol.Kind.STRUCT, s.name(), null, s.doc(), null);
        List<String> names = new ArrayList<>();
        List<Ty> tys = new ArrayList<>();
        fields(s.fields(), symbol, "struct `" + s.name().name() + "`", names, tys);
        Ty.Struct st = new Ty.Struct(s.name().name(), cx.path, names, tys, symbol);
        symbol.setTy(st);
        addType(cx.root, s.name(), new Namespace.TypeEntry(symbol, 0, args -> st, cx.order, null, null, null));
        addStruct(cx.root, s.name(), new Namespace.StructCtor(symbol, st, null, -1));
    }

    private void fields(List<Definition.FieldDecl> fields, Symbol owner, String ownerText, List<String> names, List<Ty> tys) {
        Map<String, Symbol> seen = new HashMap<>();
        for (Definition.FieldDecl f : fields) {
            Ty t = types.resolve(f.type());
            if (ModuleContext.missing(f.name())) {
                continue;
            }
            Symbol earlier = seen.get(f.name().name());
            if (earlier != null) {
                cx.report(cx.related(cx.diag(DiagnosticCode.E0014, f.name().span(),
                        "field `" + f.name().name() + "` is already declared in " + ownerText), earlier, "first declared here"));
                continue;
            }
            seen.put(f.name().name(), cx.define(Symbol.Kind.FIELD, f.name(), owner, f.doc(), t));
            names.add(f.name().name());
            tys.add(t);
        }
    }

    private void enumDef(Definition.EnumDef e) {
        Symbol symbol = cx.define(Symbol.Kind.ENUM, e.name(), null, e.doc(), null);
        Map<String, Symbol> seen = new HashMap<>();
        List<Ty.VariantTy> variants = new ArrayList<>();
        List<Symbol> variantSymbols = new ArrayList<>();
        List<Definition.VariantDecl> kept = new ArrayList<>();
        for (Definition.VariantDecl v : e.variants()) {
            if (ModuleContext.missing(v.name())) {
                continue;
            }
            Symbol earlier = seen.get(v.name().name());
            if (earlier != null) {
                cx.report(cx.related(cx.diag(DiagnosticCode.E0015, v.name().span(),
                        "variant `" + v.name().name() + "` is already declared in enum `" + e.name().name() + "`"), earlier,
                        "first declared here"));
                continue;
            }
            Symbol vs = cx.define(Symbol.Kind.VARIANT, v.name(), symbol, v.doc(), null);
            seen.put(v.name().name(), vs);
            List<String> names = new ArrayList<>();
            List<Ty> tys = new ArrayList<>();
            Type.PayloadKind kind = switch (v.payload()) {
                case Definition.Payload.None n -> Type.PayloadKind.UNIT;
                case Definition.Payload.Tuple t -> {
                    for (int i = 0; i < t.types().size(); i++) {
                        names.add(Integer.toString(i));
                        tys.add(types.resolve(t.types().get(i)));
                    }
                    yield Type.PayloadKind.TUPLE;
                }
                case Definition.Payload.Struct s -> {
                    fields(s.fields(), vs, "`" + e.name().name() + "::" + v.name().name() + "`", names, tys);
                    yield Type.PayloadKind.STRUCT;
                }
            };
            variants.add(new Ty.VariantTy(v.name().name(), kind, names, tys));
            variantSymbols.add(vs);
            kept.add(v);
        }
        Ty.Enum et = new Ty.Enum(e.name().name(), cx.path, variants, symbol);
        symbol.setTy(et);
        EnumEntry entry = EnumEntry.user(e.name().name(), symbol, et);
        Namespace ns = new Namespace(e.name().name(), symbol);
        for (int i = 0; i < variants.size(); i++) {
            Ty.VariantTy v = variants.get(i);
            Symbol vs = variantSymbols.get(i);
            entry.variantSymbols.add(vs);
            switch (v.kind()) {
                case UNIT -> {
                    vs.setTy(et);
                    ns.constants.put(v.name(), new VariantConstant(entry, i));
                }
                case TUPLE -> {
                    vs.setTy(new Ty.Fn(Type.FunctionKind.FN, v.fieldNames(), v.fieldTypes(),
                            v.fieldTypes().stream().map(t -> false).toList(), et));
                    ns.constants.put(v.name(), new VariantConstant(entry, i));
                }
                case STRUCT -> {
                    vs.setTy(et);
                    ns.structs.put(v.name(), new Namespace.StructCtor(vs, null, entry, i));
                }
            }
        }
        if (addType(cx.root, e.name(), new Namespace.TypeEntry(symbol, 0, args -> et, cx.order, null, null, entry))) {
            cx.root.children.put(e.name().name(), ns);
        }
    }

    // ---------------------------------------------------------------- abis

    private void abi(Definition.AbiDef a) {
        boolean reserved = a.name().name().equals("Token");
        if (reserved) {
            cx.error(DiagnosticCode.E0055, a.name().span(), "`Token` is the built-in token ABI and cannot be declared",
                    "choose another name; tokens implement the built-in ABI with `impl Token { … }`");
        }
        Symbol symbol = cx.define(Symbol.Kind.ABI, a.name(), null, a.doc(), new Ty.Abi(a.name().name(), cx.path));
        AbiInfo info = new AbiInfo(a.name().name(), cx.path, a, symbol);
        Map<String, Symbol> seen = new HashMap<>();
        for (Definition.AbiMember m : a.members()) {
            Ty result = switch (m) {
                case Definition.AbiMember.Event ev -> Ty.UNIT;
                case Definition.AbiMember.Effect ef -> ef.returnType().map(types::resolve).orElse(Ty.UNIT);
                case Definition.AbiMember.Method me -> me.returnType().map(types::resolve).orElse(Ty.UNIT);
            };
            AbiInfo.Member.Kind kind = switch (m) {
                case Definition.AbiMember.Event ev -> AbiInfo.Member.Kind.EVENT;
                case Definition.AbiMember.Effect ef -> AbiInfo.Member.Kind.EFFECT;
                case Definition.AbiMember.Method me -> AbiInfo.Member.Kind.METHOD;
            };
            Type.FunctionKind fk = switch (kind) {
                case EVENT -> Type.FunctionKind.EVENT;
                case EFFECT -> Type.FunctionKind.EFFECT;
                case METHOD -> Type.FunctionKind.FN;
            };
            Ty.Fn sig = signature(m.params(), result, fk);
            if (kind == AbiInfo.Member.Kind.EVENT) {
                // event parameters are public (LANGUAGE.md §3.7)
                sig = new Ty.Fn(fk, sig.paramNames(), sig.params(), sig.params().stream().map(p -> true).toList(), result);
            }
            if (ModuleContext.missing(m.name())) {
                continue;
            }
            Symbol earlier = seen.get(m.name().name());
            if (earlier != null) {
                cx.report(cx.related(cx.diag(DiagnosticCode.E0013, m.name().span(),
                        "`" + m.name().name() + "` is already declared in ABI `" + a.name().name() + "`"), earlier, "first declared here"));
                continue;
            }
            Symbol.Kind sk = switch (kind) {
                case EVENT -> Symbol.Kind.EVENT;
                case EFFECT -> Symbol.Kind.EFFECT;
                case METHOD -> Symbol.Kind.ABI_METHOD;
            };
            Symbol ms = cx.define(sk, m.name(), symbol, m.doc(), sig);
            seen.put(m.name().name(), ms);
            AbiInfo.Member member = new AbiInfo.Member(kind, m.name().name(), info, m, ms, sig);
            info.add(member);
            if (kind != AbiInfo.Member.Kind.METHOD) {
                addConstant(cx.root, m.name(), member);
            }
        }
        cx.typed.abi(a, info);
        if (!reserved) {
            cx.session.register(info);
            addType(cx.root, a.name(), new Namespace.TypeEntry(symbol, 0, args -> new Ty.Abi(info.name(), cx.path), cx.order, info,
                    null, null));
        }
    }

    // ---------------------------------------------------------------- zones

    /** Adds to the constants zone; a clash is E0013. */
    boolean addConstant(Namespace ns, Ident name, Constant c) {
        if (ModuleContext.missing(name)) {
            return false;
        }
        Constant earlier = ns.constants.get(name.name());
        if (earlier != null) {
            String what = ns == cx.root ? "" : " in `" + ns.name + "`";
            cx.report(cx.related(cx.diag(DiagnosticCode.E0013, name.span(), "`" + name.name() + "` is already defined" + what),
                    Lookup.symbolOf(earlier), "first defined here"));
            return false;
        }
        ns.constants.put(name.name(), c);
        return true;
    }

    /** Adds to the types zone; a clash (also with a prelude type) is E0012. */
    boolean addType(Namespace ns, Ident name, Namespace.TypeEntry entry) {
        if (ModuleContext.missing(name)) {
            return false;
        }
        Namespace.TypeEntry earlier = ns.types.get(name.name());
        if (earlier != null) {
            boolean builtin = earlier.symbol().definition().isEmpty();
            cx.report(cx.related(cx.diag(DiagnosticCode.E0012, name.span(), builtin
                    ? "type `" + name.name() + "` is a built-in type and cannot be redeclared"
                    : "type `" + name.name() + "` is already defined"), earlier.symbol(), "first defined here"));
            return false;
        }
        ns.types.put(name.name(), entry);
        return true;
    }

    /** Adds to the struct-constructor zone; a clash is E0012. */
    void addStruct(Namespace ns, Ident name, Namespace.StructCtor ctor) {
        if (ModuleContext.missing(name)) {
            return;
        }
        Namespace.StructCtor earlier = ns.structs.get(name.name());
        if (earlier != null) {
            cx.report(cx.related(cx.diag(DiagnosticCode.E0012, name.span(), "type `" + name.name() + "` is already defined"),
                    earlier.symbol(), "first defined here"));
            return;
        }
        ns.structs.put(name.name(), ctor);
    }
}
