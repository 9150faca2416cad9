package dev.starstream.studio.editor.services.semantic;

import dev.starstream.studio.vm.lang.check.Symbol;
import java.util.Locale;

/** What an identifier denotes, as far as colouring is concerned (one CSS class each: {@code sem-<name>}). */
public enum SemanticKind {
    TYPE,
    STRUCT,
    ENUM,
    VARIANT,
    FIELD,
    UTXO,
    TOKEN,
    ABI,
    EFFECT,
    EVENT,
    STORAGE,
    PARAMETER,
    LOCAL,
    FUNCTION,
    METHOD,
    RUNTIME_FUNCTION,
    NAMESPACE;

    /** {@code sem-runtime-function}. */
    public String styleClass() {
        return "sem-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The colouring kind of a checker symbol. */
    public static SemanticKind of(Symbol.Kind kind) {
        return switch (kind) {
            case FUNCTION, SCRIPT_FUNCTION, MAIN_FUNCTION, MINT_FUNCTION, BURN_FUNCTION, HELPER_FUNCTION -> FUNCTION;
            case IMPL_METHOD, ABI_METHOD -> METHOD;
            case EVENT -> EVENT;
            case EFFECT -> EFFECT;
            case RUNTIME_FUNCTION -> RUNTIME_FUNCTION;
            case STRUCT -> STRUCT;
            case FIELD -> FIELD;
            case ENUM -> ENUM;
            case VARIANT -> VARIANT;
            case UTXO -> UTXO;
            case TOKEN -> TOKEN;
            case ABI -> ABI;
            case STORAGE -> STORAGE;
            case PARAMETER -> PARAMETER;
            case LOCAL -> LOCAL;
            case NAMESPACE -> NAMESPACE;
            case BUILTIN_TYPE -> TYPE;
        };
    }
}
