package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.diag.Location;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Something a name can refer to, as the editor sees it: a definition with a kind, a name, where it
 * is defined (absent for the prelude and the standard library), its type, its doc comment and the
 * hover label. Identity matters: two occurrences refer to the same symbol when they hold the same
 * object. Obtained from {@link TypedModule} and the language facts.
 */
public final class Symbol {

    /** What kind of thing a symbol is. */
    public enum Kind {
        FUNCTION,
        SCRIPT_FUNCTION,
        MAIN_FUNCTION,
        MINT_FUNCTION,
        BURN_FUNCTION,
        /** A plain {@code fn} inside a utxo or token body. */
        HELPER_FUNCTION,
        /** A function inside {@code impl Abi { … }}. */
        IMPL_METHOD,
        /** A {@code fn} signature declared in an {@code abi}. */
        ABI_METHOD,
        EVENT,
        EFFECT,
        RUNTIME_FUNCTION,
        STRUCT,
        FIELD,
        ENUM,
        VARIANT,
        UTXO,
        TOKEN,
        ABI,
        STORAGE,
        PARAMETER,
        LOCAL,
        NAMESPACE,
        BUILTIN_TYPE
    }

    private final Kind kind;
    private final String name;
    private final @Nullable Location definition;
    private final @Nullable Symbol container;
    private final @Nullable String doc;
    private @Nullable Ty ty;
    private @Nullable Type type;
    /** Fields of a struct, variants of an enum, members of an ABI, storage of a utxo (for hover and facts). */
    final java.util.List<Symbol> members = new java.util.ArrayList<>();

    Symbol(Kind kind, String name, @Nullable Location definition, @Nullable Symbol container, @Nullable String doc,
            @Nullable Ty ty) {
        if (container != null && kind != Kind.PARAMETER && kind != Kind.LOCAL) {
            container.members.add(this);
        }
        this.kind = kind;
        this.name = name;
        this.definition = definition;
        this.container = container;
        this.doc = doc;
        this.ty = ty;
    }

    /** Fields of a struct, variants of an enum, members of an ABI, storage and functions of a utxo. */
    public java.util.List<Symbol> members() {
        return java.util.List.copyOf(members);
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    /** The name as written where it is defined; empty for the prelude and the standard library. */
    public Optional<Location> definition() {
        return Optional.ofNullable(definition);
    }

    /** The utxo, token, abi, struct or enum this symbol belongs to. */
    public Optional<Symbol> container() {
        return Optional.ofNullable(container);
    }

    public Optional<String> doc() {
        return Optional.ofNullable(doc);
    }

    /** The symbol's type (a function's signature, a variable's type, the type a type name denotes). */
    public Type type() {
        Type t = type;
        if (t == null) {
            t = ty == null ? Type.ERROR : Ty.toType(ty);
            type = t;
        }
        return t;
    }

    @Nullable Ty ty() {
        return ty;
    }

    void setTy(Ty ty) {
        this.ty = ty;
        this.type = null;
    }

    /** {@code Enum::Variant}, {@code Utxo::main}, {@code Abi.method}: the name qualified by its container. */
    public String qualifiedName() {
        if (container == null) {
            return name;
        }
        String sep = kind == Kind.ABI_METHOD || kind == Kind.IMPL_METHOD || kind == Kind.FIELD || kind == Kind.STORAGE
                || kind == Kind.EVENT || kind == Kind.EFFECT ? "." : "::";
        return container.name + sep + name;
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + " " + qualifiedName();
    }
}
