package dev.starstream.studio.editor.services.completion;

import dev.starstream.studio.vm.lang.check.Symbol;
import dev.starstream.studio.vm.lang.check.facts.LanguageFacts;
import dev.starstream.studio.vm.lang.check.facts.MethodInfo;
import dev.starstream.studio.vm.lang.types.Type;
import org.jspecify.annotations.Nullable;

/** Completion items for the checker's symbols: the detail line and the documentation shown beside the list. */
final class SymbolItems {
    private final LanguageFacts facts;

    SymbolItems(LanguageFacts facts) {
        this.facts = facts;
    }

    CompletionItem of(Symbol symbol) {
        return new CompletionItem(symbol.name(), CompletionKind.of(symbol.kind()), detail(symbol), documentation(facts.label(symbol),
                symbol.doc().orElse(null)), 0);
    }

    CompletionItem method(MethodInfo method) {
        String detail = signature(method.signature()) + ("burn".equals(method.origin()) ? "  burn" : "  " + method.origin());
        return new CompletionItem(method.name(), CompletionKind.METHOD, detail, documentation(method.label(), method.doc().orElse(null)), 0);
    }

    static CompletionItem keyword(String word) {
        return new CompletionItem(word, CompletionKind.KEYWORD, "keyword", null, 0);
    }

    static CompletionItem field(String name, Type type, @Nullable String doc) {
        return new CompletionItem(name, CompletionKind.FIELD, Type.display(type), documentation(name + ": " + Type.display(type), doc), 0);
    }

    static String detail(Symbol s) {
        Type t = s.type();
        return switch (s.kind()) {
            case FUNCTION, SCRIPT_FUNCTION, MAIN_FUNCTION, MINT_FUNCTION, BURN_FUNCTION, HELPER_FUNCTION, IMPL_METHOD, ABI_METHOD, EVENT,
                    EFFECT, RUNTIME_FUNCTION -> signature(t);
            case VARIANT -> s.container().map(c -> c.name() + "::" + s.name()).orElse(s.name()) + variantPayload(t);
            case STRUCT -> "struct";
            case ENUM -> "enum";
            case UTXO -> "utxo";
            case TOKEN -> "token";
            case ABI -> "abi";
            case NAMESPACE -> "namespace";
            case BUILTIN_TYPE -> "built-in type";
            case FIELD, STORAGE, PARAMETER, LOCAL -> Type.display(t);
        };
    }

    private static String variantPayload(Type t) {
        return t instanceof Type.Function f ? f.params().stream().map(p -> Type.display(p.type()))
                .collect(java.util.stream.Collectors.joining(", ", "(", ")")) : "";
    }

    /** {@code (a: T, b: U) -> R}. */
    static String signature(Type t) {
        if (!(t instanceof Type.Function f)) {
            return Type.display(t);
        }
        String params = f.params().stream().map(p -> (p.pub() ? "pub " : "") + p.name() + ": " + Type.display(p.type()))
                .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
        return f.result() instanceof Type.Unit ? params : params + " -> " + Type.display(f.result());
    }

    /** The documentation markdown: the declaration as code, then the doc comment. */
    static String documentation(String label, @Nullable String doc) {
        String code = "```star\n" + label + "\n```";
        return doc == null || doc.isBlank() ? code : code + "\n---\n" + doc;
    }
}
