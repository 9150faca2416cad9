package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Ident;
import dev.starstream.studio.vm.lang.ast.ScopedName;
import dev.starstream.studio.vm.lang.diag.DiagnosticCode;
import org.jspecify.annotations.Nullable;

/** Walks scoped names through child namespaces (LANGUAGE.md §3.2): a missing segment is E0017. */
final class Lookup {
    private final ModuleContext cx;

    Lookup(ModuleContext cx) {
        this.cx = cx;
    }

    /**
     * The namespace the qualifier of {@code name} denotes ({@code cx.root} for a simple name), or
     * null after reporting E0017. A failed import's namespace is returned as is (lookups in it are
     * quiet). Records the namespace segments as occurrences.
     */
    @Nullable Namespace qualifier(ScopedName name) {
        Namespace ns = cx.root;
        for (Ident segment : name.qualifier()) {
            if (ns.failed) {
                return ns;
            }
            Namespace next = ns.children.get(segment.name());
            if (next == null) {
                if (!ModuleContext.missing(segment)) {
                    String what = ns == cx.root ? "" : " in `" + ns.name + "`";
                    var d = cx.diag(DiagnosticCode.E0017, segment.span(), "unknown namespace `" + segment.name() + "`" + what);
                    if (ns.types.containsKey(segment.name()) || ns.structs.containsKey(segment.name())) {
                        d = d.withHelp("`" + segment.name() + "` is a type without a namespace; only enums, utxos, tokens and imports have one");
                    }
                    cx.report(d);
                }
                return null;
            }
            cx.use(segment.span(), next.symbol);
            ns = next;
        }
        return ns;
    }

    /** The constant a scoped or simple name denotes in the module's namespaces (no local scopes), or null. */
    @Nullable Constant constant(Namespace ns, Ident last) {
        return ns.constants.get(last.name());
    }

    static @Nullable Symbol symbolOf(Constant c) {
        return switch (c) {
            case FunctionInfo f -> f.symbol();
            case AbiInfo.Member m -> m.symbol();
            case RuntimeFunctionInfo r -> r.symbol();
            case VariantConstant v -> v.symbol();
            case FailedImport f -> null;
        };
    }

    /** How a constant is described in a message: "function `f`", "event `E`", "enum variant `C::R`". */
    static String describe(Constant c) {
        return switch (c) {
            case FunctionInfo f -> switch (f.role()) {
                case UTXO_MAIN -> "utxo constructor `" + f + "`";
                case TOKEN_MINT -> "token constructor `" + f + "`";
                default -> "function `" + f.name() + "`";
            };
            case AbiInfo.Member m -> switch (m.kind()) {
                case EVENT -> "event `" + m.name() + "`";
                case EFFECT -> "effect `" + m.name() + "`";
                case METHOD -> "method `" + m + "`";
            };
            case RuntimeFunctionInfo r -> "runtime function `" + r.name() + "`";
            case VariantConstant v -> "enum variant `" + v.owner().name + "::" + v.name() + "`";
            case FailedImport f -> "`" + f.name() + "`";
        };
    }
}
