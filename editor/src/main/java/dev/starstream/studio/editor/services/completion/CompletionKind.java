package dev.starstream.studio.editor.services.completion;

import dev.starstream.studio.vm.lang.check.Symbol;

/** What a completion item inserts; the popup shows an icon per kind. */
public enum CompletionKind {
    KEYWORD,
    LOCAL,
    PARAMETER,
    STORAGE,
    FIELD,
    FUNCTION,
    METHOD,
    CONSTRUCTOR,
    STRUCT,
    ENUM,
    VARIANT,
    TYPE,
    UTXO,
    TOKEN,
    ABI,
    EVENT,
    EFFECT,
    RUNTIME_FUNCTION,
    NAMESPACE;

    /** The kind of item a checker symbol makes. */
    public static CompletionKind of(Symbol.Kind kind) {
        return switch (kind) {
            case FUNCTION, SCRIPT_FUNCTION, HELPER_FUNCTION, BURN_FUNCTION -> FUNCTION;
            case MAIN_FUNCTION, MINT_FUNCTION -> CONSTRUCTOR;
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

    /** Ties between equally good matches go to the kind with the smaller rank: what is near comes first. */
    int rank() {
        return switch (this) {
            case LOCAL, PARAMETER -> 0;
            case STORAGE, FIELD, METHOD, VARIANT, CONSTRUCTOR -> 1;
            case FUNCTION, EVENT, EFFECT, RUNTIME_FUNCTION -> 2;
            case STRUCT, ENUM, UTXO, TOKEN, ABI, NAMESPACE -> 3;
            case TYPE -> 4;
            case KEYWORD -> 5;
        };
    }
}
