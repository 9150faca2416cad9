package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The prelude (LANGUAGE.md §5.3: the built-in types, {@code Option}/{@code Result}, the built-in
 * ABI {@code Token}) and the standard library {@code starstream:std} with Studio's additions
 * (RUNTIME A.6): {@code cardano} (runtime {@code blockHeight}, {@code currentSlot}), {@code types}
 * ({@code PublicKey}) and {@code host} (runtime {@code assert_transaction_signed_by}, {@code error}).
 * One instance per checking session; its symbols are shared by every module checked with it.
 */
final class Library {
    static final String STD = "starstream:std";

    final Namespace prelude;
    final AbiInfo tokenAbi;
    final Namespace stdPackage;
    final Map<String, Namespace> stdInterfaces = new LinkedHashMap<>();

    Library() {
        prelude = new Namespace("prelude", builtin(Symbol.Kind.NAMESPACE, "prelude", null));
        for (IntKind k : IntKind.values()) {
            primitive(k.typeName(), Ty.integer(k));
        }
        primitive("bool", Ty.BOOL);
        primitive("Utxo", Ty.ANY_UTXO);
        primitive("Token", Ty.ANY_TOKEN);
        genericEnum("Option", 1, List.of("None", "Some"));
        genericEnum("Result", 2, List.of("Ok", "Err"));

        tokenAbi = new AbiInfo("Token", "", null, builtin(Symbol.Kind.ABI, "Token", null));
        for (String method : List.of("attach", "detach")) {
            Ty.Fn sig = new Ty.Fn(Type.FunctionKind.FN, List.of("utxo"), List.of(Ty.ANY_UTXO), List.of(false), Ty.UNIT);
            tokenAbi.add(new AbiInfo.Member(AbiInfo.Member.Kind.METHOD, method, tokenAbi, null,
                    builtin(Symbol.Kind.ABI_METHOD, method, sig, tokenAbi.symbol()), sig));
        }

        stdPackage = new Namespace(STD, builtin(Symbol.Kind.NAMESPACE, STD, null));
        Namespace cardano = iface("cardano");
        runtimeFn(cardano, "cardano", "blockHeight", List.of(), List.of(), Ty.integer(IntKind.I64));
        runtimeFn(cardano, "cardano", "currentSlot", List.of(), List.of(), Ty.integer(IntKind.I64));

        Namespace types = iface("types");
        Ty u64 = Ty.integer(IntKind.U64);
        Symbol keySymbol = builtin(Symbol.Kind.STRUCT, "PublicKey", null);
        Ty.Struct publicKey = new Ty.Struct("PublicKey", STD + "/types", List.of("a", "b", "c", "d"), List.of(u64, u64, u64, u64),
                keySymbol);
        keySymbol.setTy(publicKey);
        for (String f : publicKey.fieldNames()) {
            builtin(Symbol.Kind.FIELD, f, u64, keySymbol);
        }
        types.types.put("PublicKey", new Namespace.TypeEntry(keySymbol, 0, args -> publicKey, -1, null, null, null));
        types.structs.put("PublicKey", new Namespace.StructCtor(keySymbol, publicKey, null, -1));

        Namespace host = iface("host");
        runtimeFn(host, "host", "assert_transaction_signed_by", List.of("key"), List.of(publicKey), Ty.UNIT);
        runtimeFn(host, "host", "error", List.of("code"), List.of(Ty.integer(IntKind.U32)), Ty.UNIT);
    }

    /** The namespace of {@code ns:pkg[/iface]}, or empty. */
    Optional<Namespace> wit(String namespace, String pkg, Optional<String> iface) {
        if (!(namespace + ":" + pkg).equals(STD)) {
            return Optional.empty();
        }
        return iface.isEmpty() ? Optional.of(stdPackage) : Optional.ofNullable(stdInterfaces.get(iface.get()));
    }

    private Namespace iface(String name) {
        Namespace ns = new Namespace(STD + "/" + name, builtin(Symbol.Kind.NAMESPACE, name, null));
        stdInterfaces.put(name, ns);
        stdPackage.children.put(name, ns);
        return ns;
    }

    private void runtimeFn(Namespace ns, String ifaceName, String name, List<String> params, List<Ty> types, Ty result) {
        Ty.Fn sig = new Ty.Fn(Type.FunctionKind.RUNTIME, params, types, params.stream().map(p -> false).toList(), result);
        RuntimeFunctionInfo f = new RuntimeFunctionInfo(STD + "/" + ifaceName, name,
                builtin(Symbol.Kind.RUNTIME_FUNCTION, name, sig, ns.symbol), sig);
        ns.constants.put(name, f);
    }

    private void primitive(String name, Ty ty) {
        prelude.types.put(name, new Namespace.TypeEntry(builtin(Symbol.Kind.BUILTIN_TYPE, name, ty), 0, args -> ty, -1, null,
                null, null));
    }

    private void genericEnum(String name, int arity, List<String> variants) {
        Symbol symbol = builtin(Symbol.Kind.ENUM, name, null);
        EnumEntry entry = EnumEntry.generic(name, symbol, arity);
        Namespace ns = new Namespace(name, symbol);
        for (int i = 0; i < variants.size(); i++) {
            entry.variantSymbols.add(builtin(Symbol.Kind.VARIANT, variants.get(i), null, symbol));
            ns.constants.put(variants.get(i), new VariantConstant(entry, i));
        }
        prelude.types.put(name, new Namespace.TypeEntry(symbol, arity, entry::instantiate, -1, null, null, entry));
        prelude.children.put(name, ns);
    }

    private static Symbol builtin(Symbol.Kind kind, String name, @org.jspecify.annotations.Nullable Ty ty) {
        return new Symbol(kind, name, null, null, null, ty);
    }

    private static Symbol builtin(Symbol.Kind kind, String name, @org.jspecify.annotations.Nullable Ty ty, Symbol container) {
        return new Symbol(kind, name, null, container, null, ty);
    }
}
