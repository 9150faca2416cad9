package dev.starstream.studio.vm.lang.check.facts;

import dev.starstream.studio.vm.lang.check.Symbol;
import dev.starstream.studio.vm.lang.check.Variable;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How a symbol reads in hover (LANGUAGE.md §6.2, with well-formed ABI method signatures): a
 * function as its signature with its modifier, a struct or enum as its expanded definition, an
 * event/effect/method as its declaration, a variable as {@code let x: T} or {@code x: T}.
 */
final class Labels {
    private Labels() {}

    static String label(Symbol s, @Nullable Variable variable) {
        Type t = s.type();
        return switch (s.kind()) {
            case FUNCTION, HELPER_FUNCTION, IMPL_METHOD, ABI_METHOD -> "fn " + s.name() + signature(t);
            case SCRIPT_FUNCTION -> "script fn " + s.name() + signature(t);
            case MAIN_FUNCTION -> "main fn " + s.name() + signature(t);
            case MINT_FUNCTION -> "mint fn " + s.name() + signature(t);
            case BURN_FUNCTION -> "burn fn " + s.name() + signature(t);
            case EVENT -> "event " + s.name() + signature(t);
            case EFFECT -> "effect " + s.name() + signature(t);
            case RUNTIME_FUNCTION -> "runtime fn " + s.name() + signature(t);
            case STRUCT -> struct(s);
            case ENUM -> enumDef(s);
            case VARIANT -> variant(s);
            case FIELD -> s.name() + ": " + Type.display(t);
            case UTXO -> "utxo " + s.name();
            case TOKEN -> "token " + s.name();
            case ABI -> "abi " + s.name();
            case STORAGE -> "let mut " + s.name() + ": " + Type.display(t);
            case PARAMETER -> (variable != null && variable.pub() ? "pub " : "") + s.name() + ": " + Type.display(t);
            case LOCAL -> "let " + (variable != null && variable.pub() ? "pub " : "") + (variable != null && variable.mutable() ? "mut " : "")
                    + s.name() + ": " + Type.display(t);
            case NAMESPACE -> "namespace " + s.name();
            case BUILTIN_TYPE -> s.name();
        };
    }

    /** {@code (a: T, b: U) -> R} ({@code -> R} only when not unit). */
    static String signature(Type t) {
        if (!(t instanceof Type.Function f)) {
            return "(…)";
        }
        String params = f.params().stream().map(p -> (p.pub() ? "pub " : "") + p.name() + ": " + Type.display(p.type()))
                .collect(Collectors.joining(", ", "(", ")"));
        return f.result() instanceof Type.Unit ? params : params + " -> " + Type.display(f.result());
    }

    private static String struct(Symbol s) {
        if (s.members().isEmpty()) {
            return "struct " + s.name() + " { }";
        }
        return "struct " + s.name() + " {\n" + s.members().stream().map(m -> "    " + m.name() + ": " + Type.display(m.type()) + ",\n")
                .collect(Collectors.joining()) + "}";
    }

    private static String enumDef(Symbol s) {
        if (s.members().isEmpty()) {
            return "enum " + s.name() + " { }";
        }
        return "enum " + s.name() + " {\n" + s.members().stream().map(v -> "    " + variantBody(v) + ",\n").collect(Collectors.joining()) + "}";
    }

    private static String variant(Symbol v) {
        return v.container().map(c -> c.name() + "::").orElse("") + variantBody(v);
    }

    private static String variantBody(Symbol v) {
        if (v.definition().isEmpty()) {
            // the prelude's generic variants, shown with their parameters
            return switch (v.name()) {
                case "Some", "Ok" -> v.name() + "(T)";
                case "Err" -> v.name() + "(E)";
                default -> v.name();
            };
        }
        if (v.type() instanceof Type.Function f) {
            return v.name() + f.params().stream().map(p -> Type.display(p.type())).collect(Collectors.joining(", ", "(", ")"));
        }
        if (!v.members().isEmpty()) {
            return v.name() + " { " + v.members().stream().map(m -> m.name() + ": " + Type.display(m.type()))
                    .collect(Collectors.joining(", ")) + " }";
        }
        if (v.type() instanceof Type.Enum e) {
            var variant = e.variant(v.name());
            if (variant.isPresent() && variant.get().kind() == Type.PayloadKind.TUPLE) {
                return v.name() + variant.get().payload().stream().map(p -> Type.display(p.type())).collect(Collectors.joining(", ", "(", ")"));
            }
        }
        return v.name();
    }

    /** The markdown of a hover: a {@code star} code block with the label, then the doc comment. */
    static String hover(String label, @Nullable String doc) {
        String code = "```star\n" + label + "\n```";
        return doc == null || doc.isBlank() ? code : code + "\n---\n" + doc;
    }
}
