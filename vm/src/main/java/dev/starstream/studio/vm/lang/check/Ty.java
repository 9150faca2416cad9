package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.types.IntKind;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The checker's own types: {@link Type} plus inference variables. Never leaves the checker: a
 * checked program exposes {@link Type}s, obtained with {@link #toType} after defaulting.
 */
sealed interface Ty {

    /**
     * An inference variable (union-find). {@code intLiteral} marks a variable that may only become
     * an integer type (it came from an integer literal); it defaults to {@code i64}.
     */
    final class Var implements Ty {
        @Nullable Ty bound;
        boolean intLiteral;

        Var(boolean intLiteral) {
            this.intLiteral = intLiteral;
        }

        @Override
        public String toString() {
            return bound == null ? (intLiteral ? "{integer}" : "_") : bound.toString();
        }
    }

    record Int(IntKind kind) implements Ty {}

    record Bool() implements Ty {}

    record Unit() implements Ty {}

    record Tuple(List<Ty> elements) implements Ty {}

    /** A record: structural in {@code fieldNames}/{@code fieldTypes}; {@code name} is the alias it was declared under. */
    record Struct(String name, String module, List<String> fieldNames, List<Ty> fieldTypes, @Nullable Symbol symbol) implements Ty {
        int indexOf(String field) {
            return fieldNames.indexOf(field);
        }
    }

    record Enum(String name, String module, List<VariantTy> variants, @Nullable Symbol symbol) implements Ty {
        int indexOf(String variant) {
            for (int i = 0; i < variants.size(); i++) {
                if (variants.get(i).name().equals(variant)) {
                    return i;
                }
            }
            return -1;
        }
    }

    record VariantTy(String name, Type.PayloadKind kind, List<String> fieldNames, List<Ty> fieldTypes) {}

    record Utxo(String name, String module) implements Ty {}

    record AnyUtxo() implements Ty {}

    record Token(String name, String module) implements Ty {}

    record AnyToken() implements Ty {}

    record Abi(String name, String module) implements Ty {}

    record Fn(Type.FunctionKind kind, List<String> paramNames, List<Ty> params, List<Boolean> pub, Ty result) implements Ty {}

    /** Already reported: unifies with everything and causes no further diagnostics. */
    record Err() implements Ty {}

    Ty UNIT = new Unit();
    Ty BOOL = new Bool();
    Ty ERR = new Err();
    Ty ANY_UTXO = new AnyUtxo();
    Ty ANY_TOKEN = new AnyToken();

    static Ty integer(IntKind kind) {
        return switch (kind) {
            case I8 -> Ints.I8;
            case I16 -> Ints.I16;
            case I32 -> Ints.I32;
            case I64 -> Ints.I64;
            case U8 -> Ints.U8;
            case U16 -> Ints.U16;
            case U32 -> Ints.U32;
            case U64 -> Ints.U64;
        };
    }

    /** Shared integer types. */
    final class Ints {
        static final Ty I8 = new Int(IntKind.I8);
        static final Ty I16 = new Int(IntKind.I16);
        static final Ty I32 = new Int(IntKind.I32);
        static final Ty I64 = new Int(IntKind.I64);
        static final Ty U8 = new Int(IntKind.U8);
        static final Ty U16 = new Int(IntKind.U16);
        static final Ty U32 = new Int(IntKind.U32);
        static final Ty U64 = new Int(IntKind.U64);

        private Ints() {}
    }

    /** Follows bound variables to the representative (with path compression). */
    static Ty resolve(Ty t) {
        if (!(t instanceof Var v) || v.bound == null) {
            return t;
        }
        Ty root = resolve(v.bound);
        v.bound = root;
        return root;
    }

    static boolean isError(Ty t) {
        return resolve(t) instanceof Err;
    }

    /** True when the type contains no unresolved variable (after resolving bindings). */
    static boolean isGround(Ty t) {
        return switch (resolve(t)) {
            case Var v -> false;
            case Tuple tu -> tu.elements().stream().allMatch(Ty::isGround);
            case Struct s -> s.fieldTypes().stream().allMatch(Ty::isGround);
            case Enum e -> e.variants().stream().allMatch(v -> v.fieldTypes().stream().allMatch(Ty::isGround));
            case Fn f -> f.params().stream().allMatch(Ty::isGround) && isGround(f.result());
            default -> true;
        };
    }

    /** Binds every unresolved variable: integer-literal variables to {@code i64}, others to {@code ()}. */
    static void defaultVariables(Ty t) {
        switch (resolve(t)) {
            case Var v -> v.bound = v.intLiteral ? Ints.I64 : UNIT;
            case Tuple tu -> tu.elements().forEach(Ty::defaultVariables);
            case Struct s -> s.fieldTypes().forEach(Ty::defaultVariables);
            case Enum e -> e.variants().forEach(v -> v.fieldTypes().forEach(Ty::defaultVariables));
            case Fn f -> {
                f.params().forEach(Ty::defaultVariables);
                defaultVariables(f.result());
            }
            default -> { }
        }
    }

    /** The public type (unresolved variables are shown as if defaulted: {@code i64} or {@code ()}). */
    static Type toType(Ty t) {
        return switch (resolve(t)) {
            case Var v -> v.intLiteral ? Type.of(IntKind.I64) : Type.UNIT;
            case Int i -> Type.of(i.kind());
            case Bool b -> Type.BOOL;
            case Unit u -> Type.UNIT;
            case Tuple tu -> new Type.Tuple(tu.elements().stream().map(Ty::toType).toList());
            case Struct s -> new Type.Struct(s.name(), s.module(), fields(s.fieldNames(), s.fieldTypes()));
            case Enum e -> new Type.Enum(e.name(), e.module(), e.variants().stream()
                    .map(v -> new Type.Variant(v.name(), v.kind(), fields(v.fieldNames(), v.fieldTypes()))).toList());
            case Utxo u -> new Type.Utxo(u.name(), u.module());
            case AnyUtxo u -> new Type.AnyUtxo();
            case Token tk -> new Type.Token(tk.name(), tk.module());
            case AnyToken tk -> new Type.AnyToken();
            case Abi a -> new Type.Abi(a.name(), a.module());
            case Fn f -> {
                List<Type.Param> params = new ArrayList<>();
                for (int i = 0; i < f.params().size(); i++) {
                    params.add(new Type.Param(f.paramNames().get(i), toType(f.params().get(i)), f.pub().get(i)));
                }
                yield new Type.Function(f.kind(), params, toType(f.result()));
            }
            case Err e -> Type.ERROR;
        };
    }

    private static List<Type.Field> fields(List<String> names, List<Ty> types) {
        List<Type.Field> out = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            out.add(new Type.Field(names.get(i), toType(types.get(i))));
        }
        return out;
    }

    /** The inverse of {@link #toType} for ground types (imported signatures, the standard library). */
    static Ty of(Type t) {
        return switch (t) {
            case Type.Int i -> integer(i.kind());
            case Type.Bool b -> BOOL;
            case Type.Unit u -> UNIT;
            case Type.Tuple tu -> new Tuple(tu.elements().stream().map(Ty::of).toList());
            case Type.Struct s -> new Struct(s.name(), s.module(), s.fields().stream().map(Type.Field::name).toList(),
                    s.fields().stream().map(f -> of(f.type())).toList(), null);
            case Type.Enum e -> new Enum(e.name(), e.module(), e.variants().stream()
                    .map(v -> new VariantTy(v.name(), v.kind(), v.payload().stream().map(Type.Field::name).toList(),
                            v.payload().stream().map(f -> of(f.type())).toList()))
                    .toList(), null);
            case Type.Utxo u -> new Utxo(u.name(), u.module());
            case Type.AnyUtxo u -> ANY_UTXO;
            case Type.Token tk -> new Token(tk.name(), tk.module());
            case Type.AnyToken tk -> ANY_TOKEN;
            case Type.Abi a -> new Abi(a.name(), a.module());
            case Type.Function f -> new Fn(f.kind(), f.params().stream().map(Type.Param::name).toList(),
                    f.params().stream().map(p -> of(p.type())).toList(), f.params().stream().map(Type.Param::pub).toList(),
                    of(f.result()));
            case Type.Error e -> ERR;
        };
    }

    /** How the type reads in a diagnostic: {@code u64}, {@code Option<u8>}, {@code {integer}} for a literal's variable. */
    static String show(Ty t) {
        return switch (resolve(t)) {
            case Var v -> v.intLiteral ? "{integer}" : "_";
            case Tuple tu -> tu.elements().stream().map(Ty::show).collect(Collectors.joining(", ", "(", ")"));
            case Enum e when e.name().equals("Option") && e.variants().size() == 2 && e.variants().get(1).fieldTypes().size() == 1 ->
                "Option<" + show(e.variants().get(1).fieldTypes().getFirst()) + ">";
            case Enum e when e.name().equals("Result") && e.variants().size() == 2 && e.variants().get(0).fieldTypes().size() == 1
                    && e.variants().get(1).fieldTypes().size() == 1 ->
                "Result<" + show(e.variants().get(0).fieldTypes().getFirst()) + ", " + show(e.variants().get(1).fieldTypes().getFirst())
                        + ">";
            case Fn f -> {
                StringBuilder s = new StringBuilder(f.kind() == Type.FunctionKind.FN ? "fn" : f.kind().label()).append('(');
                for (int i = 0; i < f.params().size(); i++) {
                    if (i > 0) {
                        s.append(", ");
                    }
                    s.append(f.pub().get(i) ? "pub " : "").append(f.paramNames().get(i)).append(": ").append(show(f.params().get(i)));
                }
                s.append(')');
                Ty r = resolve(f.result());
                yield r instanceof Unit ? s.toString() : s + " -> " + show(r);
            }
            case Ty other -> Type.display(toType(other));
        };
    }

    /** True for handle types (utxo/token/ABI) and anything that contains one (RUNTIME A.5b, E1004). */
    static boolean containsHandle(Ty t) {
        return switch (resolve(t)) {
            case Utxo u -> true;
            case AnyUtxo u -> true;
            case Token tk -> true;
            case AnyToken tk -> true;
            case Abi a -> true;
            case Tuple tu -> tu.elements().stream().anyMatch(Ty::containsHandle);
            case Struct s -> s.fieldTypes().stream().anyMatch(Ty::containsHandle);
            case Enum e -> e.variants().stream().anyMatch(v -> v.fieldTypes().stream().anyMatch(Ty::containsHandle));
            default -> false;
        };
    }
}
