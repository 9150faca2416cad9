package dev.starstream.studio.vm.lang.check;

import dev.starstream.studio.vm.lang.ast.Definition;
import dev.starstream.studio.vm.lang.types.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** An {@code abi}: its events, effects and method signatures. The built-in {@code Token} ABI has no declaration. */
public final class AbiInfo {

    /** One member of an ABI. Events and effects are also global constants (LANGUAGE.md §3.8). */
    public static final class Member implements Constant {
        /** The three kinds of ABI members. */
        public enum Kind {
            EVENT,
            EFFECT,
            METHOD
        }

        private final Kind kind;
        private final String name;
        private final AbiInfo abi;
        private final Definition.@Nullable AbiMember decl;
        private final Symbol symbol;
        private final Ty.Fn ty;

        Member(Kind kind, String name, AbiInfo abi, Definition.@Nullable AbiMember decl, Symbol symbol, Ty.Fn ty) {
            this.kind = kind;
            this.name = name;
            this.abi = abi;
            this.decl = decl;
            this.symbol = symbol;
            this.ty = ty;
        }

        public Kind kind() {
            return kind;
        }

        public String name() {
            return name;
        }

        public AbiInfo abi() {
            return abi;
        }

        public Optional<Definition.AbiMember> decl() {
            return Optional.ofNullable(decl);
        }

        public Symbol symbol() {
            return symbol;
        }

        /** Parameters and result; an event's result is {@code ()}, an effect's its declared return type. */
        public Type.Function signature() {
            return (Type.Function) Ty.toType(ty);
        }

        Ty.Fn ty() {
            return ty;
        }

        @Override
        public String toString() {
            return abi.name() + "." + name;
        }
    }

    private final String name;
    private final String module;
    private final Definition.@Nullable AbiDef decl;
    private final Symbol symbol;
    private final List<Member> members = new ArrayList<>();

    AbiInfo(String name, String module, Definition.@Nullable AbiDef decl, Symbol symbol) {
        this.name = name;
        this.module = module;
        this.decl = decl;
        this.symbol = symbol;
    }

    public String name() {
        return name;
    }

    public String module() {
        return module;
    }

    /** Empty for the built-in {@code Token} ABI. */
    public Optional<Definition.AbiDef> decl() {
        return Optional.ofNullable(decl);
    }

    public boolean isBuiltinToken() {
        return decl == null && name.equals("Token");
    }

    public Symbol symbol() {
        return symbol;
    }

    public List<Member> members() {
        return List.copyOf(members);
    }

    public List<Member> methods() {
        return members.stream().filter(m -> m.kind() == Member.Kind.METHOD).toList();
    }

    public Optional<Member> method(String methodName) {
        return members.stream().filter(m -> m.kind() == Member.Kind.METHOD && m.name().equals(methodName)).findFirst();
    }

    void add(Member member) {
        members.add(member);
    }

    @Override
    public String toString() {
        return "abi " + name;
    }
}
